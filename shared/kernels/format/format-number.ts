// format(value, spec) for int, float and complex: int.__format__,
// float.__format__ and complex.__format__ as CPython 3.11's
// formatter_unicode.c implements them, with its error messages.
//
// typeName is the value's type as messages name it ('bool' for True, a
// subclass's name). An empty spec means str(value); for an int subclass
// such as bool that is the engine's str(), not the digits, so the engine
// should not call formatInt with '' for those.

import { intToFloat } from '../int-ops.js';
import { raise } from '../py-error.js';
import { complexRepr } from '../repr/complex-repr.js';
import { floatRepr } from '../repr/float-repr.js';
import { INT_MAX_STR_DIGITS, IntStrDigitsError } from '../repr/int-repr.js';
import { DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, doubleToString } from './double-to-string.js';
import { newFormatSpec, parseFormatSpec, unknownFormatCode, type FormatSpec } from './format-spec.js';
import { layoutNumber, padField } from './number-layout.js';

const INT_MAX = 2147483647;
const LONG_MAX = (1n << 63n) - 1n;

// Formatting never re-enters itself between parsing a spec and using it, so
// one spec object per role serves every call.
const spec = newFormatSpec();
const partSpec = newFormatSpec();

/** The digits of |value| in `base` (decimal subject to the int max-str-digits limit). */
function intDigits(value: number | bigint, base: number, maxStrDigits: number): string {
  if (typeof value === 'number') return (value < 0 ? -value : value).toString(base);
  const text = (value < 0n ? -value : value).toString(base);
  if (base === 10 && maxStrDigits > 0 && text.length > maxStrDigits) {
    raise('ValueError', new IntStrDigitsError(maxStrDigits).message);
  }
  return text;
}

/** str(n) for an int, with the 4300-digit limit (0 disables it). */
export function intToDecimal(value: number | bigint, maxStrDigits: number = INT_MAX_STR_DIGITS): string {
  const digits = intDigits(value, 10, maxStrDigits);
  return value < 0 ? '-' + digits : digits;
}

/** format(value, spec) for an int (value a safe-integer number or a bigint). */
export function formatInt(value: number | bigint, formatSpec: string, typeName = 'int', maxStrDigits: number = INT_MAX_STR_DIGITS): string {
  if (formatSpec.length === 0) return intToDecimal(value, maxStrDigits);
  const s = parseFormatSpec(formatSpec, spec, 0x64, 0x3e, typeName);
  switch (s.type) {
    case 0x62: case 0x63: case 0x64: case 0x6f: case 0x78: case 0x58: case 0x6e: // b c d o x X n
      return formatIntWithSpec(value, s, maxStrDigits);
    case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x25: // e E f F g G %
      return formatFloatWithSpec(typeof value === 'number' ? value : intToFloat(value), s);
    default:
      return unknownFormatCode(s.type, typeName);
  }
}

