// The source line CPython quotes in a SyntaxError raised after parsing.
//
// The symbol table, the `__future__` scan and the compiler do not keep the
// source: they locate an error by file name and line, and CPython reads that
// line back from the file (pythonrun's err_programtext). It reads with a
// 1000-byte buffer and universal newlines, so a line longer than 999 bytes is
// quoted by its last 999-byte piece only, and decodes the piece as strict UTF-8:
// a line that is not valid UTF-8 (a Latin-1 file, a piece cutting a character)
// is quoted as None. A last line without a newline whose length is a multiple
// of 999 bytes is not found at all. A UTF-8 BOM stays in line 1's text.

import { PySyntaxError } from './syntax-error.js';

/** fgets' buffer is 1000 bytes: each read takes at most 999 bytes. */
const READ_CHUNK = 999;
const LF = 0x0a;
const CR = 0x0d;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes of line `lineno` (1-based) after universal-newline translation, with its '\n' if any. */
function lineBytes(bytes: Uint8Array, lineno: number): Uint8Array | null {
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== LF && bytes[i] !== CR) continue;
    if (line === lineno) return Uint8Array.from([...bytes.subarray(start, i), LF]);
    if (bytes[i] === CR && bytes[i + 1] === LF) i++;
    line++;
    start = i + 1;
  }
  return line === lineno && start < bytes.length ? bytes.subarray(start) : null;
}

/** What err_programtext returns for line `lineno` of a file holding `bytes`. */
export function programTextLine(bytes: Uint8Array, lineno: number): string | null {
  if (lineno < 1) return null;
  const line = lineBytes(bytes, lineno);
  if (line === null) return null;
  const endsWithNewline = line[line.length - 1] === LF;
  // A read of a full 999-byte piece not ending in '\n' is followed by another read; the
  // buffer keeps only the last piece, and hitting end of file there loses the line.
  if (!endsWithNewline && line.length % READ_CHUNK === 0) return null;
  const lastStart = READ_CHUNK * Math.floor((endsWithNewline ? line.length - 1 : line.length) / READ_CHUNK);
  try {
    return strictUtf8.decode(line.subarray(lastStart));
  } catch {
    return null;
  }
}

/** `err` with its text replaced by the line CPython reads back from the file holding `bytes`. */
export function withProgramText(err: PySyntaxError, bytes: Uint8Array): PySyntaxError {
  const text = programTextLine(bytes, err.lineno);
  const copy = new PySyntaxError(err.kind, err.msg, err.lineno, err.offset, text, err.endLineno, err.endOffset, err.filename);
  copy.stack = err.stack;
  return copy;
}
