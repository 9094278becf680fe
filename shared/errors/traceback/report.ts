// What the traceback printer needs to know about an exception, as plain data.
//
// An engine builds these from its own exception objects when an exception
// escapes (sys.excepthook's default, PyErr_Display in CPython 3.11): every
// Python-level computation the printer would make (str(), the type's
// __module__, __notes__ items, the "Did you mean" suggestion) is done by the
// engine and handed over as strings, so the printer knows no object model.
// The same exception reached twice (through __cause__, __context__ or a
// group) must be the same ExceptionReport object: the printer follows chains
// by identity, as CPython does, which also ends reference cycles.

import type { PySyntaxError } from '../syntax-error.js';

/** One traceback entry: the frame's code and where its last instruction is. */
export interface FrameSummary {
  /** co_filename. */
  readonly filename: string;
  /** tb_lineno: the line shown in `File "...", line N`, and the one whose source is printed. */
  readonly lineno: number;
  /** co_name. */
  readonly name: string;
  /**
   * The instruction's position from the code object's location table
   * (co_positions()): lines, and columns as UTF-8 byte offsets into the
   * line. Any of them undefined (None) means no caret line. startLineno
   * defaults to lineno.
   */
  readonly startLineno?: number;
  readonly endLineno?: number;
  readonly colOffset?: number;
  readonly endColOffset?: number;
}

/** An exception as the printer sees it. */
export interface ExceptionReport {
  /** The type as printed: see exceptionTypeName() ("ValueError", "json.decoder.JSONDecodeError", "MyError"). */
  readonly typeName: string;
  /** str(exc); null when str() raised (printed as `<exception str() failed>`). */
  readonly message: string | null;
  /** The name of _Py_Offer_Suggestions (NameError, AttributeError, ImportError), printed as `. Did you mean: 'x'?`. */
  readonly suggestion?: string | null;
  /**
   * The items of __notes__ when it is a sequence (a str counts: one note per
   * character), each as str(item); null where str() raised. Undefined when the
   * exception has no __notes__.
   */
  readonly notes?: readonly (string | null)[];
  /** repr(__notes__) when __notes__ is not a sequence ("<__notes__ repr() failed>" when that raised). */
  readonly notesRepr?: string;
  /** The traceback, outermost frame first; empty when __traceback__ is None. */
  readonly frames: readonly FrameSummary[];
  readonly cause?: ExceptionReport | null;
  readonly context?: ExceptionReport | null;
  readonly suppressContext?: boolean;
  /**
   * The fields of a SyntaxError (or subclass) instance. With a lineno
   * (>= 0), the printer shows its `File` line, source text and carets, and
   * prints msg as the message; without one it prints `message` alone.
   */
  readonly syntaxError?: PySyntaxError;
  /** The members of a BaseExceptionGroup (present exactly when the exception is one). */
  readonly exceptions?: readonly ExceptionReport[];
}

/**
 * Line `lineno` (1-based) of file `filename` without its line end (a trailing
 * '\n' is dropped), or undefined when there is no such file or line. CPython
 * opens the file with its PEP 263 encoding and universal newlines, trying the
 * filename's last component under each sys.path entry when the name itself
 * does not open. Never asked for names like `<string>`.
 */
export type SourceLineReader = (filename: string, lineno: number) => string | undefined;

export interface FormatOptions {
  /** sys.tracebacklimit when it is set to an int (frames beyond it are cut from the top; <= 0 prints no traceback). */
  readonly tracebackLimit?: number;
}

/**
 * The type's name as print_exception_message writes it: `module.qualname`,
 * without the module for builtins and __main__; null (a __module__ or
 * __qualname__ that is not a str) prints as <unknown>.
 */
export function exceptionTypeName(module: string | null, qualname: string | null): string {
  const prefix = module === null ? '<unknown>.' : module === 'builtins' || module === '__main__' ? '' : `${module}.`;
  return prefix + (qualname ?? '<unknown>');
}
