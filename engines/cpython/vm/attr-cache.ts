// Per-instruction attribute caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR: CPython 3.11's
// specializations of those instructions, in spirit. The first execution works the attribute out
// the general way and remembers, for the owner's type at its current version, which simple case
// applies; later executions on an object of that type check the type and version and take the
// short path (typically one Map lookup in the instance dict). Anything unusual (descriptors,
// __getattr__, a custom __getattribute__/__setattr__) is not cached and takes the general path.

import { decref, incref, type PyObject, type PyValue } from '../../boxed/object.js';
import type { PyDict } from '../../boxed/types/dict.js';
import { objectType, strType } from '../../boxed/builtin-types.js';
import { PyType } from '../../boxed/type.js';
import { intern } from '../../boxed/strings.js';
import { PyFunction, PyMethod } from '../../boxed/types/functions.js';
import { PyMemberDescriptor, PyMethodDescriptor } from '../../boxed/types/native.js';
import type { PyInstance } from '../../boxed/builtin-types.js';
import { getAttr, setAttr } from '../../boxed/protocols/attributes.js';
import { typeOf } from '../../boxed/protocols/type-of.js';

/** What a site's cache says about the attribute (the loop inlines the INSTANCE_ONLY and METHOD hits). */
export const enum Kind {
  NONE = 0,
  /** The type has no such attribute: it can only come from the instance dict. */
  INSTANCE_ONLY = 1,
  /** The type has a plain value (no __get__) under the name: the instance dict first, else that value. */
  CLASS_VALUE = 2,
  /** The type has a Python function or native method under the name (a method), not shadowed by the instance. */
  METHOD = 3,
  /** Stores go straight into the instance dict. */
  STORE_INSTANCE = 4,
  /** A `__slots__` member of the type: the value is in the instance's slot array (3.11's LOAD_ATTR_SLOT). */
  SLOT = 5,
  /** Stores into a `__slots__` member (STORE_ATTR_SLOT). */
  STORE_SLOT = 6,
}

export class AttrCache {
  readonly type: (PyType | undefined)[];
  readonly version: Int32Array;
  readonly kind: Uint8Array;
  readonly value: (PyValue | undefined)[];
  /**
   * Where the name was last found in an instance dict, and the key object there: instance dicts
   * of one class usually hold the same interned keys in the same order, so checking that entry's
   * key by identity finds the value without hashing (3.11's LOAD_ATTR_WITH_HINT).
   */
  readonly index: Int32Array;
  readonly key: (PyValue | undefined)[];
  /** The instance dict last seen without the name, at its version then (no entry was added since). */
  readonly absentIn: (PyDict | undefined)[];
  readonly absentVersion: Float64Array;

  constructor(size: number) {
    this.type = new Array(size).fill(undefined);
    this.version = new Int32Array(size);
    this.kind = new Uint8Array(size);
    this.value = new Array(size).fill(undefined);
    this.index = new Int32Array(size);
    this.key = new Array(size).fill(undefined);
    this.absentIn = new Array(size).fill(undefined);
    this.absentVersion = new Float64Array(size);
  }
}

/** The value of str key `name` in an instance dict (borrowed), trying the site's hint first. */
function instanceValue(cache: AttrCache, unit: number, dict: PyDict, name: string): PyValue | undefined {
  const i = cache.index[unit]!;
  const keys = dict.keys;
  if (i < keys.length && keys[i] === cache.key[unit] && i >= 0) return dict.values[i];
  const j = dict.findStr(name);
  if (j < 0) return undefined;
  cache.index[unit] = j;
  cache.key[unit] = keys[j] as PyValue;
  return dict.values[j];
}

/** Whether an instance dict lacks str key `name` (remembering a dict that lacks it until it grows). */
function instanceLacks(cache: AttrCache, unit: number, dict: PyDict, name: string): boolean {
  if (cache.absentIn[unit] === dict && cache.absentVersion[unit] === dict.version) return true;
  if (dict.findStr(name) >= 0) return false;
  cache.absentIn[unit] = dict;
  cache.absentVersion[unit] = dict.version;
  return true;
}

let genericGetattribute: PyValue | null | undefined;
let genericSetattr: PyValue | null | undefined;

