// String literals: from the STRING tokens of one atom to a Constant or JoinedStr.
//
// Python concatenates adjacent literals at compile time ('a' "b" f'{c}'), so the
// parser hands every consecutive STRING token of an atom to
// `concatenateStrings`, which builds exactly the node CPython 3.11 builds
// (Parser/action_helpers.c `_PyPegen_concatenate_strings` and
// Parser/string_parser.c are the model): prefixes, escape decoding with
// CPython's error messages, the bytes/str mixing rule, the folding of adjacent
// text into one Constant, and the positions every piece gets. The f-string
// part (replacement fields, format specs, nested expressions) is in fstrings.ts.
//
// Values: a str is a JS string (UTF-16; a code point above U+FFFF becomes a
// surrogate pair) or, in the one case UTF-16 cannot express, a PyStrCodePoints
// (see "Str values" below); a bytes value is a PyBytes. Positions: every node made here
// spans the whole run of tokens, from the first token's start to the last
// token's end, as CPython 3.11 does.

import type { Token } from '../tokenizer/lexer.js';
import { PyBytes, PyStrCodePoints, type Expr, type NodeOf } from '../ast/nodes.js';
import { lookupUnicodeName } from '../kernels/unicode-names.js';
import { decodeUtf8, encodeUtf8Escaped, PyUnicodeDecodeError } from '../kernels/codecs.js';
import { FStringParser, JoinedParts, kindOf } from './fstrings.js';

/** Anything with a position: a token or a node. */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/**
 * What the string builder needs from the parser (the Parser satisfies it):
 * the file name for sub-parsers, the last token fetched (where CPython's
 * RAISE_SYNTAX_ERROR points), and a way to throw a positioned SyntaxError.
 */
export interface StringContext {
  readonly filename: string;
  /**
   * Some string token holds bytes that are not UTF-8 (escaped by decodeSource,
   * see checkUtf8); absent or false for the usual, fully decoded source.
   */
  readonly undecodableBytes?: boolean;
  /** Records a warning of line `lineno` (absent: warnings are dropped). */
  warn?(category: 'DeprecationWarning', message: string, lineno: number): void;
  /** Raises `msg` at the last token fetched, as CPython's RAISE_SYNTAX_ERROR does. */
  raiseAtLastToken(msg: string): never;
  raiseAt(msg: string, start: Span, end?: Span | null): never;
}

/**
 * Raises `msg` at the last token fetched, as CPython's RAISE_SYNTAX_ERROR does
 * (an ENDMARKER there has no column: the tokenizer's cursor, no end column).
 */
export function raiseAtFurthest(ctx: StringContext, msg: string): never {
  return ctx.raiseAtLastToken(msg);
}

// ---------------------------------------------------------------------------
// Prefixes and quotes.

/** What the prefix and quotes of one STRING token say. */
export interface LiteralShape {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Index in the token text of the first character after the opening quote(s). */
  bodyStart: number;
  /** Index in the token text of the closing quote(s). */
  bodyEnd: number;
}

/** Reads the prefix letters and the quotes of a STRING token's text. */
export function literalShape(text: string): LiteralShape {
  let bytes = false;
  let raw = false;
  let fstring = false;
  let i = 0;
  for (;; i++) {
    const c = text.charCodeAt(i) | 0x20; // prefix letters are ASCII; fold case
    if (c === 0x62) bytes = true; // b
    else if (c === 0x72) raw = true; // r
    else if (c === 0x66) fstring = true; // f
    else if (c !== 0x75) break; // u
  }
  const quote = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const q = triple ? 3 : 1;
  return { bytes, raw, fstring, bodyStart: i + q, bodyEnd: text.length - q };
}

// ---------------------------------------------------------------------------
// Str values.
//
// Escapes can write a high surrogate and then a low surrogate as two separate
// code points ('\ud800\udc80', or 'a\ud800' '\udc80'); Python keeps them
// apart, a JS string would fuse them into one astral character. Source text
// never holds a lone surrogate (the source decoder rejects them), so such a
// pair arises only where a low-surrogate escape directly follows a lone high
// surrogate, inside one literal or at the junction of two pieces. Text is
// built as a JS string plus the indices of those junctions ("splits"); only
// when there is one does the value become a PyStrCodePoints.

/** A decoded str: a JS string, or code points when UTF-16 would fuse a pair. */
export type StrValue = string | PyStrCodePoints;

/** Does `s` end with a high surrogate (necessarily a lone one, from an escape)? */
function endsWithHighSurrogate(s: string): boolean {
  return s.length !== 0 && (s.charCodeAt(s.length - 1) & 0xfc00) === 0xd800;
}

