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
  /** Parameter names in order; a leading '*' marks keyword-only from there, a trailing '/' after a name positional-only up to it. */
  readonly names: readonly string[];
  /** How many leading parameters are required. */
  readonly required: number;
  /** How many may be given positionally (default: all). */
  readonly maxPositional?: number;
  /** How many leading parameters are positional-only (default 0). */
  readonly positionalOnly?: number;
}

/**
 * Binds (args, kwnames) to the named parameters: an array of values (undefined when not given).
 * Messages as CPython's for functions with keyword parameters.
 */
export function parseArgs(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null, spec: ParamSpec): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const maxPos = spec.maxPositional ?? spec.names.length;
  const out: (PyValue | undefined)[] = new Array(spec.names.length).fill(undefined);
  if (npos > maxPos) {
    if (maxPos === 0) raise(TypeError, `${fname}() takes no positional arguments`);
    const takes = spec.required < maxPos ? `at most ${maxPos}` : `${maxPos}`;
    raise(TypeError, `${fname}() takes ${takes} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const idx = spec.names.indexOf(name);
    if (idx < 0 || idx < (spec.positionalOnly ?? 0)) {
      if (idx >= 0) raise(TypeError, `${fname}() got some positional-only arguments passed as keyword arguments: '${name}'`);
      raise(TypeError, `${fname}() got an unexpected keyword argument '${name}'`);
    }
    if (out[idx] !== undefined) raise(TypeError, `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < spec.required; i++) {
    if (out[i] === undefined) {
      if (i < npos || i >= maxPos) raise(TypeError, `${fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
      raise(TypeError, `${fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}
