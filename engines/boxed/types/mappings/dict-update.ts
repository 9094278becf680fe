// Filling a dict from another object, as dict(), dict.update(), |= and dict.fromkeys do it in
// CPython (dict_update_arg, dict_merge, PyDict_MergeFromSeq2): a dict whose iteration is dict's
// own is read entry by entry, anything with keys() is a mapping read through keys() and [],
// anything else an iterable of pairs. Stores go to the storage directly (insertdict), so a
// subclass's __setitem__ is not called, as in CPython.

import { decref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { dictType, listType, tupleType } from '../../builtin-types.js';
import { intern } from '../../strings.js';
import { PyDict } from '../dict.js';
import { PyList, PyTuple } from '../sequences.js';
import { TypeError, ValueError, type PyBaseException } from '../exceptions.js';
import { call } from '../../protocols/call.js';
import { getAttrOrUndefined } from '../../protocols/attributes.js';
import { getIter, next, toArray } from '../../protocols/iteration.js';
import { getItem } from '../../protocols/items.js';
import { typeOf } from '../../protocols/type-of.js';

/** dict.__iter__ as installed; a dict subclass that keeps it is merged entry by entry. */
let dictIter: PyValue | null = null;
export function setDictIter(v: PyValue | null): void {
  dictIter = v;
}

/** dict_merge: adds the items of mapping b to a (override false keeps a's existing keys). */
export function dictMerge(a: PyDict, b: PyValue, override: boolean): void {
  if (b instanceof PyDict && (b.ob_type === dictType || typeOf(b).lookup('__iter__') === dictIter)) {
    if (a === b || b.size === 0) return;
    for (let i = b.next(-1); i >= 0; i = b.next(i)) {
      const k = b.keyAt(i);
      if (override || a.find(k) < 0) a.set(k, b.values[i]!);
    }
    return;
  }
  const keysFn = getAttrOrUndefined(b, 'keys');
  if (keysFn === undefined) raise(TypeError, `'${typeOf(b).name}' object is not a mapping`);
  let keys: PyValue;
  try {
    keys = call(keysFn, []);
  } finally {
    decref(keysFn);
  }
  const it = getIter(keys);
  decref(keys);
  try {
    for (let k = next(it); k !== undefined; k = next(it)) {
      try {
        if (!override && a.find(k) >= 0) continue;
        const v = getItem(b, k);
        try {
          a.set(k, v);
        } finally {
          decref(v);
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

function isTypeError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'ob_type' in e && (e as PyBaseException).ob_type.isSubtype(TypeError);
}

/** PyDict_MergeFromSeq2: adds (key, value) pairs from an iterable of 2-item iterables. */
export function mergeFromPairs(d: PyDict, seq: PyValue, override: boolean): void {
  const it = getIter(seq);
  try {
    let i = 0;
    for (let item = next(it); item !== undefined; item = next(it), i++) {
      try {
        let pair: PyValue[];
        let owned = false;
        if ((item instanceof PyList && item.ob_type === listType) || (item instanceof PyTuple && item.ob_type === tupleType)) {
          pair = item.items;
        } else {
          try {
            pair = toArray(item);
            owned = true;
          } catch (e) {
            if (!isTypeError(e)) throw e;
            decref(e as PyBaseException);
            raise(TypeError, `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
        }
        try {
          if (pair.length !== 2) {
            raise(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
          }
          const [k, v] = pair as [PyValue, PyValue];
          if (override || d.find(k) < 0) d.set(k, v);
        } finally {
          if (owned) for (const v of pair) decref(v);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/** dict_update_arg: a mapping (a dict, or anything with keys()) or an iterable of pairs. */
export function updateFromArg(d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && arg.ob_type === dictType) {
    dictMerge(d, arg, true);
    return;
  }
  const keys = getAttrOrUndefined(arg, 'keys');
  if (keys !== undefined) {
    decref(keys);
    dictMerge(d, arg, true);
    return;
  }
  mergeFromPairs(d, arg, true);
}

/** dict_update_common: `name expected at most 1 argument`, then the positional argument, then the keywords. */
export function updateCommon(d: PyDict, args: readonly PyValue[], kwnames: readonly string[] | null, name: string): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) raise(TypeError, `${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) updateFromArg(d, args[0]!);
  for (let k = 0; k < nkw; k++) d.set(intern(kwnames![k]!), args[npos + k]!);
}
