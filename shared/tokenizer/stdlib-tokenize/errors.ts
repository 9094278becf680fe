// The exceptions Lib/tokenize.py lets escape, as data its main() can format: TokenError
// ("EOF in multi-line string/statement" with a (line, column) pair), the IndentationError
// it raises itself (args ("<tokenize>", line, column, text)) and the SyntaxError of
// detect_encoding (a bare message). The UnicodeDecodeError of decoding a line is the
// codec kernel's PyUnicodeDecodeError (kernels/codecs.ts).

/** tokenize.TokenError: message plus the (line, column) tokenize.py attaches. */
export class TokenizeError extends Error {
  constructor(readonly msg: string, readonly position: readonly [number, number]) {
    super(msg);
  }
}

/** The IndentationError of an unmatched dedent; `column` is tokenize's pos, 0-based. */
export class PyIndentationError extends Error {
  constructor(readonly msg: string, readonly lineno: number, readonly column: number, readonly text: string) {
    super(msg);
  }
}

/** A SyntaxError built from a message alone, as detect_encoding raises; str() is the message. */
export class EncodingDeclarationError extends Error {
  constructor(readonly msg: string) {
    super(msg);
  }
}
