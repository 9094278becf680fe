// `type`: calling a class, creating classes (type.__new__), class attributes (__name__,
// __mro__, __dict__, ...) and `__build_class__`, which runs a class statement.

import { decref, incref, newref, type PyValue } from '../object.js';
import { newException, raise } from '../errors.js';
import { repr } from '../protocols/objects.js';
import { defineClassMethods, defineGetSets, defineMethods, defineStatic } from '../define.js';
import { dictType, objectType, typeType } from '../builtin-types.js';
import { c3Linearize, PyType, TypeFlag } from '../type.js';
import { intern, newStr } from '../strings.js';
import { PyStr } from './str.js';
import { PyDict } from './dict.js';
import { PyTuple, PyList } from './sequences.js';
import { False, True } from './numbers.js';
import { None } from './singletons.js';
import { PyCell, PyFunction } from './functions.js';
import { PyMemberDescriptor } from './native.js';
import { AttributeError, PyBaseException, RuntimeError, TypeError } from './exceptions.js';
import { call, callHooks, callUnbound, callUnchecked } from '../protocols/call.js';
import { getAttrOrUndefined, missingAttribute, setNativeGetattributes, typeGetAttr, getDescriptor } from '../protocols/attributes.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import { asString, asAttrName } from '../convert.js';
import { qualifiedName } from './object-type.js';
import { classHooks } from '../class-hooks.js';
import { bestBase, slotLayout } from './class-layout.js';
import { addInstanceDescriptors } from './callables/class-dict-descriptors.js';

