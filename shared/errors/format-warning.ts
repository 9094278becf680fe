// Prints warnings raised while compiling, as CPython 3.11's warnings machinery does
// with its default filters.
//
// The tokenizer and the string parser warn through PyErr_WarnExplicitObject with
// the compiled file's name and line, no module and no registry. So the filters see
// the module name made from the file name (a trailing ".py" dropped), and nothing
// remembers a warning: the same message at the same line prints every time it is
// issued. Of the default filters, only `default::DeprecationWarning:__main__` and
// `ignore::DeprecationWarning` concern the front end: a DeprecationWarning
// ("invalid escape sequence") prints only for a file whose name is exactly
// "__main__.py", a SyntaxWarning always. The text is warnings.formatwarning's
// `FILE:LINE: Category: message`, followed by the source line, stripped, when
// linecache can read it from the file: it decodes the whole file the way
// tokenize.open does (BOM and coding cookie, strict decoding, universal newlines)
// and has no line for a name like "<stdin>" or a file it cannot decode.

import { lookupDecoder, PyUnicodeDecodeError } from '../kernels/codecs.js';
import { detectEncoding, splitLines } from '../tokenizer/stdlib-tokenize/detect-encoding.js';
import { EncodingDeclarationError } from '../tokenizer/stdlib-tokenize/errors.js';
import { pyStrip } from '../tokenizer/stdlib-tokenize/py-text.js';

export type CompileWarningCategory = 'SyntaxWarning' | 'DeprecationWarning';

/** A warning issued while compiling `filename`, at line `lineno`. */
export interface CompileWarning {
  category: CompileWarningCategory;
  message: string;
  lineno: number;
}

/**
 * The module name warn_explicit derives from a file name when it is given none
 * (Python/_warnings.c normalize_module): the name without a final ".py".
 */
function moduleFromFilename(filename: string): string {
  if (filename === '') return '<unknown>';
  return filename.endsWith('.py') ? filename.slice(0, -3) : filename;
}

/** Do the default warning filters let this warning through (action "default")? */
export function shownByDefault(category: CompileWarningCategory, filename: string): boolean {
  if (category === 'DeprecationWarning') return moduleFromFilename(filename) === '__main__';
  return true;
}

/**
 * The lines linecache.getline would give for a file holding `bytes`: decoded as
 * tokenize.open decodes (detect_encoding, then the whole file strictly), split with
 * universal newlines. Null when that fails (linecache then has no lines).
 */
export function linecacheLines(bytes: Uint8Array): string[] | null {
  let text: string;
  try {
    const encoding = detectEncoding(splitLines(bytes), null).encoding;
    const decode = lookupDecoder(encoding);
    if (decode === null) return null;
    text = decode(bytes);
  } catch (e) {
    if (e instanceof EncodingDeclarationError || e instanceof PyUnicodeDecodeError) return null;
    throw e;
  }
  const lines = text.split(/\r\n?|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Is `filename` one linecache never reads ('' or a name like "<stdin>")? */
function isPseudoFilename(filename: string): boolean {
  return filename === '' || (filename.startsWith('<') && filename.endsWith('>'));
}

/**
 * What stderr receives for the warnings of one compilation of `filename`.
 * `source` is the file's content as linecache would read it, or null when there
 * is no file to read (stdin).
 */
export function formatCompileWarnings(
  warnings: readonly CompileWarning[], filename: string, source: Uint8Array | null,
): string {
  let out = '';
  let lines: string[] | null | undefined;
  for (const w of warnings) {
    if (!shownByDefault(w.category, filename)) continue;
    out += `${filename}:${w.lineno}: ${w.category}: ${w.message}\n`;
    if (lines === undefined) lines = source === null || isPseudoFilename(filename) ? null : linecacheLines(source);
    // A line linecache has is never empty (it keeps its newline), so even a blank one prints.
    if (lines !== null && w.lineno >= 1 && w.lineno <= lines.length) out += `  ${pyStrip(lines[w.lineno - 1])}\n`;
  }
  return out;
}
