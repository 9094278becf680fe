// The text CPython 3.11 writes to stderr for an uncaught exception: the
// printer behind sys.__excepthook__ (PyErr_Display → print_exception_recursive
// in Python/pythonrun.c), over plain data.
//
// For each exception, first what led to it: its __cause__, or else (unless
// __suppress_context__) its __context__, each printed in full and followed by
// "The above exception was the direct cause..." or "During handling of the
// above exception...". An exception already printed is not followed again
// (which also ends cycles); when the cause was already printed, the context
// is not looked at either. Then the exception itself: traceback, the File
// line and source of a SyntaxError, `Type: message` (with the "Did you mean"
// suggestion), then the __notes__. An exception group then prints its members
// in boxes (`+-+---- 1 ----`, `| ` margins, 15 members at most, 10 levels at
// most); the box is closed once, by the innermost group that ends last.

import { formatExceptionLine, formatSyntaxError } from '../format-syntax-error.js';
import type { AnchorCache } from './caret-anchors.js';
import type { ExceptionReport, FormatOptions, SourceLineReader } from './report.js';
import {
  DEFAULT_TRACEBACK_LIMIT, formatFrames, GROUP_TRACEBACK_HEADER, TRACEBACK_HEADER,
} from './format-frames.js';

const CAUSE_MESSAGE = 'The above exception was the direct cause of the following exception:\n';
const CONTEXT_MESSAGE = 'During handling of the above exception, another exception occurred:\n';
/** PyErr_MAX_GROUP_WIDTH and PyErr_MAX_GROUP_DEPTH. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** Python's str.splitlines(keepends=True) boundaries, the last one kept with its line. */
const LINE_WITH_END = /[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])?/gy;

/** The whole report for `report`, as CPython 3.11 prints it for an uncaught exception. */
export function formatException(
  report: ExceptionReport,
  getSourceLine: SourceLineReader,
  options: FormatOptions = {},
): string {
  const printer = new Printer(getSourceLine, options.tracebackLimit ?? DEFAULT_TRACEBACK_LIMIT);
  printer.printRecursive(report);
  return printer.out;
}

/**
 * What the default sys.unraisablehook prints under its "Exception ignored in" line
 * (write_unraisable_exc_file): the exception's own traceback (PyTraceBack_Print),
 * then `Type: message` — no chained exceptions, notes, suggestions or group members,
 * and the ": " even when the message is empty.
 */
export function formatUnraisable(
  report: ExceptionReport,
  getSourceLine: SourceLineReader,
  options: FormatOptions = {},
): string {
  let out = '';
  if (report.frames.length > 0) {
    const limit = options.tracebackLimit ?? DEFAULT_TRACEBACK_LIMIT;
    out = formatFrames(report.frames, getSourceLine, '', '', TRACEBACK_HEADER, limit, new Map());
  }
  return `${out}${report.typeName}: ${report.message ?? '<exception str() failed>'}\n`;
}

/** exception_print_context: the output so far and the state of the group boxes. */
class Printer {
  out = '';
  private groupDepth = 0;
  private needClose = false;
  private readonly seen = new Set<ExceptionReport>();
  private readonly anchors: AnchorCache = new Map();

  constructor(private readonly readLine: SourceLineReader, private readonly limit: number) {}

  /** `  ` per group level and `| ` inside a group (EXC_INDENT, EXC_MARGIN). */
  private margin(): string {
    return this.groupDepth === 0 ? '' : ' '.repeat(2 * this.groupDepth) + '| ';
  }

  printRecursive(exc: ExceptionReport): void {
    this.printCauseAndContext(exc);
    if (exc.exceptions === undefined) this.printException(exc);
    else this.printGroup(exc, exc.exceptions);
  }

