// The operations of set and frozenset as CPython's setobject.c composes them from its table
// primitives (see the header of shared/kernels/hash-table/set-table.ts for which primitive each
// entry point uses; following it keeps iteration order identical to CPython's).
//
// Results of |, &, -, ^ and of union/intersection/... are of the left operand's base type
// (set for set subclasses, frozenset for frozenset subclasses: make_new_set_basetype).

import { decref, type PyValue } from '../../object.js';
import { dictType, frozensetType, setType } from '../../builtin-types.js';
import type { PyType } from '../../type.js';
import { PyDict } from '../dict.js';
import { PySet } from '../set.js';
import { TypeError, type PyBaseException } from '../exceptions.js';
import { getIter, next } from '../../protocols/iteration.js';
import { HASH } from '../../../../shared/kernels/hash.js';
import { adopt, hashInto, splitHash, TableStorage, type Table } from './set-storage.js';
import { finishInstance } from './common.js';

export const storageOf = (s: PySet): TableStorage => s.storage as TableStorage;
export const tableOf = (s: PySet): Table => (s.storage as TableStorage).table;

/** A new empty set or frozenset (or subclass instance) around `table` (whose keys it must own). */
export function wrapTable(type: PyType, table?: Table): PySet {
  return finishInstance(new PySet(new TableStorage(table), type), type);
}

/** make_new_set: a new set of `type` holding the items of `iterable` (null for none). */
export function newSetOf(type: PyType, iterable: PyValue | null): PySet {
  const s = wrapTable(type);
  if (iterable !== null) {
    try {
      updateInternal(storageOf(s), iterable);
    } catch (e) {
      decref(s);
      throw e;
    }
  }
  return s;
}

/** set or frozenset: what make_new_set_basetype makes for a value of type `t`. */
export const baseType = (t: PyType): PyType => (t.isSubtype(setType) ? setType : frozensetType);

/** set_copy: a new set of so's base type with its contents. */
export function copyOf(so: PySet): PySet {
  const s = wrapTable(baseType(so.ob_type));
  storageOf(s).merge(tableOf(so));
  return s;
}

/** set_update_internal: adds every item of an iterable (sets merged, exact dicts by their stored hashes). */
export function updateInternal(st: TableStorage, other: PyValue): void {
  if (other instanceof PySet) {
    st.merge(tableOf(other));
    return;
  }
  if (other instanceof PyDict && other.ob_type === dictType) {
    st.table.reserveForMerge(other.size);
    for (let i = other.next(-1); i >= 0; i = other.next(i)) {
      splitHash(other.hashAt(i));
      st.addHashed(other.keyAt(i), HASH[0]!, HASH[1]!);
    }
    return;
  }
  forEachItem(other, (key) => { st.add(key); });
}

/** Calls fn with each item of an iterable (borrowed); fn returns true to stop early. */
export function forEachItem(iterable: PyValue, fn: (item: PyValue) => boolean | void): void {
  const it = getIter(iterable);
  try {
    for (let v = next(it); v !== undefined; v = next(it)) {
      let stop: boolean | void;
      try {
        stop = fn(v);
      } finally {
        decref(v);
      }
      if (stop === true) return;
    }
  } finally {
    decref(it);
  }
}