/** The value of `s` whose surrogate pairs ending at the indices in `splits` are two code points. */
function splitValue(s: string, splits: readonly number[] | null): StrValue {
  if (splits === null) return s;
  const codePoints: number[] = [];
  let k = 0;
  for (let i = 0; i < s.length;) {
    let cp = s.codePointAt(i)!;
    if (cp > 0xffff && splits[k] === i + 1) {
      cp = s.charCodeAt(i); // the high surrogate alone; the low one comes next
      k++;
    }
    codePoints.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return new PyStrCodePoints(codePoints);
}

/** Str text assembled from pieces (decoded literals, f-string text), keeping escaped pairs apart. */
export class StrBuffer {
  private text = '';
  private splits: number[] | null = null;

  get isEmpty(): boolean {
    return this.text.length === 0;
  }

  add(value: StrValue): void {
    if (typeof value !== 'string') {
      // Rare: one code point at a time, so that each junction is checked.
      for (const cp of value.codePoints) this.add(String.fromCodePoint(cp));
      return;
    }
    if (value.length === 0) return;
    if ((value.charCodeAt(0) & 0xfc00) === 0xdc00 && endsWithHighSurrogate(this.text)) {
      (this.splits ??= []).push(this.text.length);
    }
    this.text += value;
  }

  /** The value built so far; the buffer is empty afterwards. */
  take(): StrValue {
    const value = splitValue(this.text, this.splits);
    this.text = '';
    this.splits = null;
    return value;
  }
}

// ---------------------------------------------------------------------------
// Undecodable source bytes.
//
// CPython hands the parser UTF-8 bytes it has not validated (source bytes with no
// coding cookie, or a UTF-8 one) and decodes each str literal when it builds the
// constant. decodeSource kept the bytes it could not decode as U+DC80..U+DCFF;
// where CPython's decoding of a literal fails, this raises its error: "(unicode
// error) 'utf-8' codec can't decode ...", at the last token fetched, the
// position counted in bytes from the start of what was being decoded.

/**
 * Checks text[start, end) of a str literal (or an f-string's literal piece) as
 * CPython decodes it: all at once when it is raw or has no backslash, else run
 * by run of non-ASCII characters (string_parser.c's decode_unicode_with_escapes
 * turns each such run into escapes before any escape is decoded, so a bad byte
 * anywhere wins over a bad escape).
 */
export function checkUtf8(ctx: StringContext, text: string, start: number, end: number, raw: boolean): void {
  if (raw) {
    decodeOrRaise(ctx, text, start, end);
    return;
  }
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const runStart = i;
    while (i < end && text.charCodeAt(i) >= 0x80) i++;
    decodeOrRaise(ctx, text, runStart, i);
  }
}

function decodeOrRaise(ctx: StringContext, text: string, start: number, end: number): void {
  try {
    decodeUtf8(encodeUtf8Escaped(text.slice(start, end)));
  } catch (e) {
    if (!(e instanceof PyUnicodeDecodeError)) throw e;
    raiseAtFurthest(ctx, `(unicode error) ${e.message}`);
  }
}

// ---------------------------------------------------------------------------
// Escape decoding of str literals ('unicodeescape').

/** Single-character escapes: the character after the backslash -> its value. */
const SIMPLE_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x5c, '\\'], [0x27, "'"], [0x22, '"'], [0x62, '\b'], [0x66, '\f'], [0x74, '\t'],
  [0x6e, '\n'], [0x72, '\r'], [0x76, '\v'], [0x61, '\x07'],
]);

/** Hex escapes: letter -> [digit count, CPython's message when truncated]. */
const HEX_ESCAPES: ReadonlyMap<number, readonly [number, string]> = new Map([
  [0x78, [2, 'truncated \\xXX escape']],
  [0x75, [4, 'truncated \\uXXXX escape']],
  [0x55, [8, 'truncated \\UXXXXXXXX escape']],
]);

const MALFORMED_NAME = 'malformed \\N character escape';
const UNKNOWN_NAME = 'unknown Unicode character name';
const ILLEGAL_CHAR = 'illegal Unicode character';

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x57 : -1;
}

function isOctal(c: number): boolean {
  return c >= 0x30 && c <= 0x37;
}

// ---------------------------------------------------------------------------
// Invalid escapes: kept as written, with a DeprecationWarning for the first one
// of each decoded piece (a literal, or a literal part of an f-string), on the
// line where its token starts. An octal escape above \377 counts as invalid too.

/** The warning for the invalid escape at text[i] (the backslash). */
function escapeWarning(ctx: StringContext, text: string, i: number, lineno: number): void {
  if (ctx.warn === undefined) return;
  const c = text.charCodeAt(i + 1);
  const message = c >= 0x34 && c <= 0x37 // '4'..'7': an octal escape above \377
    ? `invalid octal escape sequence '${text.slice(i, i + 4)}'`
    : `invalid escape sequence '\\${text[i + 1]}'`;
  ctx.warn('DeprecationWarning', message, lineno);
}

