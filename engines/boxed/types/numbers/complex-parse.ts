// complex(text): CPython 3.11's complex_from_string. After the Unicode digit/space rewrite and
// the PEP 515 underscore check, the forms are <float>, <float>j, <float><signed float>j,
// <float><sign>j, <sign>j and j, optionally in parentheses, with surrounding whitespace; a
// <float> is the longest prefix strtod reads (digits, point, exponent, inf/infinity/nan).

import { asciiNumericText, isAsciiSpace } from '../../../../shared/kernels/numbers/unicode-numeric.js';

/** The longest float prefix at a position, as PyOS_string_to_double reads it. */
const FLOAT_PREFIX = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)/iy;

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** s without underscores, or null when one is not between two digits (PEP 515). */
function withoutUnderscores(s: string): string | null {
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      if (!isDigit(prev)) return null;
    } else {
      if (prev === 0x5f && !isDigit(c)) return null;
      out += s[i];
    }
    prev = c;
  }
  return prev === 0x5f ? null : out;
}

function readFloat(s: string, at: number): [number, number] | null {
  FLOAT_PREFIX.lastIndex = at;
  const m = FLOAT_PREFIX.exec(s);
  if (m === null) return null;
  const text = m[0];
  const lower = text.toLowerCase();
  const negative = lower.charCodeAt(0) === 0x2d;
  const body = lower.charCodeAt(0) === 0x2d || lower.charCodeAt(0) === 0x2b ? lower.slice(1) : lower;
  let value: number;
  if (body.startsWith('inf')) value = Infinity;
  else if (body === 'nan') value = NaN;
  else value = Number(body);
  return [negative ? -value : value, at + text.length];
}

/**
 * [real, imag] for a complex literal; 'malformed' when the text is not one, 'underscore' when an
 * underscore is misplaced (CPython then says "could not convert string to complex: '...'").
 */
export function parseComplexText(text: string): [number, number] | 'malformed' | 'underscore' {
  let s = asciiNumericText(text);
  if (s.indexOf('_') >= 0) {
    const cleaned = withoutUnderscores(s);
    if (cleaned === null) return 'underscore';
    s = cleaned;
  }
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  let x = 0;
  let y = 0;
  const first = readFloat(s, i);
  if (first !== null) {
    const [z, end] = first;
    i = end;
    const c = s[i];
    if (c === '+' || c === '-') {
      x = z;
      const second = readFloat(s, i);
      if (second !== null) {
        y = second[0];
        i = second[1];
      } else {
        y = c === '+' ? 1 : -1;
        i++;
      }
      if (s[i] !== 'j' && s[i] !== 'J') return 'malformed';
      i++;
    } else if (c === 'j' || c === 'J') {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    const c = s[i];
    if (c === '+' || c === '-') {
      y = c === '+' ? 1 : -1;
      i++;
    } else {
      y = 1;
    }
    if (s[i] !== 'j' && s[i] !== 'J') return 'malformed';
    i++;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (bracket) {
    if (s[i] !== ')') return 'malformed';
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  return i === n ? [x, y] : 'malformed';
}