/** set_intersection: so & other for any iterable other. */
export function intersection(so: PySet, other: PyValue): PySet {
  if (so === other) return copyOf(so);
  const type = baseType(so.ob_type);
  if (other instanceof PySet) return wrapTable(type, adopt(tableOf(so).intersection(tableOf(other))));
  const result = wrapTable(type);
  const r = storageOf(result);
  const t = tableOf(so);
  try {
    forEachItem(other, (key) => {
      hashInto(key);
      const lo = HASH[0]!, hi = HASH[1]!;
      if (t.contains(key, lo, hi)) {
        r.addHashed(key, lo, hi);
        if (r.size >= t.used) return true;
      }
      return false;
    });
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_intersection_multi: so.intersection(*others), chained left to right. */
export function intersectionMulti(so: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return copyOf(so);
  let result = intersection(so, others[0]!);
  for (let i = 1; i < others.length; i++) {
    const next = intersection(result, others[i]!);
    decref(result);
    result = next;
  }
  return result;
}

/** set_difference: so - other for any iterable other. */
export function difference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.storage.size;
  else if (other instanceof PyDict && other.ob_type === dictType) otherSize = other.size;
  else return copyAndDifference(so, other);
  const t = tableOf(so);
  if (t.used >> 2 > otherSize) return copyAndDifference(so, other);
  const type = baseType(so.ob_type);
  if (other instanceof PySet) return wrapTable(type, adopt(t.difference(tableOf(other))));
  const d = other as PyDict;
  return wrapTable(type, adopt(t.differenceBy((key) => d.find(key) >= 0)));
}

function copyAndDifference(so: PySet, other: PyValue): PySet {
  const result = copyOf(so);
  try {
    differenceUpdate(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_difference_update_internal: removes every item of other. */
export function differenceUpdate(so: PySet, other: PyValue): void {
  const st = storageOf(so);
  if (so === other) { st.clear(); return; }
  if (other instanceof PySet) {
    st.differenceUpdate(tableOf(other));
    return;
  }
  forEachItem(other, (key) => { st.discard(key); });
  st.table.purgeDummies();
}

/** set_symmetric_difference_update. */
export function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  const st = storageOf(so);
  if (so === other) { st.clear(); return; }
  if (other instanceof PyDict && other.ob_type === dictType) {
    for (let i = other.next(-1); i >= 0; i = other.next(i)) {
      splitHash(other.hashAt(i));
      const key = other.keyAt(i), lo = HASH[0]!, hi = HASH[1]!;
      if (!st.discardHashed(key, lo, hi)) st.addHashed(key, lo, hi);
    }
    return;
  }
  if (other instanceof PySet) {
    st.symmetricDifferenceUpdate(tableOf(other));
    return;
  }
  const tmp = newSetOf(baseType(so.ob_type), other);
  try {
    st.symmetricDifferenceUpdate(tableOf(tmp));
  } finally {
    decref(tmp);
  }
}

/** set_symmetric_difference: a new set built from other, then updated with so. */
export function symmetricDifference(so: PySet, other: PyValue): PySet {
  const result = newSetOf(baseType(so.ob_type), other);
  try {
    symmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_issubset for two sets. */
export function isSubset(so: PySet, other: PySet): boolean {
  const t = tableOf(so), o = tableOf(other);
  if (t.used > o.used) return false;
  for (let s = t.nextSlot(0); s >= 0; s = t.nextSlot(s + 1)) {
    if (!o.contains(t.keyAt(s), t.hashLoAt(s), t.hashHiAt(s))) return false;
  }
  return true;
}

/** so.issubset(other) for any iterable. */
export function isSubsetOf(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return isSubset(so, other);
  const tmp = newSetOf(setType, other);
  try {
    return isSubset(so, tmp);
  } finally {
    decref(tmp);
  }
}

/** so.issuperset(other) for any iterable. */
export function isSupersetOf(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return isSubset(other, so);
  const st = storageOf(so);
  let result = true;
  forEachItem(other, (key) => {
    if (!st.contains(key)) { result = false; return true; }
    return false;
  });
  return result;
}

/** set_isdisjoint. */
export function isDisjoint(so: PySet, other: PyValue): boolean {
  if (so === other) return so.storage.size === 0;
  if (other instanceof PySet && (other.ob_type === setType || other.ob_type === frozensetType)) {
    let small = tableOf(so), big = tableOf(other);
    if (small.used > big.used) [small, big] = [big, small];
    for (let s = small.nextSlot(0); s >= 0; s = small.nextSlot(s + 1)) {
      if (big.contains(small.keyAt(s), small.hashLoAt(s), small.hashHiAt(s))) return false;
    }
    return true;
  }
  const st = storageOf(so);
  let result = true;
  forEachItem(other, (key) => {
    if (st.contains(key)) { result = false; return true; }
    return false;
  });
  return result;
}

function isTypeError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'ob_type' in e && (e as PyBaseException).ob_type.isSubtype(TypeError);
}

/**
 * Runs a lookup of `key`; when key is an (unhashable) set, retries with frozenset(key), as
 * set.__contains__, remove and discard do, so {frozenset()}.__contains__(set()) is True.
 */
export function withFrozenRetry<T>(key: PyValue, op: (k: PyValue) => T): T {
  try {
    return op(key);
  } catch (e) {
    if (!(key instanceof PySet) || !isTypeError(e)) throw e;
    decref(e as PyBaseException);
  }
  const tmp = newSetOf(frozensetType, key);
  try {
    return op(tmp);
  } finally {
    decref(tmp);
  }
}
