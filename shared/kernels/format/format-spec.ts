// The format-spec mini-language of format() and str.format():
// [[fill]align][sign][z][#][0][width][grouping][.precision][type],
// parsed as CPython 3.11's parse_internal_render_format_spec does, with its
// error messages.
//
// Parsing is per type only through two defaults (the type code and the
// alignment used when the spec gives none: 'd'/'>' for int, none/'>' for
// float and complex, 's'/'<' for str). The checks that depend on the type
// (precision not allowed for int, sign not allowed for str, ...) belong to
// the formatters. Widths and precisions count code points; their digits may
// be any Unicode decimal digits, as in CPython.

import { decimalDigitValue } from '../numbers/unicode-numeric.js';
import { raise } from '../py-error.js';

/** No thousands separator. */
export const GROUP_NONE = 0;
/** ',' every 3 digits. */
export const GROUP_COMMA = 1;
/** '_' every 3 digits. */
export const GROUP_UNDERSCORE = 2;
/** '_' every 4 digits (with b, o, x, X). */
export const GROUP_UNDERSCORE_4 = 3;

/** A parsed spec; code points and char codes rather than strings, 0 meaning "not given". */
export interface FormatSpec {
  /** Fill code point (' ' unless given; '0' from the 0 flag). */
  fill: number;
  /** Alignment char code: '<' '>' '^' '='. */
  align: number;
  /** Sign char code: '+', '-', ' ', or 0. */
  sign: number;
  /** The 'z' option: negative zero coerced to zero. */
  noNegZero: boolean;
  /** The '#' option. */
  alternate: boolean;
  /** Width, or -1. */
  width: number;
  /** One of the GROUP_* constants. */
  grouping: number;
  /** Precision, or -1. */
  precision: number;
  /** Type code point, or 0. */
  type: number;
}

export function newFormatSpec(): FormatSpec {
  return { fill: 0x20, align: 0x3e, sign: 0, noNegZero: false, alternate: false, width: -1, grouping: 0, precision: -1, type: 0 };
}

/** PY_SSIZE_T_MAX, the bound CPython's get_integer checks against. */
const SSIZE_MAX = (1n << 63n) - 1n;

const isAlign = (c: number): boolean => c === 0x3c || c === 0x3e || c === 0x3d || c === 0x5e;
const isSign = (c: number): boolean => c === 0x20 || c === 0x2b || c === 0x2d;

/** Where get_integer stopped (UTF-16 index), set by readInteger. */
let intEnd = 0;

/**
 * Reads decimal digits of `spec` from UTF-16 index `i`: the value (or -1 when
 * there are none), with intEnd left after the last digit. Raises CPython's
 * ValueError when the value exceeds PY_SSIZE_T_MAX.
 */
function readInteger(spec: string, i: number): number {
  let value = 0;
  let count = 0;
  const start = i;
  let ascii = true;
  for (;;) {
    const c = spec.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      value = value * 10 + (c - 0x30);
      i++;
    } else if (c >= 0x80 && i < spec.length) {
      const cp = spec.codePointAt(i)!;
      const d = decimalDigitValue(cp);
      if (d < 0) break;
      value = value * 10 + d;
      ascii = false;
      i += cp > 0xffff ? 2 : 1;
    } else {
      break;
    }
    count++;
  }
  intEnd = i;
  if (count === 0) return -1;
  // Up to 15 digits the double is exact; beyond, check the bound exactly.
  if (count > 15) {
    let big = 0n;
    for (let k = start; k < i;) {
      const cp = spec.codePointAt(k)!;
      big = big * 10n + BigInt(ascii ? cp - 0x30 : decimalDigitValue(cp));
      k += cp > 0xffff ? 2 : 1;
    }
    if (big > SSIZE_MAX) raise('ValueError', 'Too many decimal digits in format string');
    return Number(big);
  }
  return value;
}

/** 'X' for printable ASCII, else '\xNN' as CPython's messages write a code. */
export function codeForMessage(c: number): string {
  return c > 32 && c < 128 ? String.fromCharCode(c) : '\\x' + c.toString(16);
}

