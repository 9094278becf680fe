// dict's storage: insertion-ordered entries with an index from key to entry.
//
// Entries sit in parallel arrays in insertion order, with holes where keys were deleted
// (compacted when holes outnumber live entries), which is CPython's compact dict and gives
// its iteration order. Keys whose equality is fixed by value get a JS Map index keyed by a JS
// primitive: a str by its JS string, an int, float or bool by its numeric value (1, 1.0 and True
// are one key, as in Python), a big int by its bigint. Any other key goes through its Python
// `__hash__` and `__eq__` in a second index of hash buckets. NaN floats and str/int subclasses that
// override `__eq__`/`__hash__` take the second path.
//
// A key on the second path equal to one on the first (an instance of a str subclass and a str
// with the same text) is found through `keyHooks.valueKey` one way and through a count of such
// keys (`slowScalars`) the other way. Hashes of second-path keys are stored, as CPython stores
// every hash, so deleting or compacting never calls a Python `__hash__` again.
//
// Mutation bumps `version`, so iterators can raise "dictionary changed size during iteration".

import { counters, decref, incref, PyObject, type PyValue } from '../object.js';
import type { PyType } from '../type.js';
import { keyHooks } from './dict-keys.js';

const HOLE: unique symbol = Symbol('deleted');
type Slot = PyValue | typeof HOLE;

// dict allocates in its own constructor, with PyObject's fields first and its prototype chain
// (as float does: types/numbers.ts says why); every instance of a class makes one.
export class PyDict {
  ob_type: PyType;
  ob_refcnt: number;
  dict: PyDict | null;
  keys: Slot[];
  values: PyValue[];
  /** Index of value-keyed entries: JS primitive → entry position. */
  private fast: Map<string | number | bigint, number>;
  /** Index of the other keys: hash → entry positions. */
  private slow: Map<number | bigint, number[]> | null;
  /** The stored hash of each second-path entry, by position. */
  private slowHash: Map<number, number | bigint> | null;
  /** How many second-path keys are str/int/float subclass instances (they may equal first-path keys). */
  private slowScalars: number;
  size: number;
  version: number;
  /**
   * How many entries (live or deleted) fit before the next insertion compacts: CPython's
   * usable fraction (2/3) of its table size, which grows only when an insertion finds the
   * entries full. Deletions leave holes until then, so an iterator's position moves when
   * CPython's would (a deleted-and-re-added key is seen or not as in CPython).
   */
  private usable: number;

  constructor(type: PyType) {
    this.ob_type = type;
    this.ob_refcnt = 1;
    this.dict = null;
    this.keys = [];
    this.values = [];
    this.fast = new Map();
    this.slow = null;
    this.slowHash = null;
    this.slowScalars = 0;
    this.size = 0;
    this.version = 0;
    this.usable = 5;
    counters.allocations++;
  }

  // --- str keys: namespaces, instance dicts, keyword arguments -------------------------------

  /** Borrowed value for a str key given as a JS string, or undefined. */
  getStr(name: string): PyValue | undefined {
    const i = this.fast.get(name);
    return i === undefined ? undefined : this.values[i];
  }

  /**
   * Position of the entry for a str key given as a JS string, or -1 (the entries found by getStr).
   * A position stays valid while `version` is unchanged: only insertions, deletions and clear move
   * entries, and each bumps it (the VM's LOAD_GLOBAL and attribute caches rely on this).
   */
  findStr(name: string): number {
    const i = this.fast.get(name);
    return i === undefined ? -1 : i;
  }

  /** Stores under a str key; `key` is the PyStr to keep when the entry is new (the dict takes a reference). */
  setStr(name: string, key: PyValue, value: PyValue): void {
    const i = this.fast.get(name);
    incref(value);
    if (i !== undefined) {
      const old = this.values[i]!;
      this.values[i] = value;
      decref(old);
      return;
    }
    incref(key);
    const at = this.append(key, value); // before reading this.fast: a resize replaces the index
    this.fast.set(name, at);
  }

  // --- any key -------------------------------------------------------------------------------

