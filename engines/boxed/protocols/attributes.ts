// Attribute access: getattr, setattr and delattr as CPython's PyObject_GenericGetAttr,
// type_getattro and module_getattro do them, with descriptors.
//
// The common descriptor kinds (Python functions, native methods, getsets, slots) are recognised
// by their JS class; anything else goes through its type's __get__/__set__/__delete__, which is
// how property, classmethod, staticmethod and user descriptors work.

import { decref, incref, newref, type PyValue } from '../object.js';
import { raise, newException } from '../errors.js';
import { objectType, PyInstance } from '../builtin-types.js';
import { PyType, TypeFlag } from '../type.js';
import { AttributeError, TypeError } from '../types/exceptions.js';
import { PyFunction, PyMethod } from '../types/functions.js';
import { PyBuiltinFunction, PyClassMethodDescriptor, PyGetSetDescriptor, PyMemberDescriptor, PyMethodDescriptor } from '../types/native.js';
import { PyModule } from '../types/module.js';
import { None } from '../types/singletons.js';
import { intern } from '../strings.js';
import { callUnbound, setBindDescriptor, call } from './call.js';
import { typeOf, typeName } from './type-of.js';
import type { PyBaseException } from '../types/exceptions.js';

/** True when `descr` (found on a type) defines __set__ or __delete__: it wins over the instance dict. */
function isDataDescriptor(descr: PyValue): boolean {
  if (typeof descr === 'number') return false;
  if (descr instanceof PyFunction || descr instanceof PyMethodDescriptor) return false;
  if (descr instanceof PyGetSetDescriptor || descr instanceof PyMemberDescriptor) return true;
  const t = descr.ob_type;
  if (t.isSubtype(objectType) && t.mro.length === 1) return false;
  return t.lookup('__set__') !== null || t.lookup('__delete__') !== null;
}

function hasGet(descr: PyValue): boolean {
  if (typeof descr === 'number') return false;
  if (descr instanceof PyGetSetDescriptor || descr instanceof PyMemberDescriptor) return true;
  return descr.ob_type.lookup('__get__') !== null;
}

/** descr.__get__(obj, type) for a value found on `type`; obj is null for class access. A new reference. */
export function getDescriptor(descr: PyValue, obj: PyValue | null, type: PyType): PyValue {
  if (typeof descr === 'number') return descr;
  if (descr instanceof PyFunction) return obj === null ? newref(descr) : new PyMethod(newref(descr), newref(obj));
  if (descr instanceof PyMethodDescriptor) {
    if (obj === null) return newref(descr);
    return new PyBuiltinFunction(descr.name, descr.fn, newref(obj), descr.owner.name);
  }
  if (descr instanceof PyClassMethodDescriptor) return new PyBuiltinFunction(descr.name, descr.fn, newref(type), descr.owner.name);
  if (descr instanceof PyGetSetDescriptor) {
    if (obj === null) return newref(descr);
    checkDescriptorApplies(descr.name, descr.owner, obj);
    return descr.get(obj);
  }
  if (descr instanceof PyMemberDescriptor) {
    if (obj === null) return newref(descr);
    const v = (obj as PyInstance).slots?.[descr.index];
    if (v === undefined) throw attributeError(obj, descr.name, `'${typeName(obj)}' object has no attribute '${descr.name}'`);
    return newref(v);
  }
  const get = descr.ob_type.lookup('__get__');
  if (get === null) return newref(descr);
  return callUnbound(get, descr, [obj ?? None, type]);
}

function checkDescriptorApplies(name: string, owner: PyType, obj: PyValue): void {
  if (!typeOf(obj).isSubtype(owner)) {
    raise(TypeError, `descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeName(obj)}' object`);
  }
}

setBindDescriptor((fn, self) => getDescriptor(fn, self, typeOf(self)));

/** An AttributeError carrying `name` and `obj`, which 3.11 uses for "Did you mean" suggestions. */
export function attributeError(obj: PyValue, name: string, message: string): PyBaseException {
  const e = newException(AttributeError, message);
  e.setMember('name', intern(name));
  e.setMember('obj', obj);
  return e;
}

