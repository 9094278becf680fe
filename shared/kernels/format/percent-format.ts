// printf-style formatting: str % args (PyUnicode_Format) and bytes % args
// (_PyBytes_FormatEx), with CPython 3.11's parsing order and error messages.
//
// Both share one driver. A bytes format runs as a latin-1 string (one char
// per byte) and its result is turned back into bytes, so the directive
// parser, the argument bookkeeping and the padding exist once; the two
// differ only in how %s/%r/%a/%c convert a value and in a few messages.
//
// What depends on the object model comes from callbacks: is the right operand
// a tuple (its items) or a mapping, item lookup for %(key)s, str/repr/ascii,
// and the int and float conversions. A callback returns null where CPython
// would fail with a TypeError that the formatter rewords (not a number, not
// an int); every other exception it raises itself and it propagates.

import { raise } from '../py-error.js';
import { cpLength, hasSurrogates, joinText } from '../str/code-points.js';
import { formatFloatPercentStyle } from './double-to-string.js';
import { cpPrefix } from './format-str.js';
import { intToDecimal } from './format-number.js';
import { checkWidth } from './number-layout.js';
import { INT_MAX_STR_DIGITS } from '../repr/int-repr.js';

/** toInt: only an int instance (PyLong_Check), as '*' needs. */
export const INT_EXACT = 0;
/** toInt: __index__ (%o %x %X %c). */
export const INT_INDEX = 1;
/** toInt: a number converted by int() (__int__, __trunc__ of floats: %d %i %u), only when PyNumber_Check holds. */
export const INT_NUMBER = 2;

/** The object-model steps shared by str % args and bytes % args. */
export interface PercentCallbacks<V> {
  /** The items of args when it is a tuple, else null. */
  tupleItems(args: V): ArrayLike<V> | null;
  /** Can args serve %(key)s: it has __getitem__ and is not a tuple or str (nor bytes/bytearray for bytes %). */
  isMapping(args: V): boolean;
  /** type(v).__name__ for messages. */
  typeName(v: V): string;
  /** ascii(v). */
  ascii(v: V): string;
  /** v as an int by INT_EXACT / INT_INDEX / INT_NUMBER; null when v does not qualify or the conversion raised TypeError. */
  toInt(v: V, how: number): number | bigint | null;
  /** float(v) as PyFloat_AsDouble does (__float__, then __index__); null when v has neither. */
  toFloat(v: V): number | null;
}

export interface StrPercentCallbacks<V> extends PercentCallbacks<V> {
  /** mapping[key]. */
  getItem(mapping: V, key: string): V;
  /** str(v). */
  str(v: V): string;
  /** repr(v). */
  repr(v: V): string;
  /** v's text when v is a str, else null (for %c). */
  strValue(v: V): string | null;
}

export interface BytesPercentCallbacks<V> extends PercentCallbacks<V> {
  /** mapping[key] with a bytes key. */
  getItem(mapping: V, key: Uint8Array): V;
  /** v's content when v is a bytes or bytearray, else null (for %c). */
  bytesValue(v: V): Uint8Array | null;
  /** %s/%b: bytes, bytearray, __bytes__() or a buffer's content; null when v has none of them. */
  toBytes(v: V): Uint8Array | null;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const SSIZE_MAX = (1n << 63n) - 1n;
const INT_MAX = 2147483647;

/** str % args. */
export function percentFormat<V>(format: string, args: V, callbacks: StrPercentCallbacks<V>, maxStrDigits: number = INT_MAX_STR_DIGITS): string {
  return run(format, args, callbacks, null, maxStrDigits);
}

/** bytes % args. */
export function bytesPercentFormat<V>(format: Uint8Array, args: V, callbacks: BytesPercentCallbacks<V>, maxStrDigits: number = INT_MAX_STR_DIGITS): Uint8Array {
  return latin1Bytes(run(latin1String(format), args, null, callbacks, maxStrDigits));
}

/** Bytes as a string of the same char codes. */
export function latin1String(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  }
  return out;
}

