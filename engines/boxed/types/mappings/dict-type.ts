// dict: construction, subscription (with __missing__ for subclasses), the methods, equality,
// the | and |= operators (PEP 584), repr with "{...}" for self-references, and fromkeys.
// Storage is types/dict.ts; filling from other objects is dict-update.ts.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { checkPositional } from '../../args.js';
import { defineAttribute, defineClassMethods, defineMethods, defineStatic } from '../../define.js';
import { dictType, frozensetType, setType } from '../../builtin-types.js';
import { PyType } from '../../type.js';
import { newStr } from '../../strings.js';
import { PyDict } from '../dict.js';
import { PySet } from '../set.js';
import { PyTuple } from '../sequences.js';
import { False, True } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { TypeError } from '../exceptions.js';
import type { NativeMethod } from '../native.js';
import { callUnbound, call } from '../../protocols/call.js';
import { getIter, next } from '../../protocols/iteration.js';
import { setItem } from '../../protocols/items.js';
import { eq } from '../../protocols/compare.js';
import { repr } from '../../protocols/objects.js';
import { typeName } from '../../protocols/type-of.js';
import { finishInstance, keyError, noArgs, oneArg, reprEnter, reprLeave } from './common.js';
import { setDictIter, updateCommon, updateFromArg } from './dict-update.js';
import { PyDictIterator, IterKind } from './dict-iterators.js';
import { PyDictView } from './dict-views.js';
import { classGetItemOf } from './generic-alias.js';
import { tableOf } from './set-ops.js';

const asDict = (v: PyValue): PyDict => v as PyDict;

/** PyDict_Copy: a new exact dict with the same entries. */
export function dictCopy(d: PyDict): PyDict {
  const r = new PyDict(dictType);
  for (let i = d.next(-1); i >= 0; i = d.next(i)) r.set(d.keyAt(i), d.values[i]!);
  return r;
}

/** d[key] for dict and subclasses: __missing__ of a subclass is called for absent keys. */
export function dictSubscript(d: PyDict, key: PyValue): PyValue {
  const i = d.find(key);
  if (i >= 0) return newref(d.values[i]!);
  if (d.ob_type !== dictType) {
    const missing = d.ob_type.lookup('__missing__');
    if (missing !== null) return callUnbound(missing, d, [key]);
  }
  throw keyError(key);
}

function dictRepr(d: PyDict): string {
  if (!reprEnter(d)) return '{...}';
  try {
    if (d.size === 0) return '{}';
    let s = '{';
    let first = true;
    for (let i = d.next(-1); i >= 0; i = d.next(i)) {
      // Hold the key and value: their reprs may run code that changes the dict.
      const k = newref(d.keyAt(i));
      const v = newref(d.values[i]!);
      try {
        s += (first ? '' : ', ') + repr(k) + ': ' + repr(v);
      } finally {
        decref(k);
        decref(v);
      }
      first = false;
    }
    return s + '}';
  } finally {
    reprLeave(d);
  }
}

