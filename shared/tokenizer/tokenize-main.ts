// `python3 -m tokenize [-e] [FILE]` as a function: tokenize.py's main() with its output
// format ('%-20s%-15s%-15r': position range, token name, repr of the token text) and every
// exit path — TokenError and IndentationError as `file:line:col: error: msg`, the
// SyntaxError of detect_encoding as `file: error: msg`, and a line that fails to decode as
// "unexpected error" plus the traceback Python prints (reduced to its last line, as
// runAstMain reduces its tracebacks, unless the caller names tokenize.py's path). With a
// file, main() builds the whole token list before printing, so an error leaves stdout
// empty; from stdin it reads text (UTF-8 with surrogateescape, no ENCODING token) and
// prints tokens as they come.

import { TOK_NAME } from './tokens.js';
import { exactType, generateTokens, tokenizeBytes, type TokenInfo } from './stdlib-tokenize.js';
import { EncodingDeclarationError, PyIndentationError, TokenizeError } from './stdlib-tokenize/errors.js';
import { decodeUtf8Escaped, PyUnicodeDecodeError } from '../kernels/codecs.js';
import { padRight } from './stdlib-tokenize/py-text.js';
import { strRepr } from '../kernels/repr/str-repr.js';

export interface TokenizeMainOptions {
  /** `-e`: print the exact operator names instead of OP. */
  exact: boolean;
  /** The source came from stdin (filename is then "<stdin>"). */
  stdin?: boolean;
  /**
   * Where tokenize.py lives, for the full traceback of a decode error (CPython's own path).
   * Without it the traceback's frames, which name the reference machine's paths, are left
   * out and only its last line is printed, as regenerate-golden.py reduces python3's stderr.
   */
  tokenizeModulePath?: string;
}

export interface TokenizeMainResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** One output line: `"%-20s%-15s%-15r" % (range, name, string)`. */
export function formatToken(token: TokenInfo, exact: boolean): string {
  const type = exact ? exactType(token) : token.type;
  // The range and the name are ASCII, so their UTF-16 length is their Python length.
  const range = `${token.start[0]},${token.start[1]}-${token.end[0]},${token.end[1]}:`;
  const name = TOK_NAME[type];
  return (
    (range.length < 20 ? range + ' '.repeat(20 - range.length) : range) +
    (name.length < 15 ? name + ' '.repeat(15 - name.length) : name) +
    padRight(strRepr(token.string), 15)
  );
}

/**
 * The stdout, stderr and exit status of `python3 -m tokenize [-e] filename` on these bytes.
 * File mode prints nothing when tokenizing fails; formatting each token at once and
 * dropping the text on failure has that effect without keeping the token list.
 */
export function runTokenizeMain(source: Uint8Array, filename: string, opts: TokenizeMainOptions): TokenizeMainResult {
  let stdout = '';
  try {
    const tokens = opts.stdin ? generateTokens(decodeUtf8Escaped(source).text) : tokenizeBytes(source, filename);
    for (const token of tokens) stdout += formatToken(token, opts.exact) + '\n';
  } catch (err) {
    return { stdout: opts.stdin ? stdout : '', ...errorOutput(err, filename, opts) };
  }
  return { stdout, stderr: '', exitCode: 0 };
}

/** main()'s except clauses, in order. */
function errorOutput(err: unknown, filename: string, opts: TokenizeMainOptions): { stderr: string; exitCode: number } {
  if (err instanceof PyIndentationError) return located(filename, err.lineno, err.column, err.msg);
  if (err instanceof TokenizeError) return located(filename, err.position[0], err.position[1], err.msg);
  if (err instanceof EncodingDeclarationError) return { stderr: `${filename}: error: ${err.msg}\n`, exitCode: 1 };
  if (err instanceof PyUnicodeDecodeError) {
    const path = opts.tokenizeModulePath;
    const traceback = path === undefined ? `UnicodeDecodeError: ${err.message}\n` : decodeTraceback(err, path);
    const stderr = `unexpected error: ${err.message}\n` + traceback;
    return { stderr, exitCode: 1 };
  }
  throw err;
}

function located(filename: string, line: number, column: number, msg: string): { stderr: string; exitCode: number } {
  return { stderr: `${filename}:${line}:${column}: error: ${msg}\n`, exitCode: 1 };
}

/**
 * The traceback CPython 3.11.7 prints when main() re-raises the UnicodeDecodeError of
 * `line.decode(encoding)` (the line numbers are those of its Lib/tokenize.py).
 */
function decodeTraceback(err: PyUnicodeDecodeError, tokenizePath: string): string {
  return [
    'Traceback (most recent call last):',
    '  File "<frozen runpy>", line 198, in _run_module_as_main',
    '  File "<frozen runpy>", line 88, in _run_code',
    `  File "${tokenizePath}", line 694, in <module>`,
    '    main()',
    `  File "${tokenizePath}", line 656, in main`,
    '    tokens = list(tokenize(f.readline))',
    '             ^^^^^^^^^^^^^^^^^^^^^^^^^^',
    `  File "${tokenizePath}", line 459, in _tokenize`,
    '    line = line.decode(encoding)',
    '           ^^^^^^^^^^^^^^^^^^^^^',
    `UnicodeDecodeError: ${err.message}`,
    '',
  ].join('\n');
}

/** errno and strerror text for the Node error codes a file read can give. */
const OS_ERRORS: ReadonlyMap<string, readonly [number, string]> = new Map([
  ['ENOENT', [2, 'No such file or directory']],
  ['EACCES', [13, 'Permission denied']],
  ['EISDIR', [21, 'Is a directory']],
  ['ENOTDIR', [20, 'Not a directory']],
  ['ELOOP', [40, 'Too many levels of symbolic links']],
  ['ENAMETOOLONG', [36, 'File name too long']],
]);

/**
 * main()'s OSError path, for a file that cannot be opened: `error: [Errno N] text: 'name'`.
 * `code` is the Node error code (ENOENT...); returns null for codes not in the table.
 */
export function osErrorResult(code: string, filename: string): TokenizeMainResult | null {
  const known = OS_ERRORS.get(code);
  if (known === undefined) return null;
  return { stdout: '', stderr: `error: [Errno ${known[0]}] ${known[1]}: ${strRepr(filename)}\n`, exitCode: 1 };
}
