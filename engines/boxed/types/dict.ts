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
// Mutation bumps `version`, so iterators can raise "dictionary changed size during iteration".

import { decref, incref, PyObject, type PyValue } from '../object.js';
import type { PyType } from '../type.js';
import { keyHooks } from './dict-keys.js';

const HOLE: unique symbol = Symbol('deleted');
type Slot = PyValue | typeof HOLE;

export class PyDict extends PyObject {
  keys: Slot[] = [];
  values: PyValue[] = [];
  /** Index of value-keyed entries: JS primitive → entry position. */
  private fast = new Map<string | number | bigint, number>();
  /** Index of the other keys: hash → entry positions. */
  private slow: Map<number | bigint, number[]> | null = null;
  size = 0;
  version = 0;

  constructor(type: PyType) {
    super(type);
  }

  // --- str keys: namespaces, instance dicts, keyword arguments -------------------------------

  /** Borrowed value for a str key given as a JS string, or undefined. */
  getStr(name: string): PyValue | undefined {
    const i = this.fast.get(name);
    return i === undefined ? undefined : this.values[i];
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
    this.fast.set(name, this.keys.length);
    this.append(key, value);
  }

  // --- any key -------------------------------------------------------------------------------

  /** Position of `key`'s entry, or -1. May run Python `__eq__`/`__hash__`. */
  find(key: PyValue): number {
    const fk = keyHooks.fastKey(key);
    if (fk !== undefined) {
      const i = this.fast.get(fk);
      return i === undefined ? -1 : i;
    }
    if (this.slow === null) {
      keyHooks.hash(key); // unhashable keys raise even when the dict has no such entries
      return -1;
    }
    const h = keyHooks.hash(key);
    const bucket = this.slow.get(h);
    if (bucket === undefined) return -1;
    for (const i of bucket) {
      const k = this.keys[i]!;
      if (k === HOLE) continue;
      if (k === key || keyHooks.eq(k, key)) return i;
    }
    return -1;
  }

  /** Borrowed value for `key`, or undefined. */
  get(key: PyValue): PyValue | undefined {
    if (typeof key === 'number') {
      const i = this.fast.get(key);
      return i === undefined ? undefined : this.values[i];
    }
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  /** d[key] = value; both borrowed (the dict takes its own references). */
  set(key: PyValue, value: PyValue): void {
    const fk = keyHooks.fastKey(key);
    if (fk !== undefined) {
      const i = this.fast.get(fk);
      incref(value);
      if (i !== undefined) {
        const old = this.values[i]!;
        this.values[i] = value;
        decref(old);
        return;
      }
      incref(key);
      this.fast.set(fk, this.keys.length);
      this.append(key, value);
      return;
    }
    const h = keyHooks.hash(key);
    const slow = (this.slow ??= new Map());
    let bucket = slow.get(h);
    if (bucket !== undefined) {
      for (const i of bucket) {
        const k = this.keys[i]!;
        if (k === HOLE) continue;
        if (k === key || keyHooks.eq(k, key)) {
          incref(value);
          const old = this.values[i]!;
          this.values[i] = value;
          decref(old);
          return;
        }
      }
    } else {
      bucket = [];
      slow.set(h, bucket);
    }
    incref(key);
    incref(value);
    bucket.push(this.keys.length);
    this.append(key, value);
  }

  private append(key: PyValue, value: PyValue): void {
    this.keys.push(key);
    this.values.push(value);
    this.size++;
    this.version++;
  }

  /** Removes the entry at `i`, giving the caller the references to its key and value. */
  takeAt(i: number): [PyValue, PyValue] {
    const key = this.keys[i] as PyValue;
    const value = this.values[i]!;
    const fk = keyHooks.fastKey(key);
    if (fk !== undefined) this.fast.delete(fk);
    else {
      const bucket = this.slow!.get(keyHooks.hash(key))!;
      bucket.splice(bucket.indexOf(i), 1);
    }
    this.keys[i] = HOLE;
    this.values[i] = 0;
    this.size--;
    this.version++;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
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
    this.size = 0;
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

  keyAt(i: number): PyValue {
    return this.keys[i] as PyValue;
  }

  /** The last live entry position, or -1 (popitem). */
  last(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== HOLE) return i;
    return -1;
  }

  private compact(): void {
    const keys: Slot[] = [];
    const values: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === HOLE) continue;
      keys.push(this.keys[i]!);
      values.push(this.values[i]!);
    }
    this.keys = keys;
    this.values = values;
    this.fast = new Map();
    this.slow = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as PyValue;
      const fk = keyHooks.fastKey(k);
      if (fk !== undefined) this.fast.set(fk, i);
      else {
        this.slow ??= new Map();
        const h = keyHooks.hash(k);
        const bucket = this.slow.get(h);
        if (bucket) bucket.push(i);
        else this.slow.set(h, [i]);
      }
    }
  }

  override releaseRefs(): void {
    super.releaseRefs();
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i]!;
      if (k !== HOLE) { decref(k); decref(this.values[i]!); }
    }
  }
}