/**
 * Decodes text[start, end) of a non-raw str literal whose token starts on line
 * `lineno`. Invalid escapes are kept as written (CPython only warns). A malformed
 * escape raises CPython's "(unicode error) 'unicodeescape' codec can't decode ..."
 * SyntaxError.
 */
export function decodeStrEscapes(ctx: StringContext, text: string, start: number, end: number, lineno: number): StrValue {
  let out = '';
  let splits: number[] | null = null;
  let chunk = start;
  let firstInvalid = -1;
  let i = text.indexOf('\\', start);
  while (i >= 0 && i < end) {
    out += text.slice(chunk, i);
    const c = i + 1 < end ? text.charCodeAt(i + 1) : -1;
    const simple = SIMPLE_ESCAPES.get(c);
    let next = i + 2;
    if (simple !== undefined) out += simple;
    else if (c === 0x0a) { /* backslash-newline: a line continuation, nothing */ }
    else if (isOctal(c)) {
      let v = c - 0x30;
      for (let k = 0; k < 2 && next < end && isOctal(text.charCodeAt(next)); k++) v = v * 8 + text.charCodeAt(next++) - 0x30;
      if (v > 0o377 && firstInvalid < 0) firstInvalid = i;
      out += String.fromCharCode(v);
    } else if (HEX_ESCAPES.has(c)) {
      const [count, message] = HEX_ESCAPES.get(c)!;
      let v = 0;
      for (let k = 0; k < count; k++, next++) {
        const d = next < end ? hexValue(text.charCodeAt(next)) : -1;
        if (d < 0) unicodeEscapeError(ctx, text, start, i, next, message);
        v = v * 16 + d;
      }
      if (v > 0x10ffff) unicodeEscapeError(ctx, text, start, i, next, ILLEGAL_CHAR);
      if ((v & 0xfffffc00) === 0xdc00 && endsWithHighSurrogate(out)) (splits ??= []).push(out.length);
      out += String.fromCodePoint(v);
    } else if (c === 0x4e) {
      const close = namedEscapeClose(ctx, text, start, i, end);
      const cp = lookupUnicodeName(text.slice(i + 3, close));
      next = close + 1;
      if (cp < 0) unicodeEscapeError(ctx, text, start, i, next, UNKNOWN_NAME);
      out += String.fromCodePoint(cp);
    } else {
      // An unknown escape (or a trailing backslash) stays as written: the next
      // chunk starts at the backslash, the search after the escaped character.
      // One before a non-ASCII character is no escape for CPython (it rewrites
      // the character as a \U escape first), so it draws no warning.
      if (firstInvalid < 0 && c >= 0 && c < 0x80) firstInvalid = i;
      chunk = i;
      i = text.indexOf('\\', Math.min(i + 2, end));
      continue;
    }
    chunk = next;
    i = text.indexOf('\\', next);
  }
  if (firstInvalid >= 0) escapeWarning(ctx, text, firstInvalid, lineno);
  if (chunk === start) return text.slice(start, end);
  return splitValue(out + text.slice(chunk, end), splits);
}

/** The index of the '}' closing the `\N{...}` escape at `i`, or CPython's error. */
function namedEscapeClose(ctx: StringContext, text: string, start: number, i: number, end: number): number {
  const open = i + 2;
  if (open >= end || text.charCodeAt(open) !== 0x7b) unicodeEscapeError(ctx, text, start, i, open, MALFORMED_NAME);
  const close = text.indexOf('}', open + 1);
  if (close < 0 || close >= end) unicodeEscapeError(ctx, text, start, i, end, MALFORMED_NAME);
  if (close === open + 1) unicodeEscapeError(ctx, text, start, i, close, MALFORMED_NAME);
  return close;
}

/**
 * CPython decodes str literals by rewriting them first: every non-ASCII
 * character becomes a 10-byte `\UXXXXXXXX` and a backslash before one gets
 * `u005c` appended. Error positions count bytes of that rewritten buffer;
 * this maps an index of text[start..] into it.
 */
function rewrittenPosition(text: string, start: number, index: number): number {
  let pos = 0;
  for (let j = start; j < index; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c && j + 1 < index) {
      pos++;
      j++;
      if (text.charCodeAt(j) < 0x80) { pos++; continue; }
      pos += 5; // the inserted u005c, then the non-ASCII character below
    }
    if (text.charCodeAt(j) < 0x80) pos++;
    else {
      pos += 10;
      if ((text.charCodeAt(j) & 0xfc00) === 0xd800) j++;
    }
  }
  return pos;
}