  /** Position of `key`'s entry, or -1. May run Python `__eq__`/`__hash__`. */
  find(key: PyValue): number {
    const fk = keyHooks.fastKey(key);
    if (fk !== undefined) {
      const i = this.fast.get(fk);
      if (i !== undefined) return i;
      // A second-path key may equal it (a str/int/float subclass, or another type with the same
      // hash and an __eq__ that says so: Fraction(1, 2) and 0.5).
      return this.hasSlow() ? this.findInSlow(key, keyHooks.hash(key)) : -1;
    }
    const h = keyHooks.hash(key); // unhashable keys raise even when the dict has no such entries
    const i = this.slow === null ? -1 : this.findInSlow(key, h);
    return i >= 0 ? i : this.findFastForSlow(key, h);
  }

  private findInSlow(key: PyValue, h: number | bigint): number {
    const bucket = this.slow?.get(h);
    if (bucket === undefined) return -1;
    for (const i of bucket) {
      const k = this.keys[i]!;
      if (k === HOLE) continue;
      if (k === key || keyHooks.eq(k, key)) return i;
    }
    return -1;
  }

  /**
   * A first-path entry equal to a second-path key, or -1: the entry of the same value for an
   * instance of a str/int/float subclass; for any other type, an int key it may equal, found by its
   * hash (Fraction(3) finds 3): h itself, or -1 too when h is -2. Not found this way: equal int keys
   * beyond the hash modulus 2**61 - 1, non-integral floats and strs, whose hashes cannot be inverted.
   */
  private findFastForSlow(key: PyValue, h: number | bigint): number {
    if (this.fast.size === 0 || keyHooks.valueKey === undefined) return -1;
    const vk = keyHooks.valueKey(key);
    if (vk !== undefined) {
      const i = this.fast.get(vk);
      return i !== undefined && this.equalAt(i, key, h) ? i : -1;
    }
    const i = this.fast.get(h);
    if (i !== undefined && this.equalAt(i, key, h)) return i;
    const j = h === -2 ? this.fast.get(-1) : undefined;
    return j !== undefined && this.equalAt(j, key, h) ? j : -1;
  }

  /** Does entry i hold a key with hash h that equals `key` (its __eq__ may run)? */
  private equalAt(i: number, key: PyValue, h: number | bigint): boolean {
    const k = this.keys[i] as PyValue;
    return keyHooks.hash(k) === h && keyHooks.eq(k, key);
  }

