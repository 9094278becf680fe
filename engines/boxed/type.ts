// Type objects: a class's name, bases, MRO and namespace, and the attribute lookup every
// operation starts from.
//
// Builtin types and classes made by `class` statements are the same JS class. What a builtin
// type does natively is in its namespace as method descriptors around TS functions (see
// native.ts), so `int.__add__`, a user class's `__add__` and an inherited one are found the same
// way: `lookup(type, name)` walks the MRO and remembers the answer per type. Assigning to a
// type's attribute forgets what it and its subclasses remembered (CPython's type version tags).
//
// `make` builds a blank instance of the type's "solid base" (the builtin whose layout instances
// have: a list subclass's instances are PyList objects); `flags` carries the fast subclass bits
// CPython keeps (an int, str, tuple, ... subclass), so isinstance checks of builtins cost a mask.

import { IMMORTAL, PyObject, type PyValue } from './object.js';
import type { PyDict } from './types/dict.js';

export const TypeFlag = {
  // What match's sequence and mapping patterns accept (CPython's Py_TPFLAGS_SEQUENCE/MAPPING).
  SEQUENCE: 1 << 5,
  MAPPING: 1 << 6,
  HEAPTYPE: 1 << 9,
  BASETYPE: 1 << 10,
  HAS_FINALIZER: 1 << 11,
  ABSTRACT: 1 << 20,
  // A class pattern of the type binds the subject itself: `case int(x)` (_Py_TPFLAGS_MATCH_SELF).
  MATCH_SELF: 1 << 22,
  // Fast subclass bits (CPython's Py_TPFLAGS_*_SUBCLASS).
  LONG_SUBCLASS: 1 << 24,
  LIST_SUBCLASS: 1 << 25,
  TUPLE_SUBCLASS: 1 << 26,
  BYTES_SUBCLASS: 1 << 27,
  UNICODE_SUBCLASS: 1 << 28,
  DICT_SUBCLASS: 1 << 29,
  BASE_EXC_SUBCLASS: 1 << 30,
  TYPE_SUBCLASS: 2 ** 31,
} as const;

const SUBCLASS_BITS = 0xff << 24;
const INHERITED_BITS = SUBCLASS_BITS | TypeFlag.MATCH_SELF;
export const COLLECTION_FLAGS = TypeFlag.SEQUENCE | TypeFlag.MAPPING;

let versionCounter = 0;
const nextVersion = (): number => ++versionCounter;

export type InstanceMaker = (type: PyType) => PyObject;

export class PyType extends PyObject {
  /** Remembered MRO lookups; `null` records "not found". */
  private readonly cache = new Map<string, PyValue | null>();
  /** Direct subclasses, for cache invalidation and `__subclasses__()`. */
  readonly subclasses: PyType[] = [];
  mro: PyType[] = [];
  /**
   * Changes whenever this type's or a base's namespace changes (CPython's tp_version_tag), so the
   * VM's per-instruction attribute caches can tell that what they remembered still holds.
   */
  version = nextVersion();
  /**
   * What the VM's attribute caches worked out about this type's attributes, by name (vm/attr-cache.ts):
   * shared by every site that sees the type, and forgotten with the lookups when a namespace changes.
   */
  attrMemo: Map<string, object> | null = null;
  /** How the VM calls this class to make an instance (vm/eval.ts constructInstance), worked out on first use; forgotten likewise. */
  constructPlan: object | null = null;
  /** Set by `__slots__`: the names of the member slots instances carry, in layout order. */
  slotNames: readonly string[] = [];
  /** A class's tp_base: the base whose instance layout it extends (CPython's best_base), set by type.__new__. */
  bestBase: PyType | null = null;

  constructor(
    metatype: PyType | null,
    public name: string,
    public bases: PyType[],
    public flags: number,
    public make: InstanceMaker,
    /** Filled right after construction (the dict type may not exist yet while bootstrapping). */
    public ns: PyDict = null as unknown as PyDict,
    public qualname: string = name,
  ) {
    super(metatype as PyType);
    for (const b of bases) flags |= b.flags & INHERITED_BITS;
    this.flags = flags;
    if (!(flags & TypeFlag.HEAPTYPE)) this.ob_refcnt = IMMORTAL;
  }

  get base(): PyType | null {
    return this.bestBase ?? (this.bases.length ? this.bases[0]! : null);
  }

  /** The attribute `name` as found along the MRO (a borrowed reference), or null. */
  lookup(name: string): PyValue | null {
    const hit = this.cache.get(name);
    if (hit !== undefined) return hit;
    let found: PyValue | null = null;
    for (const t of this.mro) {
      const v = t.ns.getStr(name);
      if (v !== undefined) { found = v; break; }
    }
    this.cache.set(name, found);
    return found;
  }

  /** Forgets remembered lookups here and in every subclass: called when a namespace changes. */
  modified(): void {
    this.cache.clear();
    this.attrMemo = null;
    this.constructPlan = null;
    this.version = nextVersion();
    for (const s of this.subclasses) s.modified();
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  hasFlag(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }

  /**
   * Takes SEQUENCE/MAPPING from the first type along the MRO that has one (inherit_patma_flags);
   * called once the MRO is set.
   */
  inheritCollectionFlags(): void {
    if (this.flags & COLLECTION_FLAGS) return;
    for (let i = 1; i < this.mro.length; i++) {
      const f = this.mro[i]!.flags & COLLECTION_FLAGS;
      if (f) { this.flags |= f; return; }
    }
  }
}

/**
 * C3 linearization (the MRO Python computes for every class), or null with the bases that
 * conflict when there is none; the caller raises CPython's TypeError.
 */
export function c3Linearize(type: PyType, bases: readonly PyType[]): PyType[] | PyType[][] {
  const sequences = bases.map((b) => [...b.mro]).concat([[...bases]]);
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = sequences.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const seq of nonEmpty) {
      const head = seq[0]!;
      if (!nonEmpty.some((s) => s.indexOf(head) > 0)) { candidate = head; break; }
    }
    if (candidate === null) return [nonEmpty.map((s) => s[0]!)];
    result.push(candidate);
    for (const seq of nonEmpty) if (seq[0] === candidate) seq.shift();
  }
}