/** dict_equal: same size and every key of a maps to an equal value in b. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = a.next(-1); i >= 0; i = a.next(i)) {
    const key = newref(a.keyAt(i));
    const aval = newref(a.values[i]!);
    try {
      const bval = b.get(key);
      if (bval === undefined) return false;
      newref(bval);
      try {
        if (!eq(aval, bval)) return false;
      } finally {
        decref(bval);
      }
    } finally {
      decref(key);
      decref(aval);
    }
  }
  return true;
}

function dictOr(a: PyValue, b: PyValue): PyValue {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const r = dictCopy(a);
  try {
    updateFromArg(r, b);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

/** dict.fromkeys(iterable, value=None): cls() filled by storage stores for an exact dict, by d[k] = v otherwise. */
function fromKeys(cls: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('fromkeys', args, kw, 1, 2);
  const iterable = args[0]!;
  const value = args.length > 1 ? args[1]! : None;
  const d = call(cls, []);
  try {
    const exact = d instanceof PyDict && d.ob_type === dictType;
    if (exact && iterable instanceof PyDict && iterable.ob_type === dictType) {
      for (let i = iterable.next(-1); i >= 0; i = iterable.next(i)) d.set(iterable.keyAt(i), value);
      return d;
    }
    if (exact && iterable instanceof PySet && (iterable.ob_type === setType || iterable.ob_type === frozensetType)) {
      for (const k of tableOf(iterable).toArray()) d.set(k, value);
      return d;
    }
    const it = getIter(iterable);
    try {
      for (let k = next(it); k !== undefined; k = next(it)) {
        try {
          if (exact) (d as PyDict).set(k, value);
          else setItem(d, k, value);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

const dictMethods: Record<string, NativeMethod> = {
  __init__(self, args, kw) {
    updateCommon(asDict(self), args, kw, 'dict');
    return None;
  },
  __getitem__: (self, args, kw) => dictSubscript(asDict(self), oneArg('dict.__getitem__', args, kw)),
  __setitem__(self, args, kw) {
    checkPositional('__setitem__', args, kw, 2);
    asDict(self).set(args[0]!, args[1]!);
    return None;
  },
  __delitem__(self, args, kw) {
    const key = oneArg('dict.__delitem__', args, kw);
    if (!asDict(self).delete(key)) throw keyError(key);
    return None;
  },
  __contains__: (self, args, kw) => (asDict(self).find(oneArg('dict.__contains__', args, kw)) >= 0 ? True : False),
  __len__: (self) => asDict(self).size,
  __iter__: (self) => new PyDictIterator(asDict(self), IterKind.KEYS, false),
  __reversed__: (self) => new PyDictIterator(asDict(self), IterKind.KEYS, true),
  __repr__: (self) => newStr(dictRepr(asDict(self))),
  __eq__(self, args) {
    const other = args[0]!;
    if (!(other instanceof PyDict)) return NotImplemented;
    return dictEqual(asDict(self), other) ? True : False;
  },
  __ne__(self, args) {
    const other = args[0]!;
    if (!(other instanceof PyDict)) return NotImplemented;
    return dictEqual(asDict(self), other) ? False : True;
  },
  __or__: (self, args) => dictOr(self, args[0]!),
  __ror__: (self, args) => dictOr(args[0]!, self),
  __ior__(self, args) {
    updateFromArg(asDict(self), args[0]!);
    return newref(self);
  },
  get(self, args, kw) {
    checkPositional('get', args, kw, 1, 2);
    const v = asDict(self).get(args[0]!);
    return v !== undefined ? newref(v) : args.length > 1 ? newref(args[1]!) : None;
  },
  setdefault(self, args, kw) {
    checkPositional('setdefault', args, kw, 1, 2);
    const d = asDict(self);
    const key = args[0]!;
    const i = d.find(key);
    if (i >= 0) return newref(d.values[i]!);
    const dflt = args.length > 1 ? args[1]! : None;
    d.set(key, dflt);
    return newref(dflt);
  },
  pop(self, args, kw) {
    checkPositional('pop', args, kw, 1, 2);
    const d = asDict(self);
    const key = args[0]!;
    // An empty dict does not even hash the key (so {}.pop([]) is a KeyError).
    const i = d.size === 0 ? -1 : d.find(key);
    if (i < 0) {
      if (args.length > 1) return newref(args[1]!);
      throw keyError(key);
    }
    const [k, v] = d.takeAt(i);
    decref(k);
    return v;
  },
  popitem(self, args, kw) {
    noArgs('dict.popitem', args, kw);
    const d = asDict(self);
    const i = d.last();
    if (i < 0) throw keyError(newStr('popitem(): dictionary is empty'));
    const [k, v] = d.takeAt(i);
    return new PyTuple([k, v]);
  },
  keys: (self, args, kw) => { noArgs('dict.keys', args, kw); return new PyDictView(asDict(self), IterKind.KEYS); },
  values: (self, args, kw) => { noArgs('dict.values', args, kw); return new PyDictView(asDict(self), IterKind.VALUES); },
  items: (self, args, kw) => { noArgs('dict.items', args, kw); return new PyDictView(asDict(self), IterKind.ITEMS); },
  update(self, args, kw) {
    updateCommon(asDict(self), args, kw, 'update');
    return None;
  },
  clear(self, args, kw) {
    noArgs('dict.clear', args, kw);
    asDict(self).clear();
    return None;
  },
  copy(self, args, kw) {
    noArgs('dict.copy', args, kw);
    return dictCopy(asDict(self));
  },
  __sizeof__: (self) => 48 + 24 * asDict(self).keys.length,
};

export function installDictType(): void {
  defineStatic(dictType, '__new__', (_self, args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) raise(TypeError, `dict.__new__(X): X is not a type object (${cls === undefined ? 'NULL' : typeName(cls)})`);
    if (!cls.isSubtype(dictType)) raise(TypeError, `dict.__new__(${cls.name}): ${cls.name} is not a subtype of dict`);
    return finishInstance(new PyDict(cls), cls);
  });
  defineMethods(dictType, dictMethods);
  defineClassMethods(dictType, { fromkeys: fromKeys, __class_getitem__: classGetItemOf('dict') });
  defineAttribute(dictType, '__hash__', None);
  setDictIter(dictType.ns.getStr('__iter__') ?? null);
}