function usesGenericAccess(t: PyType, store: boolean): boolean {
  if (genericGetattribute === undefined) {
    genericGetattribute = objectType.lookup('__getattribute__');
    genericSetattr = objectType.lookup('__setattr__');
  }
  if (store) return t.lookup('__setattr__') === genericSetattr;
  return t.lookup('__getattribute__') === genericGetattribute && t.lookup('__getattr__') === null;
}

function isPlainValue(v: PyValue): boolean {
  if (typeof v === 'number') return true;
  if (v instanceof PyFunction || v instanceof PyMethodDescriptor) return false;
  return v.ob_type.lookup('__get__') === null && v.ob_type.lookup('__set__') === null;
}

/**
 * What the attribute `name` of instances of a type is, for each instruction kind: worked out once
 * per type version and name (PyType.attrMemo) and shared by every site, so a site that sees
 * several types (a method of a base class reading `self.x` on instances of its subclasses)
 * re-learns with one map lookup instead of a full attribute lookup.
 */
class TypeAttr {
  constructor(
    /** LOAD_ATTR: INSTANCE_ONLY (the type has nothing), CLASS_VALUE, METHOD (a Python function), SLOT or NONE. */
    readonly load: Kind,
    /** LOAD_METHOD: METHOD (a Python function or native method) or NONE. */
    readonly method: Kind,
    /** STORE_ATTR: STORE_INSTANCE, STORE_SLOT or NONE. */
    readonly store: Kind,
    readonly value: PyValue | undefined,
    /** The slot index of a `__slots__` member. */
    readonly slot: number,
  ) {}
}

function typeAttr(t: PyType, name: string): TypeAttr {
  const memo = (t.attrMemo ??= new Map());
  let a = memo.get(name) as TypeAttr | undefined;
  if (a === undefined) {
    a = classify(t, name);
    memo.set(name, a);
  }
  return a;
}

function classify(t: PyType, name: string): TypeAttr {
  const attr = t.lookup(name);
  const genericLoad = usesGenericAccess(t, false);
  const genericStore = usesGenericAccess(t, true);
  let load: Kind = Kind.NONE;
  let method: Kind = Kind.NONE;
  let store: Kind = Kind.NONE;
  let slot = -1;
  if (attr === null) {
    load = Kind.INSTANCE_ONLY;
    store = Kind.STORE_INSTANCE;
  } else if (attr instanceof PyFunction) {
    load = method = Kind.METHOD;
  } else if (attr instanceof PyMethodDescriptor) {
    method = Kind.METHOD;
  } else if (attr instanceof PyMemberDescriptor && t.isSubtype(attr.owner)) {
    // A `__slots__` member: a data descriptor, so it wins over any instance dict.
    load = Kind.SLOT;
    store = Kind.STORE_SLOT;
    slot = attr.index;
  } else if (isPlainValue(attr)) {
    load = Kind.CLASS_VALUE;
    store = Kind.STORE_INSTANCE;
  }
  return new TypeAttr(genericLoad ? load : Kind.NONE, genericLoad ? method : Kind.NONE, genericStore ? store : Kind.NONE, attr ?? undefined, slot);
}

/** Works out which cached case applies to `owner.name` at this site. */
function learn(cache: AttrCache, unit: number, owner: PyValue, name: string, forMethod: boolean): void {
  const t = typeOf(owner);
  cache.type[unit] = t;
  cache.version[unit] = t.version;
  cache.kind[unit] = Kind.NONE;
  cache.value[unit] = undefined;
  if (owner instanceof PyType) return;
  const a = typeAttr(t, name);
  const k = forMethod ? a.method : a.load;
  // (INSTANCE_ONLY needs a dict; the other kinds check what they need when they run)
  if (k === Kind.INSTANCE_ONLY && (typeof owner === 'number' || owner.dict === null)) return;
  cache.kind[unit] = k;
  cache.value[unit] = a.value;
  // (SLOT keeps its slot index in `index`; the other kinds keep the entry hint there, which holds
  // for any type's dicts since the key is checked by identity)
  if (k === Kind.SLOT) cache.index[unit] = a.slot;
}