/** A string of char codes < 256 as bytes. */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function incomplete(): never {
  raise('ValueError', 'incomplete format');
}

/** Reads the digits starting at `i` (the first already in `first`); sets digitsEnd. Raises `tooBig` past `max`. */
let digitsEnd = 0;
function readNumber(format: string, i: number, first: number, max: bigint, tooBig: string): number {
  let j = i;
  while (j < format.length) {
    const c = format.charCodeAt(j);
    if (c < 0x30 || c > 0x39) break;
    j++;
  }
  digitsEnd = j;
  if (j - i < 15) {
    const value = first * 10 ** (j - i) + (j > i ? Number(format.slice(i, j)) : 0);
    if (value > max) raise('ValueError', tooBig);
    return value;
  }
  if (BigInt(String.fromCharCode(first + 0x30) + format.slice(i, j)) > max) raise('ValueError', tooBig);
  return Number(format.slice(i - 1, j));
}

/** The driver: exactly one of str / bytes callbacks is given. */
function run<V>(format: string, args: V, str: StrPercentCallbacks<V> | null, bytes: BytesPercentCallbacks<V> | null, maxStrDigits: number): string {
  const cb: PercentCallbacks<V> = str ?? bytes!;
  const what = str ? 'string' : 'bytes';
  let items = cb.tupleItems(args);
  let arglen = items ? items.length : -1;
  let argidx = items ? 0 : -2;
  const dict = items === null && cb.isMapping(args) ? args : null;
  let current = args;
  const nextArg = (): V => {
    if (argidx < arglen) {
      const k = argidx++;
      return items === null ? current : items[k]!;
    }
    return raise('TypeError', 'not enough arguments for format string');
  };

  const n = format.length;
  let out = '';
  let i = 0;
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out = joinText(out, i === 0 ? format : format.slice(i));
      break;
    }
    if (pct > i) out = joinText(out, format.slice(i, pct));
    i = pct + 1;
    let c = format.charCodeAt(i);
    if (c === 0x25) {
      out += '%';
      i++;
      continue;
    }
    if (c === 0x28) {
      if (dict === null) raise('TypeError', 'format requires a mapping');
      const keyStart = ++i;
      let depth = 1;
      while (depth > 0 && i < n) {
        const k = format.charCodeAt(i++);
        if (k === 0x29) depth--;
        else if (k === 0x28) depth++;
      }
      if (depth > 0) raise('ValueError', 'incomplete format key');
      const key = format.slice(keyStart, i - 1);
      current = str ? str.getItem(dict, key) : bytes!.getItem(dict, latin1Bytes(key));
      items = null;
      arglen = -1;
      argidx = -2;
    }

    let flags = 0;
    for (;;) {
      if (i >= n) incomplete();
      c = format.charCodeAt(i++);
      if (c === 0x2d) flags |= F_LJUST;
      else if (c === 0x2b) flags |= F_SIGN;
      else if (c === 0x20) flags |= F_BLANK;
      else if (c === 0x23) flags |= F_ALT;
      else if (c === 0x30) flags |= F_ZERO;
      else break;
    }

    let width = -1;
    if (c === 0x2a) {
      const w = cb.toInt(nextArg(), INT_EXACT);
      if (w === null) raise('TypeError', '* wants int');
      if (typeof w === 'bigint') raise('OverflowError', 'Python int too large to convert to C ssize_t');
      width = w;
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      if (i >= n) incomplete();
      c = format.charCodeAt(i++);
    } else if (c >= 0x30 && c <= 0x39) {
      width = readNumber(format, i, c - 0x30, SSIZE_MAX, 'width too big');
      i = digitsEnd;
      if (i >= n) incomplete();
      c = format.charCodeAt(i++);
    }

    let prec = -1;
    if (c === 0x2e) {
      prec = 0;
      if (i >= n) incomplete();
      c = format.charCodeAt(i++);
      if (c === 0x2a) {
        const p = cb.toInt(nextArg(), INT_EXACT);
        if (p === null) raise('TypeError', '* wants int');
        if (typeof p === 'bigint' || p > INT_MAX || p < -INT_MAX - 1) raise('OverflowError', 'Python int too large to convert to C int');
        prec = p < 0 ? 0 : p;
        if (i >= n) incomplete();
        c = format.charCodeAt(i++);
      } else if (c >= 0x30 && c <= 0x39) {
        prec = readNumber(format, i, c - 0x30, BigInt(INT_MAX), 'precision too big');
        i = digitsEnd;
        if (i >= n) incomplete();
        c = format.charCodeAt(i++);
      }
    }
    if (c === 0x68 || c === 0x6c || c === 0x4c) {
      if (i >= n) incomplete();
      c = format.charCodeAt(i++);
    }

    const v = nextArg();
    let text: string;
    let numeric = false;
    switch (c) {
      case 0x73: case 0x72: case 0x61: case 0x62: { // s r a b
        if (str) {
          if (c === 0x62) unsupported(format, i, c, true);
          text = c === 0x73 ? str.str(v) : c === 0x72 ? str.repr(v) : str.ascii(v);
          if (prec >= 0 && text.length > prec) {
            // Precision counts code points.
            if (!hasSurrogates(text)) text = text.slice(0, prec);
            else if (cpLength(text) > prec) text = cpPrefix(text, prec);
          }
        } else {
          if (c === 0x73 || c === 0x62) {
            const b = bytes!.toBytes(v);
            if (b === null) {
              raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${cb.typeName(v)}'`);
            }
            text = latin1String(b);
          } else {
            text = cb.ascii(v);
          }
          if (prec >= 0 && text.length > prec) text = text.slice(0, prec);
        }
        break;
      }
      case 0x64: case 0x69: case 0x75: case 0x6f: case 0x78: case 0x58: { // d i u o x X
        const hex = c === 0x6f || c === 0x78 || c === 0x58;
        const iv = cb.toInt(v, hex ? INT_INDEX : INT_NUMBER);
        if (iv === null) {
          // bytes % reports %i as %d.
          const shown = !str && c === 0x69 ? 'd' : String.fromCharCode(c);
          raise('TypeError', `%${shown} format: ${hex ? 'an integer' : 'a real number'} is required, not ${cb.typeName(v)}`);
        }
        text = formatLong(iv, (flags & F_ALT) !== 0, prec, c, maxStrDigits);
        numeric = true;
        break;
      }
      case 0x65: case 0x45: case 0x66: case 0x46: case 0x67: case 0x47: { // e E f F g G
        let x: number | null;
        if (str) {
          x = cb.toFloat(v);
          if (x === null) raise('TypeError', `must be real number, not ${cb.typeName(v)}`);
        } else {
          // bytes % turns every failure of the conversion into this TypeError.
          try {
            x = cb.toFloat(v);
          } catch {
            x = null;
          }
          if (x === null) raise('TypeError', `float argument required, not ${cb.typeName(v)}`);
        }
        text = formatFloatPercentStyle(x, c, prec, (flags & F_ALT) !== 0);
        numeric = true;
        break;
      }
      case 0x63: // c
        text = str ? strChar(str, v) : byteChar(bytes!, v);
        break;
      default:
        return unsupported(format, i, str ? format.codePointAt(i - 1)! : c, str !== null);
    }
    // joinText: a lone high surrogate meeting a lone low one gets a pair break (str/code-points.ts).
    out = joinText(out, pad(text, c, flags, width, numeric));
    if (dict !== null && argidx < arglen) raise('TypeError', `not all arguments converted during ${what} formatting`);
  }
  if (argidx < arglen && dict === null) raise('TypeError', `not all arguments converted during ${what} formatting`);
  return out;
}