function unicodeEscapeError(ctx: StringContext, text: string, start: number, from: number, to: number, reason: string): never {
  const a = rewrittenPosition(text, start, from);
  const b = rewrittenPosition(text, start, to);
  const where = b - a === 1 ? `byte 0x5c in position ${a}` : `bytes in position ${a}-${b - 1}`;
  return raiseAtFurthest(ctx, `(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

// ---------------------------------------------------------------------------
// Bytes literals.

/** Decodes text[start, end) of a bytes literal (ASCII already checked) whose token starts on line `lineno`. */
export function decodeBytes(ctx: StringContext, text: string, start: number, end: number, raw: boolean, lineno: number): Uint8Array {
  const out = new Uint8Array(end - start); // escapes only ever shrink the text
  let n = 0;
  let firstInvalid = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (raw || c !== 0x5c || i + 1 >= end) { out[n++] = c; continue; }
    const e = text.charCodeAt(++i);
    const simple = SIMPLE_ESCAPES.get(e);
    if (simple !== undefined) out[n++] = simple.charCodeAt(0);
    else if (e === 0x0a) { /* line continuation */ }
    else if (isOctal(e)) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && i + 1 < end && isOctal(text.charCodeAt(i + 1)); k++) v = v * 8 + text.charCodeAt(++i) - 0x30;
      if (v > 0o377 && firstInvalid < 0) firstInvalid = i - 3;
      out[n++] = v & 0xff;
    } else if (e === 0x78) {
      const hi = i + 2 < end ? hexValue(text.charCodeAt(i + 1)) : -1;
      const lo = i + 2 < end ? hexValue(text.charCodeAt(i + 2)) : -1;
      if (hi < 0 || lo < 0) raiseAtFurthest(ctx, `(value error) invalid \\x escape at position ${i - 1 - start}`);
      out[n++] = hi * 16 + lo;
      i += 2;
    } else { // unknown escape: kept as written
      if (firstInvalid < 0) firstInvalid = i - 1;
      out[n++] = 0x5c;
      out[n++] = e;
    }
  }
  if (firstInvalid >= 0) escapeWarning(ctx, text, firstInvalid, lineno);
  return n === out.length ? out : out.slice(0, n);
}

function hasNonAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Concatenation.

/**
 * The value of one non-f-string token; raises the errors CPython's
 * _PyPegen_parsestr raises for it.
 */
function plainValue(ctx: StringContext, tok: Token, shape: LiteralShape): StrValue | Uint8Array {
  const text = tok.string;
  const { bodyStart, bodyEnd } = shape;
  const raw = shape.raw || text.indexOf('\\', bodyStart) < 0;
  if (shape.bytes) {
    if (hasNonAscii(text, bodyStart, bodyEnd)) ctx.raiseAt('bytes can only contain ASCII literal characters', tok, tok);
    return decodeBytes(ctx, text, bodyStart, bodyEnd, raw, tok.lineno);
  }
  if (ctx.undecodableBytes === true) checkUtf8(ctx, text, bodyStart, bodyEnd, raw);
  return raw ? text.slice(bodyStart, bodyEnd) : decodeStrEscapes(ctx, text, bodyStart, bodyEnd, tok.lineno);
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const p of parts) { out.set(p, n); n += p.length; }
  return out;
}

/** A Constant node spanning first..last. */
export function constantNode(value: StrValue | PyBytes, kind: string | null, first: Span, last: Span): NodeOf<'expr', 'Constant'> {
  return {
    _type: 'Constant', value, kind,
    lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
  };
}

/**
 * atom: STRING+
 * Builds the Constant (str or bytes) or JoinedStr for consecutive STRING tokens.
 */
export function concatenateStrings(tokens: readonly Token[], ctx: StringContext): Expr {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  if (tokens.length === 1) {
    // The common case, without the folding machinery.
    const shape = literalShape(first.string);
    if (!shape.fstring) {
      const value = plainValue(ctx, first, shape);
      return value instanceof Uint8Array
        ? constantNode(new PyBytes(value), null, first, last)
        : constantNode(value, kindOf(first), first, last);
    }
  }
  const parts = new JoinedParts(first, last);
  const byteParts: Uint8Array[] = [];
  let bytesMode = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const shape = literalShape(tok.string);
    const value = shape.fstring ? null : plainValue(ctx, tok, shape);
    if (i !== 0 && bytesMode !== shape.bytes) raiseAtFurthest(ctx, 'cannot mix bytes and nonbytes literals');
    bytesMode = shape.bytes;
    if (value === null) new FStringParser(ctx, tok, shape, first, last).parseInto(parts);
    else if (value instanceof Uint8Array) byteParts.push(value);
    else parts.addText(value);
  }
  if (bytesMode) return constantNode(new PyBytes(concatBytes(byteParts)), null, first, last);
  return parts.finish(first, last);
}
