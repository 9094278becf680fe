// Laying out a formatted number in its field: sign, prefix, padding and
// thousands separators, as CPython's calc_number_widths and fill_number do.
//
// The field is  <lpad><sign><prefix><spad><grouped digits><tail><rpad>  where
// the tail is whatever follows the leading digits (decimal point, fraction,
// exponent, '%', or the whole text of 'inf'/'nan' and of %c's character).
// With '0' fill and '=' alignment the zeros are not padding but extra digits
// handed to the grouping, so separators appear among them ('00,001,234') and
// the result can overshoot the width by one separator, as in CPython.

import { raise } from '../py-error.js';
import { GROUP_COMMA, GROUP_NONE, GROUP_UNDERSCORE_4, type FormatSpec } from './format-spec.js';

/** Longest string V8 can build; CPython would raise MemoryError long before Python code could use one. */
export const MAX_STRING_LENGTH = (1 << 29) - 24;

/** MemoryError when a field would be wider than any JS string can be. */
export function checkWidth(width: number): void {
  if (width > MAX_STRING_LENGTH) raise('MemoryError', '');
}

/** The fill code point repeated n times (n <= 0 gives ''). */
export function fillString(fill: number, n: number): string {
  if (n <= 0) return '';
  return (fill === 0x20 ? ' ' : fill === 0x30 ? '0' : String.fromCodePoint(fill)).repeat(n);
}

/**
 * digits with separators every `group` digits from the right, first padded
 * with zeros to at least minWidth characters counting the separators (as
 * _PyUnicode_InsertThousandsGrouping; group 0 means no separators).
 */
export function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  let remaining = digits.length;
  if (group === 0) return minWidth > remaining ? '0'.repeat(minWidth - remaining) + digits : digits;
  if (minWidth <= remaining && remaining <= group) return digits;
  let out = '';
  let end = remaining;
  let first = true;
  for (;;) {
    const len = Math.min(group, Math.max(remaining, minWidth, 1));
    const chars = Math.min(remaining, len);
    const piece = len > remaining ? '0'.repeat(len - remaining) + digits.slice(0, end) : digits.slice(end - chars, end);
    out = first ? piece : piece + sep + out;
    first = false;
    end -= chars;
    remaining -= chars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) return out;
    minWidth -= sep.length;
  }
}

/**
 * The number laid out in its field. `negative` gives the '-' sign; the spec's
 * sign option decides what a non-negative number shows. `digits` are the
 * digits to group, `tail` what follows them (tailLength code points: %c's
 * character may be astral); `locale` false means the 'n' type in the C
 * locale (no grouping, whatever the spec says).
 */
export function layoutNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, tail: string, locale = true, tailLength = tail.length): string {
  const sign = negative ? '-' : spec.sign === 0x2b ? '+' : spec.sign === 0x20 ? ' ' : '';
  const nonDigits = sign.length + prefix.length + tailLength;
  const width = spec.width;
  const zeroPad = spec.fill === 0x30 && spec.align === 0x3d;
  const grouping = locale ? spec.grouping : GROUP_NONE;
  let grouped = digits;
  if (digits.length > 0 && (grouping !== GROUP_NONE || zeroPad)) {
    const group = grouping === GROUP_NONE ? 0 : grouping === GROUP_UNDERSCORE_4 ? 4 : 3;
    grouped = groupDigits(digits, zeroPad ? width - nonDigits : 0, group, grouping === GROUP_COMMA ? ',' : '_');
  }
  const padding = width - (nonDigits + grouped.length);
  if (padding <= 0) return sign + prefix + grouped + tail;
  checkWidth(width);
  switch (spec.align) {
    case 0x3c: return sign + prefix + grouped + tail + fillString(spec.fill, padding);
    case 0x5e: {
      const left = padding >> 1;
      return fillString(spec.fill, left) + sign + prefix + grouped + tail + fillString(spec.fill, padding - left);
    }
    case 0x3d: return sign + prefix + fillString(spec.fill, padding) + grouped + tail;
    default: return fillString(spec.fill, padding) + sign + prefix + grouped + tail;
  }
}

/** text (of `length` code points) padded to the spec's width by its alignment ('=' counts as '<', as calc_padding does). */
export function padField(text: string, length: number, spec: FormatSpec): string {
  const padding = spec.width - length;
  if (padding <= 0) return text;
  checkWidth(spec.width);
  switch (spec.align) {
    case 0x3e: return fillString(spec.fill, padding) + text;
    case 0x5e: {
      const left = padding >> 1;
      return fillString(spec.fill, left) + text + fillString(spec.fill, padding - left);
    }
    default: return text + fillString(spec.fill, padding);
  }
}