  private printCauseAndContext(exc: ExceptionReport): void {
    this.seen.add(exc);
    const cause = exc.cause ?? null;
    if (cause !== null) {
      if (!this.seen.has(cause)) this.printChained(cause, CAUSE_MESSAGE);
      return;
    }
    if (exc.suppressContext === true) return;
    const context = exc.context ?? null;
    if (context !== null && !this.seen.has(context)) this.printChained(context, CONTEXT_MESSAGE);
  }

  private printChained(exc: ExceptionReport, message: string): void {
    const needClose = this.needClose;
    this.printRecursive(exc);
    this.needClose = needClose;
    const margin = this.margin();
    this.out += `${margin}\n${margin}${message}${margin}\n`;
  }

  /** print_exception: traceback, SyntaxError location, message line, notes. */
  private printException(exc: ExceptionReport): void {
    const margin = this.margin();
    if (exc.frames.length > 0) {
      const isGroup = exc.exceptions !== undefined;
      const indent = ' '.repeat(2 * this.groupDepth);
      const headerMargin = isGroup && this.groupDepth === 1 ? indent + '+ ' : margin;
      const header = isGroup ? GROUP_TRACEBACK_HEADER : TRACEBACK_HEADER;
      this.out += formatFrames(exc.frames, this.readLine, margin, headerMargin, header, this.limit, this.anchors);
    }
    let message = exc.message;
    const syntax = exc.syntaxError;
    if (syntax !== undefined && syntax.lineno >= 0) {
      // Only the File line gets the margin; print_error_text writes the source and carets bare.
      const block = formatSyntaxError(syntax);
      this.out += margin + block.slice(0, block.length - formatExceptionLine(syntax.kind, syntax.msg).length);
      message = syntax.msg;
    }
    let line = margin + exc.typeName;
    if (message === null) line += ': <exception str() failed>';
    else if (message !== '') line += ': ' + message;
    const suggestion = exc.suggestion ?? null;
    if (suggestion !== null) line += `. Did you mean: '${suggestion}'?`;
    this.out += line + '\n';
    this.printNotes(exc, margin);
  }

  /** print_exception_notes: every line of every note behind the margin, a newline after each note. */
  private printNotes(exc: ExceptionReport, margin: string): void {
    if (exc.notesRepr !== undefined) {
      this.out += margin + exc.notesRepr; // CPython writes no newline after it
      return;
    }
    if (exc.notes === undefined) return;
    for (const note of exc.notes) {
      const text = note ?? '<note str() failed>';
      LINE_WITH_END.lastIndex = 0;
      while (LINE_WITH_END.lastIndex < text.length) {
        const m = LINE_WITH_END.exec(text)!;
        this.out += margin + m[0];
      }
      this.out += '\n';
    }
  }

  /** print_exception_group. */
  private printGroup(exc: ExceptionReport, members: readonly ExceptionReport[]): void {
    if (this.groupDepth > MAX_GROUP_DEPTH) {
      this.out += `${this.margin()}... (max_group_depth is ${MAX_GROUP_DEPTH})\n`;
      return;
    }
    if (this.groupDepth === 0) this.groupDepth = 1;
    this.printException(exc);
    const shown = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
    this.needClose = false;
    for (let i = 0; i < shown; i++) {
      const last = i === shown - 1;
      // The closing line may be written by a nested group that ends last.
      if (last) this.needClose = true;
      const truncated = i >= MAX_GROUP_WIDTH;
      const label = truncated ? '...' : String(i + 1);
      this.out += `${' '.repeat(2 * this.groupDepth)}${i === 0 ? '+-' : '  '}+---------------- ${label} ----------------\n`;
      this.groupDepth++;
      if (!truncated) {
        this.printRecursive(members[i]!);
      } else {
        const remaining = members.length - MAX_GROUP_WIDTH;
        this.out += `${this.margin()}and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`;
      }
      if (last && this.needClose) {
        this.out += `${' '.repeat(2 * this.groupDepth)}+------------------------------------\n`;
        this.needClose = false;
      }
      this.groupDepth--;
    }
    if (this.groupDepth === 1) this.groupDepth = 0;
  }
}
