// Checking the arguments of native functions, with the messages CPython's argument clinic gives.
//
// Natives receive (args, kwnames) as in types/native.ts. Most builtins take positional
// arguments only; `parseArgs` handles the general case of named parameters with defaults.

import type { PyValue } from './object.js';
import { raise } from './errors.js';
import { TypeError } from './types/exceptions.js';

/** Raises unless there are no keyword arguments: "f() takes no keyword arguments". */
export function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
}

/**
 * Checks a positional-only call: between min and max arguments, no keywords. Messages as
 * CPython's: "len() takes exactly one argument (2 given)", "f expected at most 2 arguments, got 3",
 * "f() takes at least 1 argument (0 given)", "f() takes no arguments (1 given)".
 */
export function checkPositional(name: string, args: readonly PyValue[], kwnames: readonly string[] | null, min: number, max: number = min): void {
  noKeywords(name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (max === 0) raise(TypeError, `${name}() takes no arguments (${n} given)`);
  if (min === max && min === 1) raise(TypeError, `${name}() takes exactly one argument (${n} given)`);
  if (min === max) raise(TypeError, `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n < min) raise(TypeError, `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  raise(TypeError, `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

export interface ParamSpec {
  /** Parameter names in order: positional-only, then positional-or-keyword, then keyword-only. */
  readonly names: readonly string[];
  /** How many leading parameters are required (past maxPositional: required keyword-only ones). */
  readonly required: number;
  /** How many may be given positionally (default: all). */
  readonly maxPositional?: number;
  /** How many leading parameters are positional-only (default 0). */
  readonly positionalOnly?: number;
}

/**
 * Binds (args, kwnames) to the named parameters: an array of values (undefined when not given).
 * Follows CPython 3.11's _PyArg_UnpackKeywords (the argument clinic), whose checks come in a
 * fixed order: too many arguments in all, too many or too few positional ones, a missing required
 * one, then one given by name and position, then an unknown keyword.
 */
export function parseArgs(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null, spec: ParamSpec): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const names = spec.names;
  const maxArgs = names.length;
  const maxPos = spec.maxPositional ?? maxArgs;
  const minPos = Math.min(spec.required, maxPos);
  const minKw = spec.required - minPos;
  const posOnly = spec.positionalOnly ?? 0;
  const out: (PyValue | undefined)[] = new Array(maxArgs).fill(undefined);
  for (let i = 0; i < npos && i < maxArgs; i++) out[i] = args[i];
  if (nkw === 0 && minKw === 0 && minPos <= npos && npos <= maxPos) return out;
  if (npos + nkw > maxArgs) {
    raise(TypeError, `${fname}() takes at most ${maxArgs} ${npos === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  if (npos > maxPos) {
    if (maxPos === 0) raise(TypeError, `${fname}() takes no positional arguments`);
    raise(TypeError, `${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  const minPosOnly = Math.min(posOnly, minPos);
  if (npos < minPosOnly) {
    raise(TypeError, `${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${minPosOnly === 1 ? '' : 's'} (${npos} given)`);
  }
  const reqLimit = minKw > 0 ? maxPos + minKw : minPos;
  let unbound = nkw;
  for (let i = Math.max(npos, posOnly); i < maxArgs; i++) {
    let value: PyValue | undefined;
    if (unbound > 0) {
      const k = kwnames!.indexOf(names[i]!);
      if (k >= 0) value = args[npos + k];
    } else if (i >= reqLimit) {
      break;
    }
    out[i] = value;
    if (value !== undefined) unbound--;
    else if (i < minPos || (maxPos <= i && i < reqLimit)) raise(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (unbound > 0) {
    for (let i = posOnly; i < npos; i++) {
      if (kwnames!.includes(names[i]!)) raise(TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const name of kwnames!) {
      if (names.indexOf(name) < posOnly) raise(TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}