/** format_long_internal: an int under a parsed spec whose type is b c d o x X or n. */
function formatIntWithSpec(value: number | bigint, s: FormatSpec, maxStrDigits: number): string {
  if (s.precision !== -1) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (s.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  const type = s.type;
  if (type === 0x63) {
    if (s.sign !== 0) raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (s.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof value === 'bigint' && (value > LONG_MAX || value < -LONG_MAX - 1n)) {
      raise('OverflowError', 'Python int too large to convert to C long');
    }
    if (value < 0 || value > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
    // The character is laid out as a tail: no digits, so no grouping and no zero digits.
    return layoutNumber(s, false, '', '', String.fromCodePoint(Number(value)), true, 1);
  }
  let base = 10;
  let prefix = '';
  if (type === 0x62) { base = 2; prefix = '0b'; }
  else if (type === 0x6f) { base = 8; prefix = '0o'; }
  else if (type === 0x78) { base = 16; prefix = '0x'; }
  else if (type === 0x58) { base = 16; prefix = '0X'; }
  let digits = intDigits(value, base, maxStrDigits);
  if (type === 0x58) digits = digits.toUpperCase();
  return layoutNumber(s, value < 0, s.alternate ? prefix : '', digits, '', type !== 0x6e);
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, formatSpec: string, typeName = 'float'): string {
  if (formatSpec.length === 0) return floatRepr(x);
  const s = parseFormatSpec(formatSpec, spec, 0, 0x3e, typeName);
  switch (s.type) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6e: case 0x25:
      return formatFloatWithSpec(x, s);
    default:
      return unknownFormatCode(s.type, typeName);
  }
}

/** Splits `text` (a formatted non-negative number) at the end of its leading digits. */
function leadingDigits(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  return i;
}

/** format_float_internal: a float under a parsed spec. */
function formatFloatWithSpec(x: number, s: FormatSpec): string {
  if (s.precision > INT_MAX) raise('ValueError', 'precision too big');
  let flags = (s.alternate ? DTSF_ALT : 0) | (s.noNegZero ? DTSF_NO_NEG_0 : 0);
  let code = s.type;
  let defaultPrecision = 6;
  if (code === 0) {
    // Like repr() without a precision; like 'g' with one, keeping a '.0'.
    flags |= DTSF_ADD_DOT_0;
    code = 0x72;
    defaultPrecision = 0;
  } else if (code === 0x6e) {
    code = 0x67;
  }
  let percent = false;
  if (code === 0x25) {
    code = 0x66;
    x *= 100;
    percent = true;
  }
  let precision = s.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (code === 0x72) code = 0x67;
  const text = doubleToString(x, code, precision, flags);
  const negative = text.charCodeAt(0) === 0x2d;
  const start = negative ? 1 : 0;
  const end = leadingDigits(text, start);
  return layoutNumber(s, negative, '', text.slice(start, end), text.slice(end) + (percent ? '%' : ''), s.type !== 0x6e);
}

/** format(complex(re, im), spec). */
export function formatComplex(re: number, im: number, formatSpec: string, typeName = 'complex'): string {
  if (formatSpec.length === 0) return complexRepr(re, im);
  const s = parseFormatSpec(formatSpec, spec, 0, 0x3e, typeName);
  switch (s.type) {
    case 0: case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: case 0x6e:
      break;
    default:
      return unknownFormatCode(s.type, typeName);
  }
  if (s.precision > INT_MAX) raise('ValueError', 'precision too big');
  if (s.fill === 0x30) raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (s.align === 0x3d) raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  const flags = (s.alternate ? DTSF_ALT : 0) | (s.noNegZero ? DTSF_NO_NEG_0 : 0);
  let code: number = s.type;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (code === 0) {
    // Like str(): no real part when it is +0.0, else parentheses.
    code = 0x72;
    defaultPrecision = 0;
    if (re === 0 && 1 / re > 0) skipRe = true;
    else parens = true;
  } else if (code === 0x6e) {
    code = 0x67;
  }
  let precision = s.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (code === 0x72) code = 0x67;
  const locale = s.type !== 0x6e;
  // Each part is laid out unpadded; the imaginary part always shows its sign
  // unless it stands alone.
  partSpec.fill = 0x20;
  partSpec.align = 0x3c;
  partSpec.width = -1;
  partSpec.grouping = s.grouping;
  partSpec.sign = s.sign;
  let body = '';
  if (!skipRe) {
    body = layoutPart(doubleToString(re, code, precision, flags), locale);
    partSpec.sign = 0x2b;
  }
  body += layoutPart(doubleToString(im, code, precision, flags), locale) + 'j';
  if (parens) body = '(' + body + ')';
  return padField(body, body.length, s);
}

function layoutPart(text: string, locale: boolean): string {
  const negative = text.charCodeAt(0) === 0x2d;
  const start = negative ? 1 : 0;
  const end = leadingDigits(text, start);
  return layoutNumber(partSpec, negative, '', text.slice(start, end), text.slice(end), locale);
}
