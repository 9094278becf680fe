// Column arithmetic between the UTF-8 byte offsets of the location table and
// the characters (code points) the caret line is drawn in.
//
// CPython converts with _PyPegen_byte_offset_to_character_offset: it decodes
// the first `offset` bytes of the line's UTF-8 with errors='replace' and
// counts the characters. An offset inside a character therefore counts that
// character (its cut-off bytes decode to one U+FFFD), and an offset past the
// end is clipped to length + 1, where the terminating NUL counts as one more
// character. So the answer is the number of characters that start before
// `offset`, plus one when the offset runs past the end.

/** Bytes in the UTF-8 encoding of the code point `cp`. */
function utf8Length(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** The character offset (in code points) of UTF-8 byte offset `byteOffset` in `text`. */
export function byteToCharOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < text.length && bytes < byteOffset; chars++) {
    const cp = text.codePointAt(i)!;
    bytes += utf8Length(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return bytes < byteOffset ? chars + 1 : chars;
}

/** The number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** The UTF-16 index `count` code points after index `from` in `text` (text.length when past the end). */
export function codePointIndex(text: string, count: number, from = 0): number {
  let i = from;
  for (let n = 0; n < count && i < text.length; n++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

/** text[start:end] in code points, clipped as Python slices are. */
export function codePointSlice(text: string, start: number, end: number): string {
  if (end <= start) return '';
  const from = codePointIndex(text, start);
  return text.slice(from, codePointIndex(text, end - start, from));
}
