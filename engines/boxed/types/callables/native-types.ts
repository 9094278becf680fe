// What Python sees of natively implemented callables and attributes (Objects/methodobject.c,
// Objects/descrobject.c): builtin_function_or_method, method_descriptor, classmethod_descriptor,
// getset_descriptor and member_descriptor — their __get__/__set__/__call__, names and reprs.
//
// Attribute access of these kinds is done natively in protocols/attributes.ts; the methods
// here are what explicit calls (`descr.__get__(obj, cls)`) and introspection reach.

import { decref, incref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineGetSets, defineMethods, defineReadonlyMembers } from '../../define.js';
import { checkPositional } from '../../args.js';
import {
  builtinFunctionType, classmethodDescriptorType, getsetDescriptorType, memberDescriptorType, methodDescriptorType,
  wrapperDescriptorType, type PyInstance,
} from '../../builtin-types.js';
import { PyType } from '../../type.js';
import { intern, newStr } from '../../strings.js';
import { identityHooks } from '../../identity.js';
import { False, True } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { PyModule } from '../module.js';
import { AttributeError, TypeError } from '../exceptions.js';
import {
  PyBuiltinFunction, PyClassMethodDescriptor, PyGetSetDescriptor, PyMemberDescriptor, PyMethodDescriptor,
} from '../native.js';
import { call } from '../../protocols/call.js';
import { attributeError, getDescriptor } from '../../protocols/attributes.js';
import { typeOf, typeName } from '../../protocols/type-of.js';

type Described = PyMethodDescriptor | PyClassMethodDescriptor | PyGetSetDescriptor | PyMemberDescriptor;

const b = (self: PyValue): PyBuiltinFunction => self as PyBuiltinFunction;
const d = (self: PyValue): Described => self as Described;

/** A builtin's __self__ when it is a real object (not a module-level function's null). */
function boundTo(f: PyBuiltinFunction): PyValue | null {
  return f.self === null || f.self instanceof PyModule ? null : f.self;
}

/** meth_get__qualname__: "len", "list.append", "dict.fromkeys", "int.__new__". */
export function builtinQualname(f: PyBuiltinFunction): string {
  const self = boundTo(f);
  if (self === null) return f.ownerName !== null && !(f.self instanceof PyModule) ? `${f.ownerName}.${f.name}` : f.name;
  const t = self instanceof PyType ? self : typeOf(self);
  return `${t.qualname}.${f.name}`;
}

/** "<built-in function len>" or "<built-in method append of list object at 0x...>" */
export function builtinRepr(f: PyBuiltinFunction): string {
  const self = boundTo(f);
  if (self === null) {
    if (f.ownerName === null || f.self instanceof PyModule) return `<built-in function ${f.name}>`;
    return `<built-in method ${f.name} of type object>`;
  }
  return `<built-in method ${f.name} of ${typeName(self)} object at ${identityHooks.addressHex(self)}>`;
}

function descriptorKind(v: Described): string {
  if (v instanceof PyGetSetDescriptor) return v.ob_type === memberDescriptorType ? 'member' : 'attribute';
  if (v instanceof PyMemberDescriptor) return 'member';
  return v.ob_type === wrapperDescriptorType ? 'slot wrapper' : 'method';
}

/** descr.__get__(obj, type=None) for the native descriptor kinds. */
function descriptorGet(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('__get__', args, kw, 1, 2);
  const descr = d(self);
  const obj = args[0]!;
  const type = args.length > 1 && args[1] !== None ? args[1]! : null;
  if (obj === None) {
    if (type === null) raise(TypeError, '__get__(None, None) is invalid');
    if (descr instanceof PyClassMethodDescriptor) {
      if (!(type instanceof PyType)) raise(TypeError, `descriptor '${descr.name}' for type '${descr.owner.name}' needs a type, not a '${typeName(type)}' as arg 2`);
      return getDescriptor(descr, null, type);
    }
    return newref(descr);
  }
  if (descr instanceof PyClassMethodDescriptor) return getDescriptor(descr, null, type instanceof PyType ? type : typeOf(obj));
  checkApplies(descr, obj);
  return getDescriptor(descr, obj, typeOf(obj));
}

