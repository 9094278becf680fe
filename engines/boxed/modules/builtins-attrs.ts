// Builtin functions about attributes and classes: getattr, setattr, delattr, hasattr, vars(obj),
// dir(obj), isinstance, issubclass (Objects/abstract.c's PyObject_IsInstance/IsSubclass, with
// __instancecheck__/__subclasscheck__, tuples, unions and the __class__/__bases__ protocol).
// The argument-less dir() and vars() need the calling frame; the VM's exec-eval.ts adds them.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { checkPositional } from '../args.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../recursion.js';
import { listType, typeType } from '../builtin-types.js';
import { PyType } from '../type.js';
import { PyStr } from '../types/str.js';
import { PyList, PyTuple } from '../types/sequences.js';
import { False, True } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { TypeError, type PyBaseException } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import { callUnbound } from '../protocols/call.js';
import { getAttr, getAttrOrUndefined, isAttributeError, setAttr } from '../protocols/attributes.js';
import { toArray } from '../protocols/iteration.js';
import { asAttrName } from '../convert.js';
import { truthy } from '../protocols/objects.js';
import { typeOf, typeName } from '../protocols/type-of.js';

const attrName = asAttrName;

/** getattr(obj, name) or undefined when it raises AttributeError (a property's too). */
function getAttrOrMissing(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttrOrUndefined(obj, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    decref(e as PyBaseException);
    return undefined;
  }
}

/** vars(obj): obj.__dict__, or CPython's TypeError. */
export function varsOf(obj: PyValue): PyValue {
  const d = getAttrOrMissing(obj, '__dict__');
  if (d === undefined) raise(TypeError, 'vars() argument must have __dict__ attribute');
  return d;
}

/** list.sort(list, **kw) by the list type's own method (sorted() and dir() use it). */
export function sortList(list: PyList, args: PyValue[] = [], kwnames: readonly string[] | null = null): void {
  const sort = listType.lookup('sort');
  if (sort === null) {
    raise(TypeError, 'list.sort is not available');
  }
  decref(callUnbound(sort, list, args, kwnames));
}

/** dir(obj): type(obj).__dir__(obj) as a sorted list. */
export function dirOf(obj: PyValue): PyValue {
  const f = typeOf(obj).lookup('__dir__');
  if (f === null) raise(TypeError, 'object does not provide __dir__');
  const r = callUnbound(f, obj, []);
  let list: PyList;
  try {
    list = new PyList(r instanceof PyList && r.ob_type === listType ? r.items.slice() : toArray(r));
    if (r instanceof PyList && r.ob_type === listType) for (const v of list.items) if (typeof v !== 'number') v.ob_refcnt++;
  } finally {
    decref(r);
  }
  try {
    sortList(list);
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
}

// --- isinstance / issubclass ---------------------------------------------------------------

/** The members of a types.UnionType (int | str), or null when `cls` is not one. */
function unionArgs(cls: PyValue): PyValue | null {
  if (typeof cls === 'number' || cls.ob_type.name !== 'UnionType') return null;
  return getAttrOrMissing(cls, '__args__') ?? null;
}

/** check_class: does `cls` have a tuple __bases__ (the pre-type "class" protocol)? */
function checkClass(cls: PyValue, message: string): void {
  const bases = basesOf(cls);
  if (bases === null) raise(TypeError, message);
  decref(bases);
}

function basesOf(cls: PyValue): PyTuple | null {
  const b = getAttrOrMissing(cls, '__bases__');
  if (b === undefined) return null;
  if (b instanceof PyTuple) return b;
  decref(b);
  return null;
}

/** abstract_issubclass: walks __bases__ depth-first. */
function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = basesOf(derived);
    if (bases === null) return false;
    try {
      const n = bases.items.length;
      if (n === 0) return false;
      if (n === 1) { derived = bases.items[0]!; continue; }
      enterRecursiveCall(' in __issubclass__');
      try {
        for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
      } finally {
        leaveRecursiveCall();
      }
      return false;
    } finally {
      decref(bases);
    }
  }
}

