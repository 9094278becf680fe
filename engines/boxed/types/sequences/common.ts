// Small helpers the sequence types share: finishing instances of heap subclasses (list, tuple
// subclasses made by `class` statements get a __dict__ and own a reference to their class), and
// CPython's index helpers (normalising a negative index, the clamped slice-style index that
// list.index/tuple.index take for start/stop).

import { incref, type PyValue, type PyObject } from '../../object.js';
import { raise } from '../../errors.js';
import { dictType, objectType } from '../../builtin-types.js';
import { TypeFlag, type PyType } from '../../type.js';
import { PyDict } from '../dict.js';
import { None } from '../singletons.js';
import { TypeError } from '../exceptions.js';
import { PyBool, PyLong } from '../numbers.js';
import { asClampedIndex } from '../../convert.js';
import { typeOf } from '../../protocols/type-of.js';

/** Largest index (CPython's PY_SSIZE_T_MAX, here the largest safe integer). */
export const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

/** Gives a freshly made instance of `cls` what objects of heap classes have: a dict unless __slots__ forbid it, and a class reference. */
export function finishInstance<T extends PyObject>(o: T, cls: PyType): T {
  if (!cls.hasFlag(TypeFlag.HEAPTYPE)) return o;
  incref(cls);
  if (needsDict(cls)) o.dict = new PyDict(dictType);
  return o;
}

function needsDict(cls: PyType): boolean {
  for (const t of cls.mro) {
    if (t === objectType || !t.hasFlag(TypeFlag.HEAPTYPE)) continue;
    if (t.ns.getStr('__slots__') === undefined) return true;
  }
  return cls.lookup('__dict__') !== null && cls.ns.getStr('__slots__') === undefined;
}

/**
 * _PyEval_SliceIndexNotNone: an int-like value as a clamped index (start/stop of list.index,
 * tuple.index), TypeError "slice indices must be integers or have an __index__ method" otherwise.
 */
export function clampedIndexArg(v: PyValue): number {
  if (typeof v === 'number') return v;
  if (v instanceof PyLong || v instanceof PyBool || typeOf(v).lookup('__index__') !== null) return asClampedIndex(v);
  raise(TypeError, 'slice indices must be integers or have an __index__ method');
}

/** _PyEval_SliceIndex: like clampedIndexArg but None is allowed (returns undefined) and the message mentions it. */
export function sliceIndexArg(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (v === None) return undefined;
  if (v instanceof PyLong || v instanceof PyBool || typeOf(v).lookup('__index__') !== null) return asClampedIndex(v);
  raise(TypeError, 'slice indices must be integers or None or have an __index__ method');
}

/** The [start, stop) bounds list.index/tuple.index search: negative values count from the end, then clamp to [0, n]. */
export function searchBounds(args: readonly PyValue[], n: number): [number, number] {
  let start = args.length > 1 ? clampedIndexArg(args[1]!) : 0;
  let stop = args.length > 2 ? clampedIndexArg(args[2]!) : SSIZE_MAX;
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  return [start, stop];
}