/** The ValueError for an unknown conversion character c, read from UTF-16 index i - 1. */
function unsupported(format: string, i: number, c: number, isStr: boolean): never {
  if (!isStr && c >= 0x80) {
    // CPython passes the byte as a negative C char to %c.
    raise('OverflowError', 'character argument not in range(0x110000)');
  }
  // i is just past the character's first UTF-16 unit.
  const index = isStr && hasSurrogates(format) ? cpLength(format.slice(0, i - 1)) : i - 1;
  const shown = !isStr || (c >= 31 && c <= 126) ? String.fromCharCode(c) : '?';
  raise('ValueError', `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${index}`);
}

/** %c of str %: a one-character str or an int code point. */
function strChar<V>(cb: StrPercentCallbacks<V>, v: V): string {
  const s = cb.strValue(v);
  if (s !== null) {
    if (s.length === 1 || (s.length === 2 && s.codePointAt(0)! > 0xffff)) return s;
    raise('TypeError', '%c requires int or char');
  }
  const code = cb.toInt(v, INT_INDEX);
  if (code === null) raise('TypeError', '%c requires int or char');
  if (typeof code === 'bigint' || code < 0 || code > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(code);
}

/** %c of bytes %: a one-byte bytes/bytearray or an int in range(256). */
function byteChar<V>(cb: BytesPercentCallbacks<V>, v: V): string {
  const b = cb.bytesValue(v);
  if (b !== null && b.length === 1) return String.fromCharCode(b[0]!);
  const code = cb.toInt(v, INT_INDEX);
  if (code === null) raise('TypeError', '%c requires an integer in range(256) or a single byte');
  if (typeof code === 'bigint' || code < 0 || code > 255) raise('OverflowError', '%c arg not in range(256)');
  return String.fromCharCode(code);
}

/**
 * _PyUnicode_FormatLong: the int in base 10, 8 or 16 with at least `prec`
 * digits, the '0o'/'0x'/'0X' marker with '#', after any '-'.
 */
export function formatLong(value: number | bigint, alternate: boolean, prec: number, type: number, maxStrDigits: number = INT_MAX_STR_DIGITS): string {
  if (prec > INT_MAX - 3) raise('OverflowError', 'precision too large');
  const negative = value < 0;
  const abs = typeof value === 'number' ? Math.abs(value) : negative ? -value : value;
  let digits: string;
  let marker = '';
  if (type === 0x6f || type === 0x78 || type === 0x58) {
    digits = abs.toString(type === 0x6f ? 8 : 16);
    if (type === 0x58) digits = digits.toUpperCase();
    if (alternate) marker = type === 0x6f ? '0o' : type === 0x78 ? '0x' : '0X';
  } else {
    digits = intToDecimal(abs, maxStrDigits);
  }
  if (prec > digits.length) {
    checkWidth(prec);
    digits = '0'.repeat(prec - digits.length) + digits;
  }
  return (negative ? '-' : '') + marker + digits;
}

/** unicode_format_arg_output: sign, '#' marker and padding of one converted argument. */
function pad(text: string, c: number, flags: number, width: number, numeric: boolean): string {
  const fill = numeric && (flags & F_ZERO) !== 0 ? '0' : ' ';
  let len = numeric || !hasSurrogates(text) ? text.length : cpLength(text);
  if (width <= len && !numeric) return text;
  let start = 0;
  let sign = '';
  if (numeric) {
    const first = text.charCodeAt(0);
    if (first === 0x2d || first === 0x2b) {
      sign = text[0]!;
      start = 1;
      len--;
    } else if ((flags & F_SIGN) !== 0) {
      sign = '+';
    } else if ((flags & F_BLANK) !== 0) {
      sign = ' ';
    }
  }
  if (width < len) width = len;
  checkWidth(width);
  let out = '';
  if (sign !== '') {
    if (fill !== ' ') out += sign;
    if (width > len) width--;
  }
  let marker = '';
  if ((flags & F_ALT) !== 0 && (c === 0x78 || c === 0x58 || c === 0x6f)) {
    marker = text.slice(start, start + 2);
    start += 2;
    if (fill !== ' ') out += marker;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') out += sign + marker;
  out += start === 0 ? text : text.slice(start);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