function objectIsInstance(inst: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    if (typeOf(inst).isSubtype(cls)) return true;
    const icls = getAttrOrMissing(inst, '__class__');
    if (icls === undefined) return false;
    const r = icls !== typeOf(inst) && icls instanceof PyType && icls.isSubtype(cls);
    decref(icls);
    return r;
  }
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = getAttrOrMissing(inst, '__class__');
  if (icls === undefined) return false;
  try {
    return abstractIsSubclass(icls, cls);
  } finally {
    decref(icls);
  }
}

/** isinstance(inst, cls) (PyObject_IsInstance). */
export function isInstance(inst: PyValue, cls: PyValue): boolean {
  const t = typeOf(inst);
  if (t === cls) return true;
  if (cls instanceof PyType && cls.ob_type === typeType) return objectIsInstance(inst, cls);
  const args = unionArgs(cls);
  if (args !== null) {
    try {
      return isInstance(inst, args);
    } finally {
      decref(args);
    }
  }
  if (cls instanceof PyTuple) {
    enterRecursiveCall(' in __instancecheck__');
    try {
      for (const c of cls.items) if (isInstance(inst, c)) return true;
      return false;
    } finally {
      leaveRecursiveCall();
    }
  }
  const checker = typeOf(cls).lookup('__instancecheck__');
  if (checker !== null) {
    enterRecursiveCall(' in __instancecheck__');
    let r: PyValue;
    try {
      r = callUnbound(checker, cls, [inst]);
    } finally {
      leaveRecursiveCall();
    }
    const b = truthy(r);
    decref(r);
    return b;
  }
  return objectIsInstance(inst, cls);
}

function recursiveIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtype(cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  if (unionArgs(cls) === null) checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

/** issubclass(derived, cls) (PyObject_IsSubclass). */
export function isSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType && cls.ob_type === typeType) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  const args = unionArgs(cls);
  if (args !== null) {
    try {
      return isSubclass(derived, args);
    } finally {
      decref(args);
    }
  }
  if (cls instanceof PyTuple) {
    enterRecursiveCall(' in __subclasscheck__');
    try {
      for (const c of cls.items) if (isSubclass(derived, c)) return true;
      return false;
    } finally {
      leaveRecursiveCall();
    }
  }
  const checker = typeOf(cls).lookup('__subclasscheck__');
  if (checker !== null) {
    enterRecursiveCall(' in __subclasscheck__');
    let r: PyValue;
    try {
      r = callUnbound(checker, cls, [derived]);
    } finally {
      leaveRecursiveCall();
    }
    const b = truthy(r);
    decref(r);
    return b;
  }
  return recursiveIsSubclass(derived, cls);
}

export const attributeBuiltins: Record<string, NativeMethod> = {
  getattr(_self, args, kw) {
    checkPositional('getattr', args, kw, 2, 3);
    const name = attrName(args[1]!);
    if (args.length === 2) return getAttr(args[0]!, name);
    const v = getAttrOrMissing(args[0]!, name);
    if (v !== undefined) return v;
    const d = args[2]!;
    if (typeof d !== 'number') d.ob_refcnt++;
    return d;
  },
  hasattr(_self, args, kw) {
    checkPositional('hasattr', args, kw, 2);
    const v = getAttrOrMissing(args[0]!, attrName(args[1]!));
    if (v === undefined) return False;
    decref(v);
    return True;
  },
  setattr(_self, args, kw) {
    checkPositional('setattr', args, kw, 3);
    setAttr(args[0]!, attrName(args[1]!), args[2]!);
    return None;
  },
  delattr(_self, args, kw) {
    checkPositional('delattr', args, kw, 2);
    setAttr(args[0]!, attrName(args[1]!), undefined);
    return None;
  },
  isinstance(_self, args, kw) {
    checkPositional('isinstance', args, kw, 2);
    return isInstance(args[0]!, args[1]!) ? True : False;
  },
  issubclass(_self, args, kw) {
    checkPositional('issubclass', args, kw, 2);
    return isSubclass(args[0]!, args[1]!) ? True : False;
  },
};
