// set and frozenset: construction, the methods and operators of each, repr, comparisons and
// frozenset's hash, over the operations in set-ops.ts. Also the hooks the VM builds sets
// through (BUILD_SET, SET_ADD, SET_UPDATE, frozenset constants).

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineAttribute, defineClassMethods, defineMethods, defineStatic } from '../../define.js';
import { frozensetType, setType } from '../../builtin-types.js';
import { PyType } from '../../type.js';
import { newStr } from '../../strings.js';
import { PySet } from '../set.js';
import { False, True, makeInt } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { PyList, PyTuple } from '../sequences.js';
import { TypeError } from '../exceptions.js';
import type { NativeMethod } from '../native.js';
import { repr } from '../../protocols/objects.js';
import { typeName } from '../../protocols/type-of.js';
import { containerHooks } from '../../container-hooks.js';
import { runtimeHooks } from '../../runtime-hooks.js';
import { HASH, hashToNumberOrBigint } from '../../../../shared/kernels/hash.js';
import { adopt, hashInto, newTable, type Table } from './set-storage.js';
import { keyError, noArgs, noKw, oneArg, reprEnter, reprLeave } from './common.js';
import { PySetIterator, installSetIterator } from './set-iterator.js';
import {
  copyOf, difference, differenceUpdate, intersection, intersectionMulti, isDisjoint, isSubset, isSubsetOf,
  isSupersetOf, newSetOf, storageOf, symmetricDifference, symmetricDifferenceUpdate, tableOf, updateInternal,
  withFrozenRetry, wrapTable,
} from './set-ops.js';
import { classGetItemOf } from './generic-alias.js';

const asSet = (v: PyValue): PySet => v as PySet;

/** "set expected at most 1 argument, got 2" (PyArg_UnpackTuple). */
function atMostOne(name: string, args: readonly PyValue[]): PyValue | null {
  if (args.length > 1) raise(TypeError, `${name} expected at most 1 argument, got ${args.length}`);
  return args.length === 1 ? args[0]! : null;
}

function setRepr(so: PySet): string {
  const t = so.ob_type;
  if (!reprEnter(so)) return `${t.name}(...)`;
  try {
    if (so.storage.size === 0) return `${t.name}()`;
    const keys = tableOf(so).toArray();
    for (const k of keys) newref(k);
    let body = '';
    try {
      for (let i = 0; i < keys.length; i++) body += (i ? ', ' : '') + repr(keys[i]!);
    } finally {
      for (const k of keys) decref(k);
    }
    return t === setType ? `{${body}}` : `${t.name}({${body}})`;
  } finally {
    reprLeave(so);
  }
}

/** frozenset's hash, computed once (CPython caches it in the object). */
function frozensetHash(so: PySet): number | bigint {
  if (so.hash === undefined) {
    tableOf(so).hash();
    so.hash = hashToNumberOrBigint(HASH[1]!, HASH[0]!);
  }
  return so.hash;
}

/** set_richcompare. */
function compare(v: PySet, w: PyValue, op: 'lt' | 'le' | 'eq' | 'ne' | 'gt' | 'ge'): PyValue {
  if (!(w instanceof PySet)) return NotImplemented;
  const nv = v.storage.size, nw = w.storage.size;
  switch (op) {
    case 'eq':
    case 'ne': {
      let same: boolean;
      if (nv !== nw) same = false;
      else if (v.hash !== undefined && w.hash !== undefined && v.hash !== w.hash) same = false;
      else same = isSubset(v, w);
      return same === (op === 'eq') ? True : False;
    }
    case 'le': return isSubset(v, w) ? True : False;
    case 'ge': return isSubset(w, v) ? True : False;
    case 'lt': return nv < nw && isSubset(v, w) ? True : False;
    default: return nv > nw && isSubset(w, v) ? True : False;
  }
}

/** A binary operator defined for two sets (any mix of set and frozenset), NotImplemented otherwise. */
type SetBinary = (a: PySet, b: PySet) => PyValue;
const binary = (f: SetBinary, reflected: boolean): NativeMethod => (self, args) => {
  const other = args[0]!;
  if (!(other instanceof PySet) || !(self instanceof PySet)) return NotImplemented;
  return reflected ? f(other, self) : f(self, other);
};

const orOp: SetBinary = (a, b) => {
  const result = copyOf(a);
  if (a !== b) {
    try {
      updateInternal(storageOf(result), b);
    } catch (e) {
      decref(result);
      throw e;
    }
  }
  return result;
};

