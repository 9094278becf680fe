// PyOS_double_to_string: a double as text for format codes e E f F g G and
// r (repr), with CPython's flags, laid out as format_float_short does.
//
// The digits come from float-digits.ts (dtoa modes 0, 2 and 3); this file
// only places them: zero padding on either side, the decimal point (dropped
// when nothing follows it unless '#'), and an exponent of at least two digits.
// 'g' switches to an exponent when decpt <= -4 or decpt > precision (one less
// with ADD_DOT_0, so format(123.0, '.3') is '1.23e+02'), and keeps trailing
// zeros only with '#'. NaN never shows its sign; 'z' drops the sign of a
// value that rounded to zero.

import { MAX_STRING_LENGTH } from './number-layout.js';
import { raise } from '../py-error.js';
import { fixedDigits, floatDigits, shortestDigits, significantDigits } from './float-digits.js';

/** Py_DTSF_SIGN: '+' before non-negative values. */
export const DTSF_SIGN = 1;
/** Py_DTSF_ADD_DOT_0: '.0' after an integral value without exponent. */
export const DTSF_ADD_DOT_0 = 2;
/** Py_DTSF_ALT: '#', keep the point and trailing zeros. */
export const DTSF_ALT = 4;
/** Py_DTSF_NO_NEG_0: 'z', no '-' on a result of zero. */
export const DTSF_NO_NEG_0 = 8;

const zeros = (n: number): string => (n > 0 ? '0'.repeat(n) : '');

/**
 * x formatted by `code` (char code of e E f F g G r) at `precision` (ignored
 * for r) with DTSF_* flags; the result may start with '-' or '+'.
 */
export function doubleToString(x: number, code: number, precision: number, flags: number): string {
  let upper = false;
  let mode: number;
  switch (code) {
    case 0x45: upper = true; mode = 2; precision++; break; // E
    case 0x65: mode = 2; precision++; break;
    case 0x46: upper = true; mode = 3; break; // F
    case 0x66: mode = 3; break;
    case 0x47: upper = true; mode = 2; if (precision === 0) precision = 1; break; // G
    case 0x67: mode = 2; if (precision === 0) precision = 1; break;
    default: mode = 0; precision = 0; break;
  }
  if (x !== x) return ((flags & DTSF_SIGN) !== 0 ? '+' : '') + (upper ? 'NAN' : 'nan');
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  if (x === Infinity || x === -Infinity) {
    return (negative ? '-' : (flags & DTSF_SIGN) !== 0 ? '+' : '') + (upper ? 'INF' : 'inf');
  }
  const ax = negative ? -x : x;
  if (ax === 0) {
    floatDigits.digits = '0';
    floatDigits.decpt = 1;
  } else if (mode === 0) {
    shortestDigits(ax);
  } else if (mode === 2) {
    significantDigits(ax, precision);
  } else {
    fixedDigits(ax, precision);
  }
  const digits = floatDigits.digits;
  let decpt = floatDigits.decpt;
  if ((flags & DTSF_NO_NEG_0) !== 0 && negative && digits === '0') negative = false;

  const alt = (flags & DTSF_ALT) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const nDigits = digits.length;
  // The output is vdigits[start:end] of digits padded with zeros both ways.
  let vEnd = nDigits;
  let useExp = false;
  switch (code | 0x20) {
    case 0x65: useExp = true; vEnd = precision; break;
    case 0x66: vEnd = decpt + precision; break;
    case 0x67:
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;
  if (vEnd - vStart > MAX_STRING_LENGTH) raise('MemoryError', '');

  let out = negative ? '-' : (flags & DTSF_SIGN) !== 0 ? '+' : '';
  if (decpt <= 0) {
    out += zeros(decpt - vStart) + '.' + zeros(-decpt) + digits + zeros(vEnd - nDigits);
  } else if (decpt <= nDigits) {
    out += decpt === nDigits ? digits + '.' : digits.slice(0, decpt) + '.' + digits.slice(decpt);
    out += zeros(vEnd - nDigits);
  } else {
    out += digits + zeros(decpt - nDigits) + '.' + zeros(vEnd - decpt);
  }
  // A point with nothing after it goes, unless '#'.
  if (!alt && out.charCodeAt(out.length - 1) === 0x2e) out = out.slice(0, -1);
  if (useExp) {
    const absExp = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (absExp < 10 ? '0' : '') + absExp;
  }
  return out;
}

/**
 * %-formatting of a float: '%e' '%E' '%f' '%F' '%g' '%G' with the precision
 * (default 6) and the '#' flag, as formatfloat in unicodeobject.c; the result
 * keeps its '-' sign. 'r' gives repr() digits.
 */
export function formatFloatPercentStyle(x: number, code: number, precision: number, alternate: boolean): string {
  return doubleToString(x, code, precision < 0 ? 6 : precision, alternate ? DTSF_ALT : 0);
}
