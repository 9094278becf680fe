// The `__future__` scan (CPython's Python/future.c): which features a module
// turns on, and the SyntaxErrors of misplaced or unknown future imports.
//
// Only `from __future__ import ...` statements at the very start of a module
// (after an optional docstring) count; the scan stops at the first other
// statement, except that statements on that same line are still examined, so
// `import os; from __future__ import x` is caught here. A future import on a
// later line is left to the compiler, which reports it with its own position.

import type { Mod, Stmt } from '../../ast/nodes.js';
import { PyStrCodePoints } from '../../ast/nodes.js';
import { type ErrorSite, pointError } from './errors.js';
import { FutureFeature } from './flags.js';

/** What the scan found: the feature bits and the line of the last future import (-1: none). */
export interface FutureFlags {
  features: number;
  lineno: number;
}

/** Every feature name 3.11 accepts, with the code flag it turns on (0: accepted, nothing to do). */
const FEATURES: ReadonlyMap<string, number> = new Map([
  ['nested_scopes', 0],
  ['generators', 0],
  ['division', 0],
  ['absolute_import', 0],
  ['with_statement', 0],
  ['print_function', 0],
  ['unicode_literals', 0],
  ['barry_as_FLUFL', FutureFeature.BARRY_AS_BDFL],
  ['generator_stop', 0],
  ['annotations', FutureFeature.ANNOTATIONS],
]);

/** The feature whose import answers "not a chance". */
const BRACES = 'braces';

/**
 * Scans a module's future imports (_PyFuture_FromAST). `inherited` are feature
 * bits the caller already has (compile()'s flags); they are kept.
 */
export function scanFuture(mod: Mod, site: ErrorSite, inherited = 0): FutureFlags {
  const future: FutureFlags = { features: inherited, lineno: -1 };
  if (mod._type !== 'Module' && mod._type !== 'Interactive') return future;
  const body = mod.body;
  let done = false;
  let prevLine = 0;
  for (let i = hasDocstring(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (isFutureImport(s)) {
      if (done) throw pointError(site, 'futureLate', s.lineno, s.col_offset);
      checkFeatures(future, s, site);
      future.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return future;
}

/** A statement `from __future__ import ...`; like CPython, the level is not looked at (`from .__future__` counts). */
export function isFutureImport(s: Stmt): s is Extract<Stmt, { _type: 'ImportFrom' }> {
  return s._type === 'ImportFrom' && s.module === '__future__';
}

function checkFeatures(future: FutureFlags, s: Extract<Stmt, { _type: 'ImportFrom' }>, site: ErrorSite): void {
  for (const alias of s.names) {
    const bit = FEATURES.get(alias.name);
    if (bit !== undefined) {
      future.features |= bit;
    } else if (alias.name === BRACES) {
      throw pointError(site, 'futureNotAChance', s.lineno, s.col_offset + 1);
    } else {
      throw pointError(site, 'futureUndefined', s.lineno, s.col_offset + 1, alias.name);
    }
  }
}

/** A body starting with a string-constant expression statement (_PyAST_GetDocString). */
export function hasDocstring(body: readonly Stmt[]): boolean {
  const first = body[0];
  if (first === undefined || first._type !== 'Expr' || first.value._type !== 'Constant') return false;
  const value = first.value.value;
  return typeof value === 'string' || value instanceof PyStrCodePoints;
}