/** type.__call__: cls(*args) — __new__, then __init__ when __new__ returned an instance of cls. */
export function callType(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls === typeType) {
    // type(x) is x's type; type() otherwise needs the three arguments of a class (type_vectorcall, type_call).
    const nkw = kwnames === null ? 0 : kwnames.length;
    const pos = args.length - nkw;
    if (pos === 1) {
      if (nkw > 0) raise(TypeError, 'type() takes no keyword arguments');
      return newref(typeOf(args[0]!));
    }
    if (pos !== 3) raise(TypeError, 'type() takes 1 or 3 arguments');
  }
  const newFn = cls.lookup('__new__');
  if (newFn === null) raise(TypeError, `cannot create '${cls.name}' instances`);
  const obj = callNew(newFn, cls, args, kwnames);
  if (!typeOf(obj).isSubtype(cls)) return obj;
  const init = typeOf(obj).lookup('__init__');
  if (init !== null) {
    let r: PyValue;
    try {
      r = callUnbound(init, obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
    if (r !== None) {
      decref(obj);
      raise(TypeError, `__init__() should return None, not '${typeName(r)}'`);
    }
  }
  return obj;
}

/** Calls a __new__ found on a type: a static method (function or builtin) taking cls first. */
function callNew(newFn: PyValue, cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const f = unwrapStatic(newFn);
  // type_call calls tp_new directly: a builtin __new__ adds no recursion check of its own.
  return callUnchecked(f, [cls, ...args], kwnames);
}

function unwrapStatic(v: PyValue): PyValue {
  return classHooks.unwrapStaticMethod(v);
}

callHooks.callType = callType;

/** The most derived metaclass of `meta` and the bases' metaclasses (CPython's _PyType_CalculateMetaclass). */
export function calculateMetaclass(meta: PyType, bases: readonly PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) { winner = bt; continue; }
    raise(TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** type.__new__(meta, name, bases, ns, **kwds): a new class. */
export function typeNew(meta: PyType, name: string, basesTuple: PyTuple, ns: PyDict, kwnames: readonly string[] | null, kwvalues: PyValue[]): PyType {
  let bases = basesTuple.items as PyValue[];
  const winner = calculateMetaclass(meta, bases);
  for (const b of bases) {
    if (!(b instanceof PyType)) raise(TypeError, `bases must be types`);
  }
  if (winner !== meta) {
    const wn = winner.lookup('__new__');
    if (wn !== null && wn !== typeType.ns.getStr('__new__')) {
      return call(unwrapStatic(wn), [winner, intern(name), basesTuple, ns, ...kwvalues], kwnames) as PyType;
    }
    meta = winner;
  }
  if (bases.length === 0) bases = [objectType];
  const baseTypes = bases as PyType[];
  // Layout: all bases' solid bases must lie on one line of inheritance.
  const { base: best, solid: layout } = bestBase(baseTypes);
  for (let i = 0; i < baseTypes.length; i++) {
    for (let j = i + 1; j < baseTypes.length; j++) {
      if (baseTypes[i] === baseTypes[j]) raise(TypeError, `duplicate base class ${baseTypes[i]!.name}`);
    }
  }

  const flags = TypeFlag.HEAPTYPE | TypeFlag.BASETYPE;
  const dict = new PyDict(dictType);
  for (let i = ns.next(-1); i >= 0; i = ns.next(i)) dict.set(ns.keyAt(i), ns.values[i]!);
  const t = new PyType(meta, name, baseTypes, flags, layout.make, dict);
  t.bestBase = best;
  incref(meta);
  for (const b of baseTypes) incref(b);

  const mro = c3Linearize(t, baseTypes);
  if (Array.isArray(mro[0])) {
    // set_mro_error lists the remaining heads once each, in the order the merge met them.
    const names = [...new Set(mro[0] as PyType[])].map((b) => b.name).join(', ');
    raise(TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
  }
  t.mro = mro as PyType[];
  t.inheritCollectionFlags();
  for (const b of baseTypes) b.subclasses.push(t);

  // __qualname__ and __module__.
  const qual = dict.getStr('__qualname__');
  if (qual !== undefined) {
    if (!(qual instanceof PyStr)) raise(TypeError, `type __qualname__ must be a str, not ${typeName(qual)}`);
    t.qualname = qual.value;
    dict.delete(intern('__qualname__'));
  }
  if (dict.getStr('__module__') === undefined) {
    const mod = classHooks.currentModuleName();
    if (mod !== null) dict.setStr('__module__', intern('__module__'), mod);
  }
  // __new__ is a static method, __init_subclass__ and __class_getitem__ class methods, implicitly.
  for (const [nm, wrap] of [['__new__', classHooks.staticMethod], ['__init_subclass__', classHooks.classMethod], ['__class_getitem__', classHooks.classMethod]] as const) {
    const v = dict.getStr(nm);
    if (v instanceof PyFunction) {
      const w = wrap(v);
      dict.setStr(nm, intern(nm), w);
      decref(w);
    }
  }
  // __slots__: member descriptors in sorted order after the best base's, then __dict__, __weakref__,
  // __doc__ and __hash__ as PyType_Ready fills them in.
  const slots = slotLayout(name, best, baseTypes, dict);
  let index = best.slotNames.length;
  for (const sn of slots.members) {
    const d = new PyMemberDescriptor(t, sn, index++);
    dict.setStr(sn, intern(sn), d);
    decref(d);
  }
  t.slotNames = slots.members.length === 0 ? best.slotNames : [...best.slotNames, ...slots.members];
  addInstanceDescriptors(t, slots.addDict, slots.addWeak);
  if (t.lookup('__del__') !== null) t.flags |= TypeFlag.HAS_FINALIZER;

  // __classcell__: the cell zero-argument super() reads.
  const cell = dict.getStr('__classcell__');
  if (cell !== undefined) {
    if (!(cell instanceof PyCell)) raise(TypeError, `__classcell__ must be a nonlocal cell, not ${typeName(cell)}`);
    incref(t);
    const old = cell.ref;
    cell.ref = t;
    if (old !== undefined) decref(old);
    dict.delete(intern('__classcell__'));
  }
  t.modified();

  // __set_name__ on each attribute, then the parent's __init_subclass__. Like CPython, walk a snapshot
  // of the namespace: a __set_name__ may add or delete class attributes (enum replaces its members).
  let toSet: PyValue[] | null = null;
  for (let i = dict.next(-1); i >= 0; i = dict.next(i)) {
    const v = dict.values[i]!;
    if (typeOf(v).lookup('__set_name__') !== null) (toSet ??= []).push(newref(dict.keyAt(i)), newref(v));
  }
  if (toSet !== null) {
    try {
      for (let j = 0; j < toSet.length; j += 2) {
        const key = toSet[j]!;
        const v = toSet[j + 1]!;
        const setName = typeOf(v).lookup('__set_name__');
        if (setName === null) continue;
        try {
          decref(callUnbound(setName, v, [t, key]));
        } catch (e) {
          // 3.11 wraps the error (_PyErr_FormatFromCause); 3.12 adds a note instead.
          if (!(e instanceof PyBaseException)) throw e;
          const wrapped = newException(RuntimeError, `Error calling __set_name__ on '${typeName(v)}' instance ${repr(key)} in '${name}'`);
          wrapped.cause = e;
          wrapped.context = newref(e);
          wrapped.suppressContext = true;
          throw wrapped;
        }
      }
    } finally {
      for (const x of toSet) decref(x);
    }
  }
  const sup = classHooks.newSuper(t, t);
  try {
    const init = getAttrOrUndefined(sup, '__init_subclass__');
    if (init !== undefined) {
      try {
        decref(call(init, kwvalues, kwnames));
      } finally {
        decref(init);
      }
    }
  } finally {
    decref(sup);
  }
  return t;
}


export function installTypeType(): void {
  setNativeGetattributes(typeType.ns.getStr('__getattribute__') ?? None, None);
  defineStatic(typeType, '__new__', (_self, args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    const pos = args.length - nkw;
    const meta = args[0];
    if (!(meta instanceof PyType)) raise(TypeError, 'type.__new__(X): X is not a type object');
    if (pos !== 4) raise(TypeError, `type.__new__() takes exactly 3 arguments (${pos - 1} given)`);
    const name = asString(args[1]!, 'type.__new__() argument 1');
    const bases = args[2]!;
    if (!(bases instanceof PyTuple)) raise(TypeError, `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
    const ns = args[3]!;
    if (!(ns instanceof PyDict)) raise(TypeError, `type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
    return typeNew(meta, name, bases, ns, kwnames, args.slice(pos));
  });
  defineMethods(typeType, {
    __call__: (self, args, kwnames) => callType(self as PyType, args, kwnames),
    __init__(_self, args, kwnames) {
      const nkw = kwnames === null ? 0 : kwnames.length;
      const pos = args.length - nkw;
      if (pos === 1 && nkw > 0) raise(TypeError, 'type.__init__() takes no keyword arguments');
      if (pos !== 1 && pos !== 3) raise(TypeError, 'type.__init__() takes 1 or 3 arguments');
      return None;
    },
    __getattribute__(self, args) {
      const name = asAttrName(args[0]!);
      const v = typeGetAttr(self as PyType, name);
      if (v === undefined) throw missingAttribute(self, name);
      return v;
    },
    __setattr__(self, args) {
      setTypeAttr(self as PyType, asAttrName(args[0]!), args[1]!);
      return None;
    },
    __delattr__(self, args) {
      setTypeAttr(self as PyType, asAttrName(args[0]!), undefined);
      return None;
    },
    __repr__(self) {
      const t = self as PyType;
      return newStr(`<class '${qualifiedName(t)}'>`);
    },
    mro: (self) => new PyList((self as PyType).mro.map((t) => newref(t) as PyValue)),
    __subclasses__: (self) => new PyList((self as PyType).subclasses.map((t) => newref(t) as PyValue)),
    __instancecheck__: (self, args) => (typeOf(args[0]!).isSubtype(self as PyType) ? True : False),
    __subclasscheck__(self, args) {
      const c = args[0]!;
      if (!(c instanceof PyType)) raise(TypeError, 'issubclass() arg 1 must be a class');
      return c.isSubtype(self as PyType) ? True : False;
    },
    __dir__: (self) => classHooks.typeDir(self as PyType),
    __sizeof__: () => 888,
  });
  defineClassMethods(typeType, {
    __prepare__: () => new PyDict(dictType),
  });
  defineGetSets(typeType, {
    __name__: {
      get: (self) => newStr((self as PyType).name),
      set(self, v) {
        const t = self as PyType;
        if (!t.hasFlag(TypeFlag.HEAPTYPE)) raise(TypeError, `cannot set '__name__' attribute of immutable type '${t.name}'`);
        if (v === undefined) raise(TypeError, `cannot delete '__name__' attribute of immutable type '${t.name}'`);
        if (!(v instanceof PyStr)) raise(TypeError, `can only assign string to ${t.name}.__name__, not '${typeName(v)}'`);
        t.name = v.value;
      },
    },
    __qualname__: {
      get: (self) => newStr((self as PyType).qualname),
      set(self, v) {
        const t = self as PyType;
        if (v === undefined || !(v instanceof PyStr)) raise(TypeError, `can only assign string to ${t.name}.__qualname__, not '${v === undefined ? 'NoneType' : typeName(v)}'`);
        t.qualname = v.value;
      },
    },
    __module__: {
      get(self) {
        const t = self as PyType;
        const m = t.ns.getStr('__module__');
        // A builtin type's namespace may hold a module name (types.UnionType) or, for `type` itself,
        // this very descriptor: only a str counts there (CPython's type_module reads tp_name).
        if (m !== undefined && (t.hasFlag(TypeFlag.HEAPTYPE) || m instanceof PyStr)) return newref(m);
        return intern('builtins');
      },
      set(self, v) {
        const t = self as PyType;
        if (v === undefined) raise(TypeError, "cannot delete '__module__' attribute");
        t.ns.setStr('__module__', intern('__module__'), v);
      },
    },
    __bases__: (self) => new PyTuple((self as PyType).bases.map((b) => newref(b) as PyValue)),
    // __base__ and __mro__ are read-only members in CPython (type_members), hence their message.
    __base__: { get: (self) => newref((self as PyType).base ?? None), set: readonlyMember },
    __mro__: { get: (self) => new PyTuple((self as PyType).mro.map((b) => newref(b) as PyValue)), set: readonlyMember },
    __dict__: (self) => classHooks.mappingProxy((self as PyType).ns),
    __doc__: {
      get(self) {
        const t = self as PyType;
        const d = t.ns.getStr('__doc__');
        if (d === undefined) return None;
        return getDescriptor(d, null, t);
      },
      // type_set_doc: classes may replace their docstring (dataclasses does), builtin types may not.
      set(self, v) {
        const t = self as PyType;
        if (!t.hasFlag(TypeFlag.HEAPTYPE)) raise(TypeError, `cannot set '__doc__' attribute of immutable type '${t.name}'`);
        if (v === undefined) raise(TypeError, `cannot delete '__doc__' attribute of immutable type '${t.name}'`);
        t.ns.setStr('__doc__', intern('__doc__'), v);
        t.modified();
      },
    },
    __abstractmethods__: {
      get(self) {
        const t = self as PyType;
        const v = t === typeType ? undefined : t.ns.getStr('__abstractmethods__');
        if (v === undefined) throw missingAttribute(self, '__abstractmethods__');
        return newref(v);
      },
      set(self, v) {
        const t = self as PyType;
        if (v === undefined) t.ns.delete(intern('__abstractmethods__'));
        else t.ns.setStr('__abstractmethods__', intern('__abstractmethods__'), v);
        const nonEmpty = v !== undefined && classHooks.truthy(v);
        if (nonEmpty) t.flags |= TypeFlag.ABSTRACT;
        else t.flags &= ~TypeFlag.ABSTRACT;
        t.modified();
      },
    },
  });
  setNativeGetattributes(typeType.ns.getStr('__getattribute__')!, None);
}

function readonlyMember(): never {
  raise(AttributeError, 'readonly attribute');
}

/** type.__setattr__: builtin types are immutable; a class's namespace changes and lookups are forgotten. */
export function setTypeAttr(t: PyType, name: string, value: PyValue | undefined): void {
  if (!t.hasFlag(TypeFlag.HEAPTYPE)) {
    raise(TypeError, `cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  const meta = t.ob_type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && typeof metaAttr !== 'number') {
    const setter = typeOf(metaAttr).lookup(value === undefined ? '__delete__' : '__set__');
    if (setter !== null) {
      decref(callUnbound(setter, metaAttr, value === undefined ? [t] : [t, value]));
      t.modified();
      return;
    }
  }
  if (value === undefined) {
    if (!t.ns.delete(intern(name))) throw missingAttribute(t, name);
  } else t.ns.setStr(name, intern(name), value);
  t.modified();
}