/** object.__getattribute__: a new reference, or undefined when absent (no exception allocated). */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const type = typeOf(obj);
  const descr = type.lookup(name);
  if (descr !== null && isDataDescriptor(descr) && hasGet(descr)) return getDescriptor(descr, obj, type);
  if (typeof obj !== 'number' && obj.dict !== null) {
    const v = obj.dict.getStr(name);
    if (v !== undefined) return newref(v);
  }
  if (descr !== null) return getDescriptor(descr, obj, type);
  return undefined;
}

/** type.__getattribute__ for a class object: metatype data descriptors, then the class's MRO. */
export function typeGetAttr(cls: PyType, name: string): PyValue | undefined {
  const meta = cls.ob_type;
  const metaAttr = meta.lookup(name);
  if (metaAttr !== null && isDataDescriptor(metaAttr)) return getDescriptor(metaAttr, cls, meta);
  const attr = cls.lookup(name);
  if (attr !== null) return getDescriptor(attr, null, cls);
  if (metaAttr !== null) return getDescriptor(metaAttr, cls, meta);
  return undefined;
}

const genericGetattribute = (): PyValue | null => objectType.lookup('__getattribute__');

/** getattr(obj, name) or undefined when the attribute is missing. A new reference. */
export function getAttrOrUndefined(obj: PyValue, name: string): PyValue | undefined {
  const type = typeOf(obj);
  const ga = type.lookup('__getattribute__');
  let result: PyValue | undefined;
  if (ga === genericGetattribute() || ga === null) result = genericGetAttr(obj, name);
  else if (obj instanceof PyType && ga === typeGetattributeDescr) result = typeGetAttr(obj, name);
  else if (obj instanceof PyModule && ga === moduleGetattributeDescr) result = moduleGetAttr(obj, name);
  else {
    try {
      result = callUnbound(ga, obj, [intern(name)]);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      decref(e as PyBaseException);
      result = undefined;
    }
  }
  if (result !== undefined) return result;
  const ga2 = type.lookup('__getattr__');
  if (ga2 !== null) {
    try {
      return callUnbound(ga2, obj, [intern(name)]);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      decref(e as PyBaseException);
      return undefined;
    }
  }
  return undefined;
}

/** getattr(obj, name): a new reference, or AttributeError with CPython's message. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const type = typeOf(obj);
  const ga = type.lookup('__getattribute__');
  if (ga !== genericGetattribute() && ga !== typeGetattributeDescr && ga !== moduleGetattributeDescr) {
    // A user __getattribute__: its own AttributeError propagates unless __getattr__ exists.
    const ga2 = type.lookup('__getattr__');
    if (ga2 === null) return callUnbound(ga!, obj, [intern(name)]);
    try {
      return callUnbound(ga!, obj, [intern(name)]);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      decref(e as PyBaseException);
      return callUnbound(ga2, obj, [intern(name)]);
    }
  }
  const hook = type.lookup('__getattr__');
  if (hook === null) {
    const v = getAttrOrUndefined(obj, name);
    if (v !== undefined) return v;
    throw missingAttribute(obj, name);
  }
  // slot_tp_getattr_hook: an AttributeError from the normal lookup (a property's getter
  // included) hands over to __getattr__, whose own exceptions propagate as they are.
  let v: PyValue | undefined;
  try {
    v = obj instanceof PyType ? typeGetAttr(obj, name) : genericGetAttr(obj, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    decref(e as PyBaseException);
    v = undefined;
  }
  if (v !== undefined) return v;
  return callUnbound(hook, obj, [intern(name)]);
}

/** The AttributeError CPython raises for a missing attribute of `obj`. */
export function missingAttribute(obj: PyValue, name: string): PyBaseException {
  if (obj instanceof PyType) return attributeError(obj, name, `type object '${obj.name}' has no attribute '${name}'`);
  if (obj instanceof PyModule) {
    if (moduleMissing !== null) return moduleMissing(obj, name);
    const modName = obj.ns.getStr('__name__');
    const n = modName !== undefined && typeof modName !== 'number' && 'value' in modName ? String((modName as { value: unknown }).value) : '?';
    return attributeError(obj, name, `module '${n}' has no attribute '${name}'`);
  }
  return attributeError(obj, name, `'${typeName(obj)}' object has no attribute '${name}'`);
}

export function isAttributeError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'ob_type' in e && (e as PyBaseException).ob_type.isSubtype(AttributeError);
}

