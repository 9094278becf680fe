// Prints a SyntaxError the two ways CPython 3.11 does.
//
// formatSyntaxError: the interpreter's own printer (PyErr_Display →
// print_exception in Python/pythonrun.c), which writes the last block of the
// traceback when `python3 FILE` or `python3 -m ast FILE` dies of a
// SyntaxError. It works on the UTF-8 bytes of the source line: leading
// spaces, tabs and form feeds are stripped, the caret column is the offset
// (taken as is, whatever unit it is in) minus what was stripped, clipped to
// the line's byte length, and the caret count is end_offset - offset. Only an
// exact SyntaxError uses its end position; IndentationError and TabError get
// a single caret. An empty message prints as the bare type name.
//
// formatSyntaxErrorTraceback: Lib/traceback.py's format_exception_only(),
// used by code that catches and prints the error itself. It works on code
// points, strips only spaces, newlines and form feeds (a tab stays in the
// printed line and is copied into the caret indentation), and prints
// '<no detail available>' for an empty message.
//
// A PySyntaxError with a negative lineno stands for CPython's lineno None
// (e.g. "source code string cannot contain null bytes"): both printers then
// write only the final `SyntaxError: msg` line. Line 0 is a real line number
// (CPython reports encoding errors on line 0). Offsets of 0 behave like None
// in both printers.

import { PySyntaxError } from './syntax-error.js';

const NEWLINE = 0x0a;

/** Code points for which Python's str.isspace() is true. */
const PY_WHITESPACE: ReadonlySet<number> = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680,
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Bytes print_error_text strips from the start of the line. */
function isCLeadingSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0c;
}

/** The last line of any uncaught exception: `Type: message`, or `Type` alone when the message is empty. */
export function formatExceptionLine(typeName: string, message: string): string {
  return message === '' ? `${typeName}\n` : `${typeName}: ${message}\n`;
}

/** What the interpreter prints for an uncaught SyntaxError (after the traceback frames). */
export function formatSyntaxError(err: PySyntaxError): string {
  if (err.lineno < 0) return formatExceptionLine(err.kind, err.msg);
  let out = `  File "${err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) {
    const bytes = new TextEncoder().encode(err.text);
    // Only an exact SyntaxError reports its end position to the printer.
    const exact = err.kind === 'SyntaxError';
    let endOffset = exact ? err.endOffset : -1;
    // An error spanning lines is underlined to the end of its first line.
    if (exact && err.endLineno > err.lineno) endOffset = bytes.length;
    if (endOffset > bytes.length + 1) endOffset = bytes.length + 1;
    out += errorTextLines(bytes, err.offset, endOffset);
  }
  return out + formatExceptionLine(err.kind, err.msg);
}

/** The source line and caret line, as pythonrun.c's print_error_text writes them. */
function errorTextLines(bytes: Uint8Array, offset: number, endOffset: number): string {
  const carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let column = offset - 1; // 0-based from here on
  let start = 0;
  while (start < bytes.length && isCLeadingSpace(bytes[start])) {
    start++;
    column--;
  }
  let length = bytes.length - start;
  if (length > 0 && bytes[bytes.length - 1] === NEWLINE) length--;
  if (column > length) column = length;
  // When the text holds several lines, show the one the column falls in.
  for (;;) {
    const nl = bytes.indexOf(NEWLINE, start);
    if (nl < 0 || nl - start >= column) break;
    const skipped = nl - start + 1;
    start += skipped;
    length -= skipped;
    column -= skipped;
  }
  let out = '    ' + new TextDecoder().decode(bytes.subarray(start));
  if (bytes[start + length] !== NEWLINE) out += '\n';
  if (column < 0) return out;
  return out + '    ' + ' '.repeat(column) + '^'.repeat(carets) + '\n';
}

/** traceback.format_exception_only() of a SyntaxError, joined into one string. */
export function formatSyntaxErrorTraceback(err: PySyntaxError): string {
  const msg = err.msg === '' ? '<no detail available>' : err.msg;
  if (err.lineno < 0) return `${err.kind}: ${msg}\n`;
  let out = `  File "${err.filename === '' ? '<string>' : err.filename}", line ${err.lineno}\n`;
  if (err.text !== null) out += tracebackTextLines(err.text, err.offset, err.endOffset);
  return out + `${err.kind}: ${msg}\n`;
}

/** The source line and caret line, as traceback.py's _format_syntax_error writes them. */
function tracebackTextLines(text: string, offset: number, endOffset: number): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === NEWLINE) end--;
  let start = 0;
  while (start < end && isTracebackLeadingSpace(text.charCodeAt(start))) start++;
  const line = text.slice(start, end);
  let out = `    ${line}\n`;
  // Offsets count code points; `start` stripped only BMP characters, so it counts them too.
  let last = endOffset === 0 ? offset : endOffset;
  if (offset === last || last === -1) last = offset + 1;
  const column = offset - 1 - start;
  const endColumn = last - 1 - start;
  if (offset === 0 || column < 0) return out;
  out += '    ' + caretIndent(line, column) + '^'.repeat(Math.max(0, endColumn - column)) + '\n';
  return out;
}

function isTracebackLeadingSpace(ch: number): boolean {
  return ch === 0x20 || ch === NEWLINE || ch === 0x0c;
}

/** The first `count` code points of `line`, whitespace kept and everything else made a space. */
function caretIndent(line: string, count: number): string {
  let out = '';
  let i = 0;
  for (let n = 0; n < count && i < line.length; n++) {
    const cp = line.codePointAt(i)!;
    out += PY_WHITESPACE.has(cp) ? String.fromCodePoint(cp) : ' ';
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/**
 * The final block the interpreter prints for an uncaught front-end error, or
 * null for an error that is not a Python exception. A PySyntaxError prints as
 * above; any other error that carries a Python type name in `pyType` (e.g. the
 * ValueError of an over-long int repr) prints as `pyType: message`.
 */
export function formatUncaughtError(err: unknown): string | null {
  if (err instanceof PySyntaxError) return formatSyntaxError(err);
  if (!(err instanceof Error)) return null;
  const pyType: unknown = (err as Error & { pyType?: unknown }).pyType;
  return typeof pyType === 'string' ? formatExceptionLine(pyType, err.message) : null;
}
