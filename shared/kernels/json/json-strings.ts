// JSON string literals on JS strings: quoting for json.dumps and scanning for json.loads, the two
// loops CPython runs in C (_json.c) because they touch every character.
//
// Indices here are UTF-16 units; the object model converts code point indices at its boundary.
// Quoting escapes UTF-16 units, so an astral character becomes its surrogate pair of \u escapes,
// exactly as CPython writes it; scanning joins an escaped high and low surrogate into one character.

const HEX = '0123456789abcdef';

function unicodeEscape(unit: number): string {
  return '\\u' + HEX[(unit >> 12) & 15]! + HEX[(unit >> 8) & 15]! + HEX[(unit >> 4) & 15]! + HEX[unit & 15]!;
}

function shortEscape(unit: number): string | undefined {
  switch (unit) {
    case 0x22: return '\\"';
    case 0x5c: return '\\\\';
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x09: return '\\t';
    case 0x08: return '\\b';
    case 0x0c: return '\\f';
    default: return undefined;
  }
}

/** json.encoder.encode_basestring_ascii: a JSON literal with everything outside ' '..'~' escaped. */
export function encodeBasestringAscii(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e && unit !== 0x22 && unit !== 0x5c) continue;
    out += s.slice(run, i) + (shortEscape(unit) ?? unicodeEscape(unit));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** json.encoder.encode_basestring: a JSON literal escaping only quotes, backslashes and control characters. */
export function encodeBasestring(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit >= 0x20 && unit !== 0x22 && unit !== 0x5c) continue;
    out += s.slice(run, i) + (shortEscape(unit) ?? unicodeEscape(unit));
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** What scanString found: the string and the index after its closing quote, or an error and where. */
export interface ScanResult {
  value: string;
  end: number;
  error: string | null;
}

const RESULT: ScanResult = { value: '', end: 0, error: null };

function fail(message: string, at: number): ScanResult {
  RESULT.value = '';
  RESULT.end = at;
  RESULT.error = message;
  return RESULT;
}

function hex4(s: string, at: number): number {
  if (at + 4 > s.length) return -1;
  let n = 0;
  for (let k = 0; k < 4; k++) {
    const c = s.charCodeAt(at + k);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;
    if (d < 0) return -1;
    n = n * 16 + d;
  }
  return n;
}

/**
 * json.decoder.scanstring: the string literal whose opening quote is just before `end`, with
 * CPython's error messages and positions (the position is of the opening quote for an
 * unterminated string, of the backslash for a bad escape). The result object is reused.
 */
export function scanString(s: string, end: number, strict: boolean): ScanResult {
  const begin = end - 1;
  let out = '';
  let run = end;
  let i = end;
  for (;;) {
    if (i >= s.length) return fail('Unterminated string starting at', begin);
    const unit = s.charCodeAt(i);
    if (unit === 0x22) {
      RESULT.value = out + s.slice(run, i);
      RESULT.end = i + 1;
      RESULT.error = null;
      return RESULT;
    }
    if (unit < 0x20 && strict) return fail('Invalid control character at', i);
    if (unit !== 0x5c) {
      i++;
      continue;
    }
    out += s.slice(run, i);
    if (i + 1 >= s.length) return fail('Unterminated string starting at', begin);
    const esc = s[i + 1]!;
    if (esc !== 'u') {
      const simple = esc === '"' ? '"' : esc === '\\' ? '\\' : esc === '/' ? '/' : esc === 'b' ? '\b' : esc === 'f' ? '\f'
        : esc === 'n' ? '\n' : esc === 'r' ? '\r' : esc === 't' ? '\t' : undefined;
      if (simple === undefined) return fail('Invalid \\escape', i);
      out += simple;
      i += 2;
      run = i;
      continue;
    }
    let code = hex4(s, i + 2);
    if (code < 0) return fail('Invalid \\uXXXX escape', i + 1);
    i += 6;
    // A high surrogate escape followed by a low one is one astral character.
    if (code >= 0xd800 && code <= 0xdbff && s.charCodeAt(i) === 0x5c && s.charCodeAt(i + 1) === 0x75) {
      const low = hex4(s, i + 2);
      if (low < 0) return fail('Invalid \\uXXXX escape', i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += String.fromCharCode(code, low);
        code = -1;
        i += 6;
      }
    }
    if (code >= 0) out += String.fromCharCode(code);
    run = i;
  }
}