/** The ValueError for a type code the value's type does not support. */
export function unknownFormatCode(type: number, typeName: string): never {
  raise('ValueError', `Unknown format code '${codeForMessage(type)}' for object of type '${typeName}'`);
}

/**
 * Parses `spec` (non-empty) into `out`. `defaultType` and `defaultAlign`
 * are char codes; `typeName` is used in the "Invalid format specifier" message.
 */
export function parseFormatSpec(spec: string, out: FormatSpec, defaultType: number, defaultAlign: number, typeName: string): FormatSpec {
  const end = spec.length;
  let pos = 0;
  out.fill = 0x20;
  out.align = defaultAlign;
  out.sign = 0;
  out.noNegZero = false;
  out.alternate = false;
  out.width = -1;
  out.grouping = GROUP_NONE;
  out.precision = -1;
  out.type = defaultType;
  let alignGiven = false;
  let fillGiven = false;

  // The fill is one code point, possibly a surrogate pair.
  const first = spec.codePointAt(0)!;
  const firstLen = first > 0xffff ? 2 : 1;
  if (end > firstLen && isAlign(spec.charCodeAt(firstLen))) {
    out.fill = first;
    out.align = spec.charCodeAt(firstLen);
    fillGiven = alignGiven = true;
    pos = firstLen + 1;
  } else if (isAlign(first)) {
    out.align = first;
    alignGiven = true;
    pos = 1;
  }
  let c = spec.charCodeAt(pos);
  if (isSign(c)) {
    out.sign = c;
    c = spec.charCodeAt(++pos);
  }
  if (c === 0x7a /* z */) {
    out.noNegZero = true;
    c = spec.charCodeAt(++pos);
  }
  if (c === 0x23 /* # */) {
    out.alternate = true;
    c = spec.charCodeAt(++pos);
  }
  // The 0 flag: zero fill, and '=' alignment for types that align right by default.
  if (!fillGiven && c === 0x30) {
    out.fill = 0x30;
    if (!alignGiven && defaultAlign === 0x3e) out.align = 0x3d;
    pos++;
  }
  out.width = readInteger(spec, pos);
  pos = intEnd;
  c = spec.charCodeAt(pos);
  if (c === 0x2c /* , */) {
    out.grouping = GROUP_COMMA;
    c = spec.charCodeAt(++pos);
  }
  if (c === 0x5f /* _ */) {
    if (out.grouping !== GROUP_NONE) raise('ValueError', "Cannot specify both ',' and '_'.");
    out.grouping = GROUP_UNDERSCORE;
    c = spec.charCodeAt(++pos);
  }
  if (c === 0x2c && out.grouping === GROUP_UNDERSCORE) raise('ValueError', "Cannot specify both ',' and '_'.");
  if (c === 0x2e /* . */) {
    out.precision = readInteger(spec, pos + 1);
    if (out.precision < 0) raise('ValueError', 'Format specifier missing precision');
    pos = intEnd;
  }
  if (pos < end) {
    const type = spec.codePointAt(pos)!;
    if (pos + (type > 0xffff ? 2 : 1) < end) {
      raise('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
    }
    out.type = type;
  }
  if (out.grouping !== GROUP_NONE) checkGrouping(out);
  return out;
}

/** Which types accept a thousands separator (PEP 378, PEP 515). */
function checkGrouping(out: FormatSpec): void {
  switch (out.type) {
    case 0x64: case 0x65: case 0x66: case 0x67: case 0x45: case 0x47: case 0x25: case 0x46: case 0:
      return; // d e f g E G % F and none
    case 0x62: case 0x6f: case 0x78: case 0x58:
      // b o x X group by four, and only with '_'.
      if (out.grouping === GROUP_UNDERSCORE) {
        out.grouping = GROUP_UNDERSCORE_4;
        return;
      }
  }
  const sep = out.grouping === GROUP_COMMA ? ',' : '_';
  raise('ValueError', `Cannot specify '${sep}' with '${codeForMessage(out.type)}'.`);
}
