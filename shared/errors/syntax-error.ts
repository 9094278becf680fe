// The SyntaxError family raised by the front end, as positioned data.
//
// The tokenizer, parser and (later) the symtable throw PySyntaxError. It holds
// exactly what CPython's SyntaxError holds (msg, filename, lineno, offset,
// text, end_lineno, end_offset) so that `pyw` can print it the way CPython's
// traceback module does, and so that engines can turn it into a Python
// exception object. Offsets are 1-based character offsets into `text`, as in
// CPython's exception object (not UTF-8 byte offsets).

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly lineno: number,
    /** 1-based character offset of the start of the error in `text`; 0 when unknown. */
    readonly offset: number,
    /** The source line (with its newline), or null when CPython has none to show. */
    readonly text: string | null,
    readonly endLineno: number = lineno,
    /** 1-based character offset of the end of the error; 0 when unknown. */
    readonly endOffset: number = 0,
    public filename: string = '<unknown>',
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}
