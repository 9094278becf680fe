// Per-instruction attribute caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR: CPython 3.11's
// specializations of those instructions, in spirit. The first execution works the attribute out
// the general way and remembers, for the owner's type at its current version, which simple case
// applies; later executions on an object of that type check the type and version and take the
// short path (typically one Map lookup in the instance dict). Anything unusual (descriptors,
// __getattr__, a custom __getattribute__/__setattr__) is not cached and takes the general path.

import { decref, incref, type PyObject, type PyValue } from '../../boxed/object.js';
import type { PyDict } from '../../boxed/types/dict.js';
import { objectType } from '../../boxed/builtin-types.js';
import { PyType } from '../../boxed/type.js';
import { intern } from '../../boxed/strings.js';
import { PyFunction, PyMethod } from '../../boxed/types/functions.js';
import { PyMethodDescriptor } from '../../boxed/types/native.js';
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
  if (i < keys.length && keys[i] === cache.key[unit]) return dict.values[i];
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

/** Works out which cached case applies to `owner.name` (after a general lookup succeeded). */
function learn(cache: AttrCache, unit: number, owner: PyValue, name: string, forMethod: boolean): void {
  const t = typeOf(owner);
  cache.type[unit] = t;
  cache.version[unit] = t.version;
  cache.kind[unit] = Kind.NONE;
  cache.value[unit] = undefined;
  if (owner instanceof PyType || !usesGenericAccess(t, false)) return;
  const attr = t.lookup(name);
  if (attr === null) {
    if (typeof owner !== 'number' && owner.dict !== null) cache.kind[unit] = Kind.INSTANCE_ONLY;
  } else if (attr instanceof PyFunction || (forMethod && attr instanceof PyMethodDescriptor)) {
    cache.kind[unit] = Kind.METHOD;
    cache.value[unit] = attr;
  } else if (isPlainValue(attr)) {
    cache.kind[unit] = Kind.CLASS_VALUE;
    cache.value[unit] = attr;
  }
}

/** LOAD_ATTR: owner.name as a new reference. */
export function loadAttr(cache: AttrCache, unit: number, owner: PyValue, name: string): PyValue {
  if (typeof owner !== 'number') {
    const t = owner.ob_type;
    if (cache.type[unit] === t && cache.version[unit] === t.version) {
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
      }
      return getAttr(owner, name);
    }
  }
  const v = getAttr(owner, name);
  learn(cache, unit, owner, name, false);
  return v;
}

/**
 * LOAD_METHOD's lookup: the unbound method (a new reference) when `owner.name` is a plain method
 * of its type not shadowed by the instance, else undefined (the caller does a getattr).
 */
export function loadMethod(cache: AttrCache, unit: number, owner: PyValue, name: string, general: (o: PyValue, n: string) => PyValue | undefined): PyValue | undefined {
  const t = typeOf(owner);
  if (cache.type[unit] === t && cache.version[unit] === t.version && cache.kind[unit] === Kind.METHOD) {
    const dict = typeof owner === 'number' ? null : owner.dict;
    if (dict === null || instanceLacks(cache, unit, dict, name)) {
      const fn = cache.value[unit]!;
      incref(fn);
      return fn;
    }
  }
  const m = general(owner, name);
  if (m !== undefined) learn(cache, unit, owner, name, true);
  return m;
}

/** STORE_ATTR: owner.name = value (value borrowed). */
export function storeAttr(cache: AttrCache, unit: number, owner: PyValue, name: string, value: PyValue): void {
  if (typeof owner !== 'number') {
    const t = owner.ob_type;
    const dict = owner.dict;
    if (cache.type[unit] === t && cache.version[unit] === t.version && cache.kind[unit] === Kind.STORE_INSTANCE && dict !== null) {
      const i = cache.index[unit]!;
      const keys = dict.keys;
      if (i < keys.length && keys[i] === cache.key[unit]) {
        // An existing entry: replace its value (positions and version stay, as in setStr).
        const old = dict.values[i]!;
        incref(value);
        dict.values[i] = value;
        decref(old);
        return;
      }
      dict.setStr(name, intern(name), value);
      const j = dict.findStr(name);
      cache.index[unit] = j;
      cache.key[unit] = dict.keys[j] as PyValue;
      return;
    }
  }
  setAttr(owner, name, value);
  learnStore(cache, unit, owner, name);
}

function learnStore(cache: AttrCache, unit: number, owner: PyValue, name: string): void {
  const t = typeOf(owner);
  cache.type[unit] = t;
  cache.version[unit] = t.version;
  cache.kind[unit] = Kind.NONE;
  if (owner instanceof PyType || typeof owner === 'number' || (owner as PyObject).dict === null) return;
  if (!usesGenericAccess(t, true)) return;
  const attr = t.lookup(name);
  if (attr === null || isPlainValue(attr)) cache.kind[unit] = Kind.STORE_INSTANCE;
}
