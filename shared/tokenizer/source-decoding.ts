// Source decoding as CPython's tokenizer does it for bytes given to compile().
//
// A UTF-8 BOM is dropped; a PEP 263 coding cookie ("coding[:=] name" in a
// comment that is alone on line 1, or on line 2 when line 1 is blank or a
// comment) names the codec; its name is normalized the way tokenizer.c's
// get_normal_name does (utf_8 → utf-8, latin-1/iso-latin-1 → iso-8859-1). A
// named codec other than UTF-8 decodes the whole file at once and its errors
// are SyntaxErrors at line 0. UTF-8 (the default) is decoded leniently: CPython
// only notices bad UTF-8 where it reads a token (never in comments), so bad
// bytes are kept as U+DC80..U+DCFF (surrogateescape) and the lexer and the
// string parser raise "(unicode error) ..." where CPython does.

import { PySyntaxError } from '../errors/syntax-error.js';
import { decodeUtf8Escaped, lookupDecoder, PyUnicodeDecodeError } from '../kernels/codecs.js';

export interface DecodedSource {
  text: string;
  /** The encoding as CPython's tokenizer records it: 'utf-8', or the normalized cookie. */
  encoding: string;
  /** True when the text holds escaped undecodable bytes (see codecs.decodeUtf8Escaped). */
  escapedBytes: boolean;
  /**
   * A BOM or a coding cookie named the encoding (tokenizer.c's `tok->encoding`
   * is set). Without one, pegen reports SyntaxError offsets of parser errors in
   * bytes, not characters (H8).
   */
  encodingDeclared: boolean;
}

/** An encoding-level SyntaxError: CPython gives it line 0, offset -1 and no text. */
function encodingError(msg: string): PySyntaxError {
  return new PySyntaxError('SyntaxError', msg, 0, -1, null, 0, 0);
}

/** Decodes a source file's bytes (PEP 263, PEP 3120). Throws PySyntaxError. */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const cookie = findCookie(body);
  if (cookie !== null && bom && cookie !== 'utf-8') throw encodingError(`encoding problem: ${cookie} with BOM`);
  if (cookie === null || cookie === 'utf-8') {
    const { text, escaped } = decodeUtf8Escaped(body);
    return { text, encoding: 'utf-8', escapedBytes: escaped, encodingDeclared: bom || cookie !== null };
  }
  const decode = lookupDecoder(cookie);
  if (decode === null) throw encodingError(`unknown encoding: ${cookie}`);
  try {
    return { text: decode(body), encoding: cookie, escapedBytes: false, encodingDeclared: true };
  } catch (e) {
    if (e instanceof PyUnicodeDecodeError) throw encodingError(e.message);
    throw e;
  }
}

/**
 * The coding cookie of line 1, or of line 2 when line 1 holds only blanks or a
 * comment (tokenizer.c's decode_str + check_coding_spec). Lines are cut as after
 * newline translation; line 1 is checked without its newline, line 2 with it.
 */
function findCookie(body: Uint8Array): string | null {
  const lines = firstTwoLines(body);
  const first = codingSpec(lines[0]);
  if (first !== null) return first;
  if (lines[1] === null || !onlyBlanksOrComment(lines[0])) return null;
  return codingSpec(lines[1]);
}

/** Line 1 (no newline) and line 2 (with its '\n', or null) as latin-1 strings, after '\r' translation. */
function firstTwoLines(body: Uint8Array): [string, string | null] {
  const lines: string[] = [];
  let cur = '';
  for (let i = 0; i < body.length && lines.length < 2; i++) {
    let b = body[i];
    if (b === 13) {
      if (body[i + 1] === 10) i++;
      b = 10;
    }
    cur += String.fromCharCode(b);
    if (b === 10) {
      lines.push(cur);
      cur = '';
    }
  }
  // compile() appends a newline to a last line that lacks one.
  if (lines.length < 2 && cur !== '') lines.push(cur + '\n');
  const line1 = lines.length > 0 ? lines[0].slice(0, -1) : '';
  return [line1, lines.length > 1 ? lines[1] : null];
}

/** A line "contains anything except a comment" stops the cookie search (check_coding_spec). */
function onlyBlanksOrComment(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 35 || c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 12) return false;
  }
  return true;
}

/**
 * get_coding_spec: the line must be a comment (only blanks before '#'); the
 * first "coding" followed by ':' or '=', optional blanks, and a name made of
 * ASCII letters, digits, '-', '_', '.' gives the normalized name.
 */
function codingSpec(line: string): string | null {
  const size = line.length;
  let i = 0;
  for (; i < size - 6; i++) {
    const c = line.charCodeAt(i);
    if (c === 35) break;
    if (c !== 32 && c !== 9 && c !== 12) return null;
  }
  for (; i < size - 6; i++) {
    if (!line.startsWith('coding', i)) continue;
    let t = i + 6;
    const sep = line.charCodeAt(t);
    if (sep !== 58 && sep !== 61) continue;
    do t++;
    while (line.charCodeAt(t) === 32 || line.charCodeAt(t) === 9);
    const begin = t;
    while (t < size && isSpecChar(line.charCodeAt(t))) t++;
    if (begin < t) return normalName(line.slice(begin, t));
  }
  return null;
}

function isSpecChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95 || c === 46;
}

/** get_normal_name: spellings of UTF-8 and Latin-1 become "utf-8" and "iso-8859-1"; others stay as written. */
function normalName(spec: string): string {
  // tokenizer.c looks at the first 12 characters only, lower-cased, '_' as '-'.
  const buf = spec.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (LATIN1_NAMES.includes(buf) || LATIN1_PREFIXES.some((p) => buf.startsWith(p))) return 'iso-8859-1';
  return spec;
}

const LATIN1_NAMES = ['latin-1', 'iso-8859-1', 'iso-latin-1'];
const LATIN1_PREFIXES = ['latin-1-', 'iso-8859-1-', 'iso-latin-1-'];