/** LOAD_ATTR: owner.name as a new reference. */
export function loadAttr(cache: AttrCache, unit: number, owner: PyValue, name: string): PyValue {
  if (typeof owner === 'number') return getAttr(owner, name);
  const t = owner.ob_type;
  if (cache.type[unit] !== t || cache.version[unit] !== t.version) learn(cache, unit, owner, name, false);
  const dict = owner.dict;
  switch (cache.kind[unit]) {
    case Kind.INSTANCE_ONLY: {
      const v = dict !== null ? instanceValue(cache, unit, dict, name) : undefined;
      if (v !== undefined) {
        incref(v);
        return v;
      }
      break;
    }
    case Kind.CLASS_VALUE: {
      const v = (dict !== null ? instanceValue(cache, unit, dict, name) : undefined) ?? cache.value[unit]!;
      incref(v);
      return v;
    }
    case Kind.METHOD: {
      if (dict === null || instanceLacks(cache, unit, dict, name)) {
        const fn = cache.value[unit]!;
        incref(fn);
        incref(owner);
        return new PyMethod(fn, owner);
      }
      break;
    }
    case Kind.SLOT: {
      // (only instances of classes have `slots`; an unset slot raises on the general path)
      const slots = (owner as PyInstance).slots;
      const v = slots != null ? slots[cache.index[unit]!] : undefined;
      if (v !== undefined) {
        incref(v);
        return v;
      }
      break;
    }
  }
  return getAttr(owner, name);
}

/**
 * LOAD_METHOD's lookup: the unbound method (a new reference) when `owner.name` is a plain method
 * of its type not shadowed by the instance, else undefined (the caller does a getattr).
 */
export function loadMethod(cache: AttrCache, unit: number, owner: PyValue, name: string, general: (o: PyValue, n: string) => PyValue | undefined): PyValue | undefined {
  const t = typeOf(owner);
  if (cache.type[unit] !== t || cache.version[unit] !== t.version) learn(cache, unit, owner, name, true);
  if (cache.kind[unit] === Kind.METHOD) {
    const dict = typeof owner === 'number' ? null : owner.dict;
    if (dict === null || instanceLacks(cache, unit, dict, name)) {
      const fn = cache.value[unit]!;
      incref(fn);
      return fn;
    }
  }
  return general(owner, name);
}

/** STORE_ATTR: owner.name = value (value borrowed). */
export function storeAttr(cache: AttrCache, unit: number, owner: PyValue, name: string, value: PyValue): void {
  if (typeof owner !== 'number') {
    const t = owner.ob_type;
    if (cache.type[unit] !== t || cache.version[unit] !== t.version) learnStore(cache, unit, owner, name);
    const k = cache.kind[unit];
    const dict = owner.dict;
    if (k === Kind.STORE_INSTANCE && dict !== null) {
      const i = cache.index[unit]!;
      const keys = dict.keys;
      if (i >= 0 && i < keys.length && keys[i] === cache.key[unit]) {
        // An existing entry: replace its value (positions and version stay, as in setStr).
        const old = dict.values[i]!;
        incref(value);
        dict.values[i] = value;
        decref(old);
        return;
      }
      // A new entry (an instance being filled in): the key this site stored last time is the
      // interned name already, and the entry lands last unless the name was there.
      const hint = cache.key[unit];
      const key = hint !== undefined && typeof hint !== 'number' && hint.ob_type === strType ? hint : intern(name);
      dict.setStr(name, key, value);
      const last = dict.keys.length - 1;
      const j = dict.keys[last] === key ? last : dict.findStr(name);
      cache.index[unit] = j;
      cache.key[unit] = dict.keys[j] as PyValue;
      return;
    }
    if (k === Kind.STORE_SLOT) {
      const inst = owner as PyInstance;
      if (inst.slots !== undefined) {
        const slots = (inst.slots ??= []);
        const i = cache.index[unit]!;
        const old = slots[i];
        incref(value);
        slots[i] = value;
        if (old !== undefined) decref(old);
        return;
      }
    }
  }
  setAttr(owner, name, value);
}

function learnStore(cache: AttrCache, unit: number, owner: PyObject, name: string): void {
  const t = owner.ob_type;
  cache.type[unit] = t;
  cache.version[unit] = t.version;
  cache.kind[unit] = Kind.NONE;
  if (owner instanceof PyType) return;
  const a = typeAttr(t, name);
  if (a.store === Kind.STORE_INSTANCE && owner.dict === null) return;
  cache.kind[unit] = a.store;
  if (a.store === Kind.STORE_SLOT) cache.index[unit] = a.slot;
}
