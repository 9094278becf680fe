// Source lines for tracebacks (CPython's linecache as the C printer uses it): the text of the
// program being run is known; other files are read from disk and decoded per PEP 263.

import { readFileSync } from 'node:fs';
import { decodeSource } from '../../../shared/tokenizer/source-decoding.js';

const cache = new Map<string, string[] | null>();

/** Registers the text of a file the engine compiled (the main script, modules). */
export function rememberSource(filename: string, bytes: Uint8Array): void {
  try {
    cache.set(filename, splitLines(decodeSource(bytes).text));
  } catch {
    cache.set(filename, null);
  }
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function getSourceLine(filename: string, lineno: number): string | undefined {
  if (filename.startsWith('<') && filename.endsWith('>')) return undefined;
  let lines = cache.get(filename);
  if (lines === undefined) {
    try {
      lines = splitLines(decodeSource(readFileSync(filename)).text);
    } catch {
      lines = null;
    }
    cache.set(filename, lines);
  }
  if (lines === null || lineno < 1 || lineno > lines.length) return undefined;
  return lines[lineno - 1];
}

/**
 * The bytes of the file `filename` names, as CPython's err_programtext reads them for the line a
 * compile-time SyntaxError quotes (compile(), exec() and eval() of a str included), or null when
 * there is no such file ('<string>', '<stdin>').
 */
export function programTextOf(filename: string): Uint8Array | null {
  try {
    return readFileSync(filename);
  } catch {
    return null;
  }
}