  /** Borrowed value for `key`, or undefined. */
  get(key: PyValue): PyValue | undefined {
    if (typeof key === 'number' && this.slowScalars === 0) {
      const i = this.fast.get(key);
      if (i !== undefined) return this.values[i];
      if (!this.hasSlow()) return undefined;
    }
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  /** d[key] = value; both borrowed (the dict takes its own references). */
  set(key: PyValue, value: PyValue): void {
    if (typeof key === 'number' && !this.hasSlow()) {
      // An int key (the common case of counters and tables), without the key hook.
      const i = this.fast.get(key);
      incref(value);
      if (i !== undefined) {
        const old = this.values[i]!;
        this.values[i] = value;
        decref(old);
        return;
      }
      const at = this.append(key, value); // before reading this.fast: a resize replaces the index
      this.fast.set(key, at);
      return;
    }
    const fk = keyHooks.fastKey(key);
    if (fk !== undefined) {
      let i = this.fast.get(fk);
      if (i === undefined && this.hasSlow()) {
        const j = this.findInSlow(key, keyHooks.hash(key));
        if (j >= 0) i = j;
      }
      incref(value);
      if (i !== undefined) {
        const old = this.values[i]!;
        this.values[i] = value;
        decref(old);
        return;
      }
      incref(key);
      const at = this.append(key, value);
      this.fast.set(fk, at);
      return;
    }
    const h = keyHooks.hash(key);
    let i = this.slow === null ? -1 : this.findInSlow(key, h);
    if (i < 0) i = this.findFastForSlow(key, h);
    if (i >= 0) {
      incref(value);
      const old = this.values[i]!;
      this.values[i] = value;
      decref(old);
      return;
    }
    incref(key);
    incref(value);
    this.indexSlow(key, this.append(key, value), h);
  }

  /** Whether any entry is indexed by hash (the second path). */
  private hasSlow(): boolean {
    return this.slow !== null && this.slow.size > 0;
  }

  private indexSlow(key: PyValue, i: number, h: number | bigint): void {
    const slow = (this.slow ??= new Map());
    const bucket = slow.get(h);
    if (bucket === undefined) slow.set(h, [i]);
    else bucket.push(i);
    (this.slowHash ??= new Map()).set(i, h);
    if (keyHooks.valueKey !== undefined && keyHooks.valueKey(key) !== undefined) this.slowScalars++;
  }

  /** Adds an entry (the caller indexes it at the position returned: a resize may move entries first). */
  private append(key: PyValue, value: PyValue): number {
    if (this.keys.length >= this.usable) this.resize();
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.version++;
    return this.keys.length - 1;
  }

  /** hash(key) of the entry at `i`, without calling a Python __hash__ for keys whose hash is stored. */
  hashAt(i: number): number | bigint {
    const h = this.slowHash?.get(i);
    return h !== undefined ? h : keyHooks.hash(this.keys[i] as PyValue);
  }

  /** Removes the entry at `i`, giving the caller the references to its key and value. */
  takeAt(i: number): [PyValue, PyValue] {
    const key = this.keys[i] as PyValue;
    const value = this.values[i]!;
    const h = this.slowHash?.get(i);
    if (h === undefined) this.fast.delete(keyHooks.fastKey(key)!);
    else {
      const bucket = this.slow!.get(h)!;
      bucket.splice(bucket.indexOf(i), 1);
      if (bucket.length === 0) this.slow!.delete(h);
      this.slowHash!.delete(i);
      if (keyHooks.valueKey !== undefined && keyHooks.valueKey(key) !== undefined) this.slowScalars--;
    }
    this.keys[i] = HOLE;
    this.values[i] = 0;
    this.size--;
    this.version++;
    return [key, value];
  }

  /** Deletes `key`; false when absent. */
  delete(key: PyValue): boolean {
    const i = this.find(key);
    if (i < 0) return false;
    const [k, v] = this.takeAt(i);
    decref(k);
    decref(v);
    return true;
  }

  clear(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = [];
    this.values = [];
    this.fast = new Map();
    this.slow = null;
    this.slowHash = null;
    this.slowScalars = 0;
    this.size = 0;
    this.usable = 5;
    this.version++;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k !== HOLE) { decref(k); decref(values[i]!); }
    }
  }

  /** Live entry positions in order, for iteration: `for (let i = d.next(-1); i >= 0; i = d.next(i))`. */
  next(i: number): number {
    const keys = this.keys;
    for (i++; i < keys.length; i++) if (keys[i] !== HOLE) return i;
    return -1;
  }

  /** The live entry position before `i`, or -1 (reverse iteration; start with keys.length). */
  prev(i: number): number {
    const keys = this.keys;
    if (i > keys.length) i = keys.length;
    for (i--; i >= 0; i--) if (keys[i] !== HOLE) return i;
    return -1;
  }

  keyAt(i: number): PyValue {
    return this.keys[i] as PyValue;
  }

  /** The last live entry position, or -1 (popitem). */
  last(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== HOLE) return i;
    return -1;
  }

  /** insertion_resize: a table for 3 × the live entries (a power of two, at least 8), holes dropped. */
  private resize(): void {
    let tableSize = 8;
    while (tableSize < this.size * 3) tableSize *= 2;
    this.usable = ((tableSize * 2) / 3) | 0;
    if (this.size < this.keys.length) this.compact();
  }

  private compact(): void {
    const oldHashes = this.slowHash;
    const keys: Slot[] = [];
    const values: PyValue[] = [];
    const hashes: (number | bigint | undefined)[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === HOLE) continue;
      keys.push(this.keys[i]!);
      values.push(this.values[i]!);
      hashes.push(oldHashes?.get(i));
    }
    this.keys = keys;
    this.values = values;
    this.fast = new Map();
    this.slow = null;
    this.slowHash = null;
    this.slowScalars = 0;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as PyValue;
      const h = hashes[i];
      if (h === undefined) this.fast.set(keyHooks.fastKey(k)!, i);
      else this.indexSlow(k, i, h);
    }
  }

  releaseRefs(): void {
    if (this.dict !== null) decref(this.dict);
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i]!;
      if (k !== HOLE) { decref(k); decref(this.values[i]!); }
    }
  }
}
Object.setPrototypeOf(PyDict.prototype, PyObject.prototype);