function checkApplies(descr: Described, obj: PyValue): void {
  if (!typeOf(obj).isSubtype(descr.owner)) {
    raise(TypeError, `descriptor '${descr.name}' for '${descr.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
}

/** Sets (or deletes, value undefined) the slot a member descriptor names. */
export function memberSet(descr: PyMemberDescriptor, obj: PyValue, value: PyValue | undefined): void {
  checkApplies(descr, obj);
  const inst = obj as PyInstance;
  const slots = (inst.slots ??= []);
  const old = slots[descr.index];
  if (value === undefined) {
    if (old === undefined) raise(AttributeError, descr.name);
    slots[descr.index] = undefined;
    decref(old);
    return;
  }
  incref(value);
  slots[descr.index] = value;
  if (old !== undefined) decref(old);
}

function descriptorSet(self: PyValue, obj: PyValue, value: PyValue | undefined): void {
  const descr = d(self);
  if (descr instanceof PyMemberDescriptor) { memberSet(descr, obj, value); return; }
  if (!(descr instanceof PyGetSetDescriptor)) raise(AttributeError, `'${typeName(self)}' object has no attribute '${value === undefined ? '__delete__' : '__set__'}'`);
  checkApplies(descr, obj);
  if (descr.set === null) throw attributeError(obj, descr.name, `attribute '${descr.name}' of '${descr.owner.name}' objects is not writable`);
  descr.set(obj, value);
}

// __name__ and __objclass__ are READONLY members of every descriptor kind (descr_members).
const descriptorMembers = {
  __name__: (self: PyValue) => intern(d(self).name),
  __objclass__: (self: PyValue) => newref(d(self).owner),
};

const descriptorGetSets = {
  __qualname__: (self: PyValue) => newStr(`${d(self).owner.qualname}.${d(self).name}`),
  __doc__: (self: PyValue) => {
    const doc = (d(self) as { doc?: string | null }).doc;
    return doc === undefined || doc === null ? None : newStr(doc);
  },
};

export function installNativeTypes(): void {
  defineMethods(builtinFunctionType, {
    __call__: (self, args, kwnames) => call(self, args, kwnames),
    __repr__: (self) => newStr(builtinRepr(b(self))),
    __eq__(self, args) {
      const o = args[0]!;
      if (!(o instanceof PyBuiltinFunction)) return NotImplemented;
      const a = b(self);
      return a.fn === o.fn && a.self === o.self ? True : False;
    },
    __ne__(self, args) {
      const o = args[0]!;
      if (!(o instanceof PyBuiltinFunction)) return NotImplemented;
      const a = b(self);
      return a.fn === o.fn && a.self === o.self ? False : True;
    },
    __hash__: (self) => identityHooks.hash(b(self).self ?? self),
    __reduce__: (self) => intern(b(self).name),
  });
  defineGetSets(builtinFunctionType, {
    __name__: (self) => intern(b(self).name),
    __qualname__: (self) => newStr(builtinQualname(b(self))),
    __self__: (self) => newref(b(self).self ?? None),
    __doc__: (self) => (b(self).doc === null ? None : newStr(b(self).doc!)),
    __module__(self) {
      const s = b(self).self;
      if (s instanceof PyModule) return newref(s.ns.getStr('__name__') ?? None);
      return None;
    },
    __text_signature__: () => None,
  });

  for (const t of [methodDescriptorType, classmethodDescriptorType, wrapperDescriptorType]) {
    defineMethods(t, {
      __get__: descriptorGet,
      __call__: (self, args, kwnames) => callDescriptor(self, args, kwnames),
      __repr__(self) {
        const v = d(self);
        return newStr(`<${descriptorKind(v)} '${v.name}' of '${v.owner.name}' objects>`);
      },
    });
    defineReadonlyMembers(t, descriptorMembers);
    defineGetSets(t, { ...descriptorGetSets, __text_signature__: () => None });
  }
  for (const t of [getsetDescriptorType, memberDescriptorType]) {
    defineMethods(t, {
      __get__: descriptorGet,
      __set__(self, args, kw) {
        checkPositional('__set__', args, kw, 2);
        descriptorSet(self, args[0]!, args[1]!);
        return None;
      },
      __delete__(self, args, kw) {
        checkPositional('__delete__', args, kw, 1);
        descriptorSet(self, args[0]!, undefined);
        return None;
      },
      __repr__(self) {
        const v = d(self);
        return newStr(`<${descriptorKind(v)} '${v.name}' of '${v.owner.name}' objects>`);
      },
    });
    defineReadonlyMembers(t, descriptorMembers);
    defineGetSets(t, descriptorGetSets);
  }
}

/** Calling a method or classmethod descriptor directly: `list.append(l, 1)`, `dict.__dict__['fromkeys'](dict, 'ab')`. */
function callDescriptor(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const descr = d(self);
  if (descr instanceof PyClassMethodDescriptor) {
    const nkw = kwnames?.length ?? 0;
    if (args.length - nkw < 1) raise(TypeError, `descriptor '${descr.name}' of '${descr.owner.name}' object needs an argument`);
    const cls = args[0]!;
    if (!(cls instanceof PyType)) raise(TypeError, `descriptor '${descr.name}' for type '${descr.owner.name}' needs a type, not a '${typeName(cls)}' as arg 2`);
    if (!cls.isSubtype(descr.owner)) raise(TypeError, `descriptor '${descr.name}' requires a subtype of '${descr.owner.name}' but received '${cls.name}'`);
    return descr.fn(cls, args.slice(1), kwnames);
  }
  return call(self, args, kwnames);
}

