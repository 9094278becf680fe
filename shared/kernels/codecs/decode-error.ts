// Python's UnicodeDecodeError as data: the codec's own name for itself ('utf-8',
// 'charmap', 'euc_jp'...), the bytes it was given, the failing byte range and the reason.
// Its message is str() of the Python exception, which both the PEP 263 source decoder
// (as a SyntaxError text) and tokenize.py's main() (in its traceback) print verbatim.

/** UnicodeDecodeError: codec name, the object's bytes, the failing range [start, end) and the reason. */
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
