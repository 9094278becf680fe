// The methods of `object`, the root every class inherits: attribute access, construction,
// the default repr, equality by identity and hashing by address.

import { decref, incref, newref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { defineAttribute, defineGetSets, defineMethods, defineStatic } from '../define.js';
import { checkPositional } from '../args.js';
import { objectType, PyInstance } from '../builtin-types.js';
import { PyType, TypeFlag } from '../type.js';
import { newStr } from '../strings.js';
import { PyStr } from './str.js';
import { False, True } from './numbers.js';
import { None, NotImplemented } from './singletons.js';
import { PyTuple } from './sequences.js';
import { PyDict } from './dict.js';
import { TypeError } from './exceptions.js';
import { genericGetAttr, genericSetAttr, getAttr, missingAttribute } from '../protocols/attributes.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import { identityHooks } from '../identity.js';
import { asIndex, asString, asAttrName } from '../convert.js';
import { dictType } from '../builtin-types.js';
import { str } from '../protocols/objects.js';
import { call, callUnbound } from '../protocols/call.js';
import { importHooks } from '../modules/import-hooks.js';
import { newClassArg } from './new-checks.js';
import { truthy } from '../protocols/objects.js';
import { instancesHave } from './class-layout.js';

/** "<__main__.A object at 0x7f...>": module-qualified name and the simulated address. */
export function defaultRepr(self: PyValue): string {
  const t = typeOf(self);
  return `<${qualifiedName(t)} object at ${identityHooks.addressHex(self)}>`;
}

/** A type's name as repr shows it: module.qualname, without "builtins.". */
export function qualifiedName(t: PyType): string {
  const mod = t.ns.getStr('__module__');
  const qual = t.ns.getStr('__qualname__');
  const q = qual instanceof PyStr ? qual.value : t.qualname;
  if (mod instanceof PyStr && mod.value !== 'builtins') return `${mod.value}.${q}`;
  return q;
}

/** object.__new__(cls): a blank instance of cls's layout. */
export function objectNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const hasArgs = args.length > 0;
  if (hasArgs) {
    // Excess arguments are an error unless __init__ is overridden and __new__ is not (CPython's rule).
    const newOverridden = cls.lookup('__new__') !== objectType.ns.getStr('__new__');
    const initOverridden = cls.lookup('__init__') !== objectType.ns.getStr('__init__');
    if (newOverridden) raise(TypeError, 'object.__new__() takes exactly one argument (the type to instantiate)');
    if (!initOverridden) raise(TypeError, `${cls.name}() takes no arguments`);
  }
  if (cls.hasFlag(TypeFlag.ABSTRACT)) {
    const abstract = cls.ns.getStr('__abstractmethods__');
    const names: string[] = [];
    if (abstract !== undefined) forEachStr(abstract, (s) => names.push(s));
    names.sort();
    raise(TypeError, `Can't instantiate abstract class ${cls.name} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
  }
  const o = cls.make(cls);
  if (cls.hasFlag(TypeFlag.HEAPTYPE) && o instanceof PyInstance) {
    if (cls.lookup('__dict__') !== null || !hasSlotsOnly(cls)) o.dict = new PyDict(dictType);
  }
  if (cls.hasFlag(TypeFlag.HEAPTYPE)) incref(cls);
  return o;
}

/** Whether every class in cls's MRO declares __slots__ (its instances then have no __dict__). */
export function hasSlotsOnly(cls: PyType): boolean {
  for (const t of cls.mro) {
    if (t === objectType) continue;
    if (!t.hasFlag(TypeFlag.HEAPTYPE)) continue;
    if (t.ns.getStr('__slots__') === undefined) return false;
  }
  return true;
}

function forEachStr(v: PyValue, fn: (s: string) => void): void {
  const items = v instanceof PyTuple ? v.items : (v as unknown as { storage?: { keys(): PyValue[] } }).storage?.keys() ?? [];
  for (const i of items) if (i instanceof PyStr) fn(i.value);
}

const OBJECT_DOC = 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n';

export function installObjectType(): void {
  defineAttribute(objectType, '__doc__', newStr(OBJECT_DOC));
  defineStatic(objectType, '__new__', (_self, args, kwnames) => {
    const cls = newClassArg(objectType, args);
    return objectNew(cls, args.slice(1), kwnames);
  }, (f) => f);
  defineMethods(objectType, {
    __init__(self, args) {
      if (args.length > 0) {
        const t = typeOf(self);
        const newOverridden = t.lookup('__new__') !== objectType.ns.getStr('__new__');
        const initOverridden = t.lookup('__init__') !== objectType.ns.getStr('__init__');
        // object_init: the message names object when a class's own __init__ passed the arguments on.
        if (initOverridden) raise(TypeError, 'object.__init__() takes exactly one argument (the instance to initialize)');
        if (!newOverridden) raise(TypeError, `${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
      }
      return None;
    },
    __getattribute__(self, args, kw) {
      checkPositional('__getattribute__', args, kw, 1);
      const name = asAttrName(args[0]!);
      const v = genericGetAttr(self, name);
      if (v === undefined) throw missingAttribute(self, name);
      return v;
    },
    __setattr__(self, args, kw) {
      checkPositional('__setattr__', args, kw, 2);
      genericSetAttr(self, asAttrName(args[0]!), args[1]!);
      return None;
    },
    __delattr__(self, args, kw) {
      checkPositional('__delattr__', args, kw, 1);
      genericSetAttr(self, asAttrName(args[0]!), undefined);
      return None;
    },
    __repr__: (self) => newStr(defaultRepr(self)),
    // object_str calls tp_repr directly: no "while getting the repr" recursion check, and
    // PyObject_Str (the caller) checks the result's type.
    __str__: (self) => {
      const fn = typeOf(self).lookup('__repr__');
      return fn === null ? newStr(defaultRepr(self)) : callUnbound(fn, self, []);
    },
    __hash__: (self) => identityHooks.hash(self),
    __eq__: (self, args) => (self === args[0] ? True : NotImplemented),
    __ne__(self, args) {
      // object.__ne__ inverts the type's own __eq__ unless that returned NotImplemented.
      const eqFn = typeOf(self).lookup('__eq__');
      if (eqFn === null) return NotImplemented;
      const r = callUnbound(eqFn, self, [args[0]!]);
      if (r === NotImplemented) return r;
      const b = truthy(r);
      decref(r);
      return b ? False : True;
    },
    __lt__: () => NotImplemented,
    __le__: () => NotImplemented,
    __gt__: () => NotImplemented,
    __ge__: () => NotImplemented,
    __format__(self, args) {
      const spec = asString(args[0]!, 'format spec');
      if (spec !== '') raise(TypeError, `unsupported format string passed to ${typeName(self)}.__format__`);
      return newStr(str(self));
    },
    // The copyreg protocol: a class's own __reduce__ wins; otherwise copyreg builds the reduction
    // (copyreg._reduce_ex for protocols 0 and 1, __newobj__/__newobj_ex__ from 2 on), as typeobject.c does.
    __reduce_ex__(self, args, kw) {
      checkPositional('__reduce_ex__', args, kw, 1);
      asIndex(args[0]!); // checks the protocol is an integer
      const reduce = typeOf(self).lookup('__reduce__');
      if (reduce !== null && reduce !== objectType.ns.getStr('__reduce__')) return callUnbound(reduce, self, []);
      return copyregReduce(self, args[0]!);
    },
    __reduce__: (self) => copyregReduce(self, 0),
    __getstate__: (self) => copyregCall('_getstate', [self]),
    __sizeof__: () => 16,
    __dir__: (self) => identityHooks.dir(self),
    __init_subclass__: () => None,
  });
  defineGetSets(objectType, {
    __class__: {
      get: (self) => newref(typeOf(self)),
      set(self, value) {
        if (value === undefined) raise(TypeError, "can't delete __class__ attribute");
        if (!(value instanceof PyType)) raise(TypeError, `__class__ must be set to a class, not '${typeName(value)}' object`);
        if (typeof self === 'number' || !typeOf(self).hasFlag(TypeFlag.HEAPTYPE) || !value.hasFlag(TypeFlag.HEAPTYPE)) {
          raise(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        const old = self.ob_type;
        if (!sameLayout(old, value)) raise(TypeError, `__class__ assignment: '${value.name}' object layout differs from '${old.name}'`);
        incref(value);
        self.ob_type = value;
        decref(old);
      },
    },
  });
}

/** compatible_for_assignment: instances of both types have the same member slots, dict and weakref list. */
function sameLayout(a: PyType, b: PyType): boolean {
  if (a.make !== b.make || a.slotNames.length !== b.slotNames.length) return false;
  for (let i = 0; i < a.slotNames.length; i++) if (a.slotNames[i] !== b.slotNames[i]) return false;
  return instancesHave(a, '__dict__') === instancesHave(b, '__dict__') && instancesHave(a, '__weakref__') === instancesHave(b, '__weakref__');
}

/** Calls copyreg.<name>(...args): the Python half of object's pickling support. */
function copyregCall(name: string, args: PyValue[]): PyValue {
  const mod = importHooks.importModule('copyreg', None, None, None, 0);
  try {
    const fn = getAttr(mod, name);
    try {
      return call(fn, args);
    } finally {
      decref(fn);
    }
  } finally {
    decref(mod);
  }
}

function copyregReduce(self: PyValue, protocol: PyValue): PyValue {
  return copyregCall('_reduce_object', [self, protocol]);
}
