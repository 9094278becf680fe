// The storage of set and frozenset objects: CPython's set table (shared/kernels/hash-table)
// holding Python values, with each key's hash given to the table as int32 halves.
//
// The table only places keys; references are this module's business. A set owns one reference
// to each key in its table: `add`/`discard`/`pop`/`clear` here adjust counts, and tables built
// by the kernel's whole-set operations (copy, intersection, difference) are adopted with
// `adopt`, which counts a reference to every key.

import { decref, incref, type PyValue } from '../../object.js';
import { strType } from '../../builtin-types.js';
import { SetTable } from '../../../../shared/kernels/hash-table/set-table.js';
import { HASH, hashSmallInt, putBigintHash } from '../../../../shared/kernels/hash.js';
import { hash } from '../../protocols/objects.js';
import { eq } from '../../protocols/compare.js';
import type { SetStorage } from '../set.js';
import type { PyStr } from '../str.js';

const TWO_32 = 4294967296;

/** Writes hash(v) into HASH as (lo, hi) halves; raises TypeError for unhashable values. */
export function hashInto(v: PyValue): void {
  if (typeof v === 'number') { hashSmallInt(v); return; }
  let h: number | bigint;
  if (v.ob_type === strType) {
    const cached = (v as PyStr).hash;
    h = cached !== undefined ? cached : hash(v);
  } else {
    h = hash(v);
  }
  splitHash(h);
}

/** A hash given as a Python int value (number or bigint) into HASH halves. */
export function splitHash(h: number | bigint): void {
  if (typeof h === 'number') {
    HASH[0] = h | 0;
    HASH[1] = Math.floor(h / TWO_32) | 0;
  } else {
    putBigintHash(h);
  }
}

const keyEq = (a: PyValue, b: PyValue): boolean => eq(a, b);

export type Table = SetTable<PyValue>;

export function newTable(): Table {
  return new SetTable<PyValue>(keyEq);
}

/** SetStorage over a SetTable; `table` is the same object for the set's whole life (swaps exchange bodies). */
export class TableStorage implements SetStorage {
  constructor(readonly table: Table = newTable()) {}

  get size(): number {
    return this.table.used;
  }

  /** CPython's set iterator checks the size, not a mutation count. */
  get version(): number {
    return this.table.used;
  }

  keys(): PyValue[] {
    return this.table.toArray();
  }

  /** Adds a key (borrowed); true when it was not there. */
  add(key: PyValue): boolean {
    hashInto(key);
    return this.addHashed(key, HASH[0]!, HASH[1]!);
  }

  addHashed(key: PyValue, lo: number, hi: number): boolean {
    // The reference is counted first: an __eq__ run by the table may look at the key.
    incref(key);
    if (this.table.add(key, lo, hi)) return true;
    decref(key);
    return false;
  }

  contains(key: PyValue): boolean {
    hashInto(key);
    return this.table.contains(key, HASH[0]!, HASH[1]!);
  }

  /** Removes the key equal to `key`; false when absent. */
  discard(key: PyValue): boolean {
    hashInto(key);
    return this.discardHashed(key, HASH[0]!, HASH[1]!);
  }

  discardHashed(key: PyValue, lo: number, hi: number): boolean {
    const old = this.table.discard(key, lo, hi);
    if (old === null) return false;
    decref(old);
    return true;
  }

  /** set.pop(): the caller gets the table's reference. */
  pop(): PyValue {
    return this.table.pop();
  }

  clear(): void {
    const keys = this.table.toArray();
    this.table.clear();
    for (const k of keys) decref(k);
  }

  /** set_merge: adds every key of another table. */
  merge(other: Table): void {
    const t = this.table;
    if (other === t || other.used === 0) return;
    if (t.fill === 0) {
      t.merge(other);
      for (let s = t.nextSlot(0); s >= 0; s = t.nextSlot(s + 1)) incref(t.keyAt(s));
      return;
    }
    t.reserveForMerge(other.used);
    for (let s = other.nextSlot(0); s >= 0; s = other.nextSlot(s + 1)) {
      this.addHashed(other.keyAt(s), other.hashLoAt(s), other.hashHiAt(s));
    }
  }

  /** s -= t for a set t (set_difference_update_internal). */
  differenceUpdate(other: Table): void {
    const t = this.table;
    if (other === t) { this.clear(); return; }
    const walk = other.used >> 3 > t.used ? t.intersection(other) : other;
    for (let s = walk.nextSlot(0); s >= 0; s = walk.nextSlot(s + 1)) {
      this.discardHashed(walk.keyAt(s), walk.hashLoAt(s), walk.hashHiAt(s));
    }
    t.purgeDummies();
  }

  /** s ^= t for a set t: walking t, remove what is here, add what is not. */
  symmetricDifferenceUpdate(other: Table): void {
    if (other === this.table) { this.clear(); return; }
    for (let s = other.nextSlot(0); s >= 0; s = other.nextSlot(s + 1)) {
      const key = other.keyAt(s), lo = other.hashLoAt(s), hi = other.hashHiAt(s);
      if (!this.discardHashed(key, lo, hi)) this.addHashed(key, lo, hi);
    }
  }

  /** Exchanges contents with a table built for this set (set_swap_bodies); the old contents are released. */
  replaceWith(fresh: Table): void {
    this.table.swapBodies(fresh);
    for (let s = fresh.nextSlot(0); s >= 0; s = fresh.nextSlot(s + 1)) decref(fresh.keyAt(s));
  }
}

/** Takes a reference to every key of a table a new set will own (kernel-built tables share their keys). */
export function adopt(t: Table): Table {
  for (let s = t.nextSlot(0); s >= 0; s = t.nextSlot(s + 1)) incref(t.keyAt(s));
  return t;
}
