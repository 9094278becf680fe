// Compile-time warnings (SyntaxWarning, DeprecationWarning for invalid escapes) printed as
// CPython 3.11 prints them when it compiles the main script, an imported module, or a string
// given to exec/eval/compile: through the warnings module's default filters and format
// ("FILE:LINE: Category: message", then the source line when linecache can read it), on
// sys.stderr. The compiler only collects them (CompileOptions.warnings).

import type { CompileWarning } from '../../../shared/errors/format-warning.js';
import { formatCompileWarnings } from '../../../shared/errors/format-warning.js';
import { interp } from '../../boxed/interpreter-state.js';
import { writeTo } from '../../boxed/modules/builtins-core.js';
import { None } from '../../boxed/types/singletons.js';

/**
 * Writes the warnings of one compilation of `filename` to sys.stderr. `source` is the file's
 * bytes for the source line shown under each warning, or null when linecache has no file
 * (a string compiled by exec/eval/compile).
 */
export function reportCompileWarnings(warnings: readonly CompileWarning[], filename: string, source: Uint8Array | null): void {
  if (warnings.length === 0) return;
  const text = formatCompileWarnings(warnings, filename, source);
  if (text === '') return;
  const stderr = interp.sys?.ns.getStr('stderr');
  if (stderr === undefined || stderr === None) return;
  writeTo(stderr, text);
}