/** The methods set and frozenset share (qualified names in messages use `tn`). */
function commonMethods(tn: string): Record<string, NativeMethod> {
  return {
    __len__: (self) => asSet(self).storage.size,
    __iter__: (self) => new PySetIterator(asSet(self)),
    __contains__(self, args, kw) {
      const key = oneArg(`${tn}.__contains__`, args, kw);
      const st = storageOf(asSet(self));
      if (!(key instanceof PySet)) return st.contains(key) ? True : False;
      return withFrozenRetry(key, (k) => st.contains(k)) ? True : False;
    },
    __repr__: (self) => newStr(setRepr(asSet(self))),
    __eq__: (self, args) => compare(asSet(self), args[0]!, 'eq'),
    __ne__: (self, args) => compare(asSet(self), args[0]!, 'ne'),
    __lt__: (self, args) => compare(asSet(self), args[0]!, 'lt'),
    __le__: (self, args) => compare(asSet(self), args[0]!, 'le'),
    __gt__: (self, args) => compare(asSet(self), args[0]!, 'gt'),
    __ge__: (self, args) => compare(asSet(self), args[0]!, 'ge'),
    __or__: binary(orOp, false),
    __ror__: binary(orOp, true),
    __and__: binary(intersection, false),
    __rand__: binary(intersection, true),
    __sub__: binary(difference, false),
    __rsub__: binary(difference, true),
    __xor__: binary(symmetricDifference, false),
    __rxor__: binary(symmetricDifference, true),
    union(self, args, kw) {
      noKw(`${tn}.union`, kw);
      const so = asSet(self);
      const result = copyOf(so);
      try {
        for (const other of args) if (other !== so) updateInternal(storageOf(result), other);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    },
    intersection(self, args, kw) {
      noKw(`${tn}.intersection`, kw);
      return intersectionMulti(asSet(self), args);
    },
    difference(self, args, kw) {
      noKw(`${tn}.difference`, kw);
      const so = asSet(self);
      if (args.length === 0) return copyOf(so);
      const result = difference(so, args[0]!);
      try {
        for (let i = 1; i < args.length; i++) differenceUpdate(result, args[i]!);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    },
    symmetric_difference(self, args, kw) {
      return symmetricDifference(asSet(self), oneArg(`${tn}.symmetric_difference`, args, kw));
    },
    issubset: (self, args, kw) => (isSubsetOf(asSet(self), oneArg(`${tn}.issubset`, args, kw)) ? True : False),
    issuperset: (self, args, kw) => (isSupersetOf(asSet(self), oneArg(`${tn}.issuperset`, args, kw)) ? True : False),
    isdisjoint: (self, args, kw) => (isDisjoint(asSet(self), oneArg(`${tn}.isdisjoint`, args, kw)) ? True : False),
    __reduce__(self) {
      const so = asSet(self);
      const keys = tableOf(so).toArray();
      for (const k of keys) newref(k);
      const state = so.dict !== null ? newref(so.dict) : None;
      return new PyTuple([newref(so.ob_type), new PyTuple([new PyList(keys)]), state]);
    },
    __sizeof__: (self) => 200 + 16 * (tableOf(asSet(self)).mask + 1),
  };
}

const setMethods: Record<string, NativeMethod> = {
  __init__(self, args, kw) {
    noKw('set', kw);
    const iterable = atMostOne(typeName(self), args);
    const st = storageOf(asSet(self));
    if (st.table.fill > 0) st.clear();
    if (iterable !== null) updateInternal(st, iterable);
    return None;
  },
  add(self, args, kw) {
    storageOf(asSet(self)).add(oneArg('set.add', args, kw));
    return None;
  },
  remove(self, args, kw) {
    const key = oneArg('set.remove', args, kw);
    if (!withFrozenRetry(key, (k) => storageOf(asSet(self)).discard(k))) throw keyError(key);
    return None;
  },
  discard(self, args, kw) {
    const key = oneArg('set.discard', args, kw);
    const st = storageOf(asSet(self));
    if (!(key instanceof PySet)) st.discard(key);
    else withFrozenRetry(key, (k) => st.discard(k));
    return None;
  },
  pop(self, args, kw) {
    noArgs('set.pop', args, kw);
    const st = storageOf(asSet(self));
    if (st.size === 0) throw keyError(newStr('pop from an empty set'));
    return st.pop();
  },
  clear(self, args, kw) {
    noArgs('set.clear', args, kw);
    storageOf(asSet(self)).clear();
    return None;
  },
  copy(self, args, kw) {
    noArgs('set.copy', args, kw);
    return copyOf(asSet(self));
  },
  update(self, args, kw) {
    noKw('set.update', kw);
    const st = storageOf(asSet(self));
    for (const other of args) updateInternal(st, other);
    return None;
  },
  intersection_update(self, args, kw) {
    noKw('set.intersection_update', kw);
    const so = asSet(self);
    const tmp = intersectionMulti(so, args);
    storageOf(so).replaceWith(tableOf(tmp));
    decref(tmp);
    return None;
  },
  difference_update(self, args, kw) {
    noKw('set.difference_update', kw);
    for (const other of args) differenceUpdate(asSet(self), other);
    return None;
  },
  symmetric_difference_update(self, args, kw) {
    symmetricDifferenceUpdate(asSet(self), oneArg('set.symmetric_difference_update', args, kw));
    return None;
  },
  __ior__(self, args) {
    const other = args[0]!;
    if (!(other instanceof PySet)) return NotImplemented;
    updateInternal(storageOf(asSet(self)), other);
    return newref(self);
  },
  __iand__(self, args) {
    const other = args[0]!;
    if (!(other instanceof PySet)) return NotImplemented;
    const so = asSet(self);
    const tmp = intersection(so, other);
    storageOf(so).replaceWith(tableOf(tmp));
    decref(tmp);
    return newref(self);
  },
  __isub__(self, args) {
    const other = args[0]!;
    if (!(other instanceof PySet)) return NotImplemented;
    differenceUpdate(asSet(self), other);
    return newref(self);
  },
  __ixor__(self, args) {
    const other = args[0]!;
    if (!(other instanceof PySet)) return NotImplemented;
    symmetricDifferenceUpdate(asSet(self), other);
    return newref(self);
  },
};

const frozensetMethods: Record<string, NativeMethod> = {
  copy(self, args, kw) {
    noArgs('frozenset.copy', args, kw);
    const so = asSet(self);
    return so.ob_type === frozensetType ? newref(so) : copyOf(so);
  },
  __hash__: (self) => {
    const h = frozensetHash(asSet(self));
    return typeof h === 'number' ? h : makeInt(h);
  },
};

/**
 * A table that iterates `items` (distinct, in CPython's iteration order) as CPython's table of
 * that frozenset constant does. CPython built it by adding the items in the order of an earlier
 * build, which the compiler does not keep; adding them in some order Q gives them in order G(Q),
 * and G is close to an involution on colliding items, so Q is looked for among G(F), G(G(F)), ...
 * Set displays copy this table's slots (SET_UPDATE), so its layout, not only its order, matters.
 */
function tableIterating(items: readonly PyValue[]): Table {
  const n = items.length;
  const lo = new Int32Array(n), hi = new Int32Array(n);
  const index = new Map<PyValue, number>();
  for (let i = 0; i < n; i++) {
    hashInto(items[i]!);
    lo[i] = HASH[0]!;
    hi[i] = HASH[1]!;
    index.set(items[i]!, i);
  }
  const build = (order: readonly number[]): Table => {
    const t = newTable();
    for (const i of order) t.add(items[i]!, lo[i]!, hi[i]!);
    return t;
  };
  const target = Array.from({ length: n }, (_, i) => i);
  let q: number[] = target;
  for (let round = 0; round < 6; round++) {
    const t = build(q);
    const order = t.toArray().map((v) => index.get(v)!);
    if (order.length === n && order.every((v, i) => v === i)) return t;
    q = order;
  }
  return build(target);
}

function checkSubtype(fn: string, cls: PyValue, base: PyType): PyType {
  if (!(cls instanceof PyType)) raise(TypeError, `${fn}(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(base)) raise(TypeError, `${fn}(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
  return cls;
}

export function installSetTypes(): void {
  const makeSetInstance = (t: PyType): PySet => wrapTable(t);
  setType.make = makeSetInstance;
  frozensetType.make = makeSetInstance;

  defineStatic(setType, '__new__', (_self, args, kw) => {
    const cls = checkSubtype('set.__new__', args[0]!, setType);
    if (cls === setType) noKw('set', kw);
    return wrapTable(cls);
  });
  defineStatic(frozensetType, '__new__', (_self, args, kw) => {
    const cls = checkSubtype('frozenset.__new__', args[0]!, frozensetType);
    if (cls === frozensetType || cls.lookup('__init__') === frozensetType.lookup('__init__')) noKw('frozenset', kw);
    const iterable = atMostOne(cls.name, args.slice(1, args.length - (kw?.length ?? 0)));
    if (cls === frozensetType && iterable !== null && iterable instanceof PySet && iterable.ob_type === frozensetType) return newref(iterable);
    return newSetOf(cls, iterable);
  });
  defineMethods(setType, { ...commonMethods('set'), ...setMethods });
  defineAttribute(setType, '__hash__', None);
  defineMethods(frozensetType, { ...commonMethods('frozenset'), ...frozensetMethods });
  for (const t of [setType, frozensetType]) defineClassMethods(t, { __class_getitem__: classGetItemOf(t.name) });
  installSetIterator();

  containerHooks.newSet = (items) => {
    const s = wrapTable(setType);
    const st = storageOf(s);
    try {
      for (const v of items) st.add(v);
    } catch (e) {
      decref(s);
      throw e;
    }
    return s;
  };
  containerHooks.setAdd = (set, item) => { storageOf(asSet(set)).add(item); };
  containerHooks.setUpdate = (set, iterable) => { updateInternal(storageOf(asSet(set)), iterable); };
  runtimeHooks.makeFrozenset = (items) => wrapTable(frozensetType, adopt(tableIterating(items)));
}