/** Module attribute lookup with PEP 562's module-level __getattr__. */
export function moduleGetAttr(mod: PyModule, name: string): PyValue | undefined {
  const v = genericGetAttr(mod, name);
  if (v !== undefined) return v;
  const hook = mod.ns.getStr('__getattr__');
  if (hook !== undefined) {
    try {
      return call(hook, [intern(name)]);
    } catch (e) {
      if (!isAttributeError(e)) throw e;
      decref(e as PyBaseException);
    }
  }
  return undefined;
}

/** Set by the type and module machinery: their native __getattribute__ descriptors. */
let typeGetattributeDescr: PyValue | null = null;
let moduleGetattributeDescr: PyValue | null = null;
/** The module type's own AttributeError (the import system words it for modules being imported). */
let moduleMissing: ((mod: PyModule, name: string) => PyBaseException) | null = null;
export function setNativeGetattributes(
  typeDescr: PyValue, moduleDescr: PyValue, moduleError?: (mod: PyModule, name: string) => PyBaseException,
): void {
  typeGetattributeDescr = typeDescr;
  moduleGetattributeDescr = moduleDescr;
  moduleMissing = moduleError ?? null;
}

// --- setting and deleting ------------------------------------------------------------------

/** object.__setattr__ / __delattr__ (value undefined deletes). */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const type = typeOf(obj);
  const descr = type.lookup(name);
  if (descr !== null && typeof descr !== 'number') {
    if (descr instanceof PyGetSetDescriptor) {
      checkDescriptorApplies(descr.name, descr.owner, obj);
      if (descr.set === null) {
        throw attributeError(obj, name, `attribute '${name}' of '${descr.owner.name}' objects is not writable`);
      }
      descr.set(obj, value);
      return;
    }
    if (descr instanceof PyMemberDescriptor) {
      const inst = obj as PyInstance;
      const slots = (inst.slots ??= []);
      const old = slots[descr.index];
      if (value === undefined) {
        if (old === undefined) throw attributeError(obj, name, name);
        slots[descr.index] = undefined;
        decref(old);
      } else {
        incref(value);
        slots[descr.index] = value;
        if (old !== undefined) decref(old);
      }
      return;
    }
    if (!(descr instanceof PyFunction) && !(descr instanceof PyMethodDescriptor) && isDataDescriptor(descr)) {
      const which = value === undefined ? '__delete__' : '__set__';
      const setter = descr.ob_type.lookup(which);
      if (setter === null) throw newException(AttributeError, which);
      const r = callUnbound(setter, descr, value === undefined ? [obj] : [obj, value]);
      decref(r);
      return;
    }
  }
  if (typeof obj !== 'number' && obj.dict === null && isExceptionInstance(obj)) obj.dict = exceptionDictFactory();
  if (typeof obj === 'number' || obj.dict === null) {
    if (descr === null) {
      throw attributeError(obj, name, `'${typeName(obj)}' object has no attribute '${name}'`);
    }
    throw attributeError(obj, name, `'${typeName(obj)}' object attribute '${name}' is read-only`);
  }
  if (value === undefined) {
    if (!obj.dict.delete(intern(name))) throw attributeError(obj, name, `'${typeName(obj)}' object has no attribute '${name}'`);
  } else {
    obj.dict.setStr(name, intern(name), value);
  }
}

const isExceptionInstance = (o: PyValue): boolean => typeof o !== 'number' && o.ob_type.hasFlag(TypeFlag.BASE_EXC_SUBCLASS);
let exceptionDictFactory: () => NonNullable<PyInstance['dict']> = () => { throw new Error('unset'); };
/** Exceptions made natively have no __dict__ until an attribute is set on one (installed at start-up). */
export function setExceptionDictFactory(f: typeof exceptionDictFactory): void {
  exceptionDictFactory = f;
}

/** setattr(obj, name, value); value undefined means delattr. */
export function setAttr(obj: PyValue, name: string, value: PyValue | undefined): void {
  const type = typeOf(obj);
  const hookName = value === undefined ? '__delattr__' : '__setattr__';
  const hook = type.lookup(hookName);
  if (hook === objectType.lookup(hookName) || hook === null) {
    genericSetAttr(obj, name, value);
    return;
  }
  const r = callUnbound(hook, obj, value === undefined ? [intern(name)] : [intern(name), value]);
  decref(r);
}
