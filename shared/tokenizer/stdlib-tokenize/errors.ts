// The exceptions Lib/tokenize.py lets escape, as data its main() can format: TokenError
// ("EOF in multi-line string/statement" with a (line, column) pair), the IndentationError
// it raises itself (args ("<tokenize>", line, column, text)), the SyntaxError of
// detect_encoding (a bare message), and the UnicodeDecodeError of decoding a line.

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

/** UnicodeDecodeError: codec name, the object's bytes, the failing range and the reason. */
export class PyUnicodeDecodeError extends Error {
  constructor(
    readonly encoding: string,
    readonly object: Uint8Array,
    readonly start: number,
    readonly end: number,
    readonly reason: string,
  ) {
    super(unicodeDecodeErrorText(encoding, object, start, end, reason));
  }
}

/** `str(UnicodeDecodeError)`: one byte is shown in hex, a longer range by its positions. */
function unicodeDecodeErrorText(encoding: string, object: Uint8Array, start: number, end: number, reason: string): string {
  if (start < object.length && end === start + 1) {
    const byte = object[start].toString(16).padStart(2, '0');
    return `'${encoding}' codec can't decode byte 0x${byte} in position ${start}: ${reason}`;
  }
  return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
}
