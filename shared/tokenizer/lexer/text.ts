// Column arithmetic on the decoded source text.
//
// CPython measures token columns in UTF-8 bytes from the start of the line and
// SyntaxError offsets in characters (code points). The lexer holds a JS string
// (UTF-16), so both need converting; these helpers are only called for lines
// that contain non-ASCII characters or while building an error, so they can
// afford a plain loop.

/**
 * Number of source bytes behind `text[from, to)`: UTF-8 lengths, and one byte
 * for each U+DC80..U+DCFF, which stands for a byte that was not valid UTF-8
 * (see codecs.decodeUtf8Escaped; the source never holds such a surrogate otherwise).
 */
export function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      // A surrogate pair is one code point of four bytes.
      n += 4;
      i++;
    } else if (c >= 0xdc80 && c <= 0xdcff) n += 1;
    else n += 3;
  }
  return n;
}

/** Number of code points in `text[from, to)`. */
export function codePointLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) i++;
    n++;
  }
  return n;
}

/**
 * Number of code points in the first `byteCol` UTF-8 bytes of `line` — CPython's
 * `_PyPegen_byte_offset_to_character_offset`, which decodes that many bytes with
 * "replace", so a cut in the middle of a character still counts it once.
 */
export function byteOffsetToCharOffset(line: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < byteCol; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
    chars++;
  }
  return chars;
}

/** Index of the end of the line containing `from` (the index of its '\n', or text.length). */
export function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Index where 1-based line `n` starts (counting from `text[0]` as line 1), or -1 past the end. */
export function lineStartIndex(text: string, n: number): number {
  let start = 0;
  for (let line = 1; line < n; line++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return -1;
    start = nl + 1;
  }
  return start;
}

/** `%04X` of a code point, as tokenizer error messages print it. */
export function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : '0000'.slice(h.length) + h;
}
