// The caret line under a traceback entry's source line: the second half of
// 3.11's tb_displayline (Python/traceback.c).
//
// The location table's byte columns become characters of the unstripped
// line (utf8-columns.ts). A single-line position may get `~`/`^` anchors
// from the segment's AST (caret-anchors.ts); a position spanning lines is
// underlined to the last non-whitespace character of its first line. The
// line is left out when the carets would cover exactly the stripped line and
// there are no anchors. The columns are then turned into display columns
// (display-width.ts), as 3.11.7 does, so wide characters get two carets.
//
// CPython finds that last character by indexing the line's UTF-8 bytes with
// a character count, so on a non-ASCII line it lands too far left in the
// bytes and usually keeps trailing spaces under carets; this is reproduced.

import type { FrameSummary } from './report.js';
import { findCaretAnchors, type AnchorCache } from './caret-anchors.js';
import { displayWidth } from './display-width.js';
import { byteToCharOffset, codePointLength, codePointSlice } from './utf8-columns.js';

/** Spaces before a printed source line (_TRACEBACK_SOURCE_LINE_INDENT). */
export const SOURCE_LINE_INDENT = 4;

function isCWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0c;
}

/**
 * The caret line (without its newline) for `frame`, whose source line is
 * `line` with `stripped` leading characters removed when printed; null when
 * CPython prints none.
 */
export function caretLine(frame: FrameSummary, line: string, stripped: number, cache?: AnchorCache): string | null {
  const startLine = frame.startLineno ?? frame.lineno;
  const { endLineno, colOffset, endColOffset } = frame;
  if (endLineno === undefined || colOffset === undefined || endColOffset === undefined) return null;
  if (startLine < 0 || endLineno < 0 || colOffset < 0 || endColOffset < 0) return null;

  const lineLength = codePointLength(line);
  const start = byteToCharOffset(line, colOffset);
  let end = byteToCharOffset(line, endColOffset);
  let left = -1;
  let right = -1;
  if (startLine === endLineno) {
    const anchors = findCaretAnchors(codePointSlice(line, start, end), frame.filename, cache);
    if (anchors !== null) {
      left = anchors.left + start;
      right = anchors.right + start;
    }
  } else {
    const bytes = new TextEncoder().encode(line);
    let i = lineLength - 1;
    while (i >= 0 && isCWhitespace(bytes[i]!)) i--;
    end = i + 1;
  }

  const anchored = left !== -1 || right !== -1;
  if (end - start === lineLength - stripped && !anchored) return null;

  const primary = anchored ? '~' : '^';
  const dpStart = displayWidth(line, start);
  const dpEnd = displayWidth(line, end);
  const dpLeft = anchored ? displayWidth(line, left) : -1;
  const dpRight = anchored ? displayWidth(line, right) : -1;
  let out = '';
  // 1-based columns, shifted by the difference between what was stripped and
  // the indentation printed instead, as print_error_location_carets counts.
  for (let column = stripped - SOURCE_LINE_INDENT + 1; column <= dpEnd; column++) {
    out += column <= dpStart ? ' ' : anchored && dpLeft < column && column <= dpRight ? '^' : primary;
  }
  return out;
}
