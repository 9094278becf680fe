// LOAD_GLOBAL's per-instruction cache: CPython 3.11's LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN.
//
// CPython keys the cache by the dicts' keys versions; ours are PyDict.version, which changes
// whenever an entry is inserted or deleted (an overwrite keeps positions, so the cached position
// still holds the current value). A hit — checked inline in eval.ts's LOAD_GLOBAL — is then two
// identity/version checks and an array read, with no hashing. A builtin hit also needs the
// globals unchanged (the name still absent there).

import type { PyValue } from '../../boxed/object.js';
import type { PyDict } from '../../boxed/types/dict.js';

export class GlobalCache {
  /** The globals dict the entry was made for (frames of one code may run with other globals). */
  readonly globals: (PyDict | undefined)[];
  readonly builtins: (PyDict | undefined)[];
  readonly gver: Float64Array;
  readonly bver: Float64Array;
  /** Entry position in globals (>= 0) or ~position in builtins (< 0). */
  readonly index: Int32Array;

  constructor(size: number) {
    this.globals = new Array(size).fill(undefined);
    this.builtins = new Array(size).fill(undefined);
    this.gver = new Float64Array(size);
    this.bver = new Float64Array(size);
    this.index = new Int32Array(size);
  }
}

/** Looks `name` up in globals then builtins (borrowed; undefined when in neither), filling the cache. */
export function lookupGlobal(c: GlobalCache, unit: number, globals: PyDict, builtins: PyDict, name: string): PyValue | undefined {
  let i = globals.findStr(name);
  if (i >= 0) {
    c.globals[unit] = globals;
    c.gver[unit] = globals.version;
    c.index[unit] = i;
    return globals.values[i];
  }
  i = builtins.findStr(name);
  if (i < 0) return undefined;
  c.globals[unit] = globals;
  c.gver[unit] = globals.version;
  c.builtins[unit] = builtins;
  c.bver[unit] = builtins.version;
  c.index[unit] = ~i;
  return builtins.values[i];
}
