// The frames block of a traceback: 3.11's _PyTraceBack_Print_Indented,
// tb_printinternal and tb_displayline (Python/traceback.c).
//
// Each entry prints `  File "f", line N, in name`, then its source line with
// the leading spaces, tabs and form feeds removed (trailing whitespace stays,
// unlike Lib/traceback.py) and indented by 4, then the caret line. Files
// named `<...>` are never read. After three consecutive entries with the same
// file, line and name, further ones are counted into one
// `[Previous line repeated N more times]` line. Inside an exception group
// every line but that one starts with the group's indent and margin.

import type { FrameSummary, SourceLineReader } from './report.js';
import type { AnchorCache } from './caret-anchors.js';
import { caretLine, SOURCE_LINE_INDENT } from './caret-line.js';

/** Repeats of one entry printed before they are counted (TB_RECURSIVE_CUTOFF). */
const RECURSIVE_CUTOFF = 3;

/** The default of sys.tracebacklimit (PyTraceBack_LIMIT). */
export const DEFAULT_TRACEBACK_LIMIT = 1000;

export const TRACEBACK_HEADER = 'Traceback (most recent call last):\n';
export const GROUP_TRACEBACK_HEADER = 'Exception Group Traceback (most recent call last):\n';

const INDENT = ' '.repeat(SOURCE_LINE_INDENT);

/**
 * The header and entries for `frames` (outermost first). `prefix` starts every
 * entry line, `headerPrefix` the header; `limit` keeps the innermost frames
 * (<= 0: nothing at all is printed). `cache` keeps segment anchors across calls.
 */
export function formatFrames(
  frames: readonly FrameSummary[],
  readLine: SourceLineReader,
  prefix: string,
  headerPrefix: string,
  header: string,
  limit: number,
  cache: AnchorCache,
): string {
  if (limit <= 0) return '';
  let out = headerPrefix + header;
  let lastFile: string | null = null;
  let lastLine = -1;
  let lastName: string | null = null;
  let count = 0;
  for (let i = Math.max(0, frames.length - limit); i < frames.length; i++) {
    const frame = frames[i]!;
    if (frame.filename !== lastFile || lastLine === -1 || frame.lineno !== lastLine || frame.name !== lastName) {
      if (count > RECURSIVE_CUTOFF) out += repeatedLine(count);
      lastFile = frame.filename;
      lastLine = frame.lineno;
      lastName = frame.name;
      count = 0;
    }
    count++;
    if (count <= RECURSIVE_CUTOFF) out += formatEntry(frame, readLine, prefix, cache);
  }
  if (count > RECURSIVE_CUTOFF) out += repeatedLine(count);
  return out;
}

/** tb_print_line_repeated; CPython writes it without the group margin. */
function repeatedLine(count: number): string {
  const more = count - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${more} more time${more > 1 ? 's' : ''}]\n`;
}

/** One entry: the File line, then the source and caret lines when the source can be read. */
function formatEntry(frame: FrameSummary, readLine: SourceLineReader, prefix: string, cache: AnchorCache): string {
  const { filename, lineno } = frame;
  let out = `${prefix}  File "${filename}", line ${lineno}, in ${frame.name}\n`;
  if (filename.length > 0 && filename.charCodeAt(0) === 0x3c && filename.charCodeAt(filename.length - 1) === 0x3e) {
    return out; // <string>, <stdin>, ...: not files
  }
  let line = readLine(filename, lineno);
  if (line === undefined) return out;
  if (line.endsWith('\n')) line = line.slice(0, -1);
  let stripped = 0;
  while (stripped < line.length && isIndentChar(line.charCodeAt(stripped))) stripped++;
  out += prefix + INDENT + line.slice(stripped) + '\n';
  const carets = caretLine(frame, line, stripped, cache);
  if (carets !== null) out += prefix + carets + '\n';
  return out;
}

/** What display_source_line_with_margin strips from the start of a line: space, tab, form feed. */
function isIndentChar(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0c;
}
