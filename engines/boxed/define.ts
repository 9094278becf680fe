// Declaring what builtin types and modules do: native methods, class methods, static methods and
// computed attributes go into a namespace from plain tables, so each type's file reads as a list
// of its methods.

import { IMMORTAL, type PyValue } from './object.js';
import { intern } from './strings.js';
import { raise } from './errors.js';
import { memberDescriptorType } from './builtin-types.js';
import { AttributeError } from './types/exceptions.js';
import type { PyType } from './type.js';
import type { PyDict } from './types/dict.js';
import {
  PyBuiltinFunction, PyClassMethodDescriptor, PyGetSetDescriptor, PyMethodDescriptor, type NativeMethod,
} from './types/native.js';

function put(ns: PyDict, name: string, value: PyValue): void {
  if (typeof value !== 'number') value.ob_refcnt = IMMORTAL;
  ns.setStr(name, intern(name), value);
}

/** Methods of a builtin type: `self` is the instance. */
export function defineMethods(type: PyType, methods: Record<string, NativeMethod>): void {
  for (const [name, fn] of Object.entries(methods)) put(type.ns, name, new PyMethodDescriptor(type, name, fn));
  type.modified();
}

/** Class methods of a builtin type (dict.fromkeys, int.from_bytes): `self` is the class. */
export function defineClassMethods(type: PyType, methods: Record<string, NativeMethod>): void {
  for (const [name, fn] of Object.entries(methods)) put(type.ns, name, new PyClassMethodDescriptor(type, name, fn));
  type.modified();
}

/**
 * Static methods and other plain functions stored on a type (str.maketrans, __new__). A __new__ is
 * bound to its type as CPython's tp_new_wrapper is (int.__new__.__self__ is int, which copyreg
 * relies on); a static method has no __self__. The native ignores the self it is passed.
 */
export function defineStatic(type: PyType, name: string, fn: NativeMethod, wrap: (f: PyValue) => PyValue = (f) => f): void {
  put(type.ns, name, wrap(new PyBuiltinFunction(name, fn, name === '__new__' ? type : null, type.name)));
  type.modified();
}

export interface GetSet {
  get: (self: PyValue) => PyValue;
  set?: (self: PyValue, value: PyValue | undefined) => void;
}

/** Computed attributes of a builtin type (getset descriptors): a getter, or {get, set}. */
export function defineGetSets(type: PyType, attrs: Record<string, GetSet | ((self: PyValue) => PyValue)>): void {
  for (const [name, spec] of Object.entries(attrs)) {
    const { get, set } = typeof spec === 'function' ? { get: spec, set: undefined } : spec;
    put(type.ns, name, new PyGetSetDescriptor(type, name, get, set ?? null));
  }
  type.modified();
}

const readonlyMember = (): never => raise(AttributeError, 'readonly attribute');

/**
 * Read-only attributes CPython declares as members (PyMemberDef with READONLY: range.start,
 * method.__func__, code.co_name): getters here, but shown as member_descriptor, and assigning or
 * deleting says "readonly attribute" where a getset says "... is not writable".
 */
export function defineReadonlyMembers(type: PyType, getters: Record<string, (self: PyValue) => PyValue>): void {
  for (const [name, get] of Object.entries(getters)) {
    const descr = new PyGetSetDescriptor(type, name, get, readonlyMember);
    descr.ob_type = memberDescriptorType;
    put(type.ns, name, descr);
  }
  type.modified();
}

/** Shows getsets defined on `type` as the writable members CPython declares them as (function.__doc__). */
export function showAsMembers(type: PyType, ...names: string[]): void {
  for (const name of names) (type.ns.getStr(name) as PyGetSetDescriptor).ob_type = memberDescriptorType;
}

/** A plain value in a type's namespace (e.g. `__hash__ = None`, `__doc__`). */
export function defineAttribute(type: PyType, name: string, value: PyValue): void {
  put(type.ns, name, value);
  type.modified();
}

/** Functions of a builtin module: `self` is the module object. */
export function defineFunctions(ns: PyDict, self: PyValue, functions: Record<string, NativeMethod>): void {
  for (const [name, fn] of Object.entries(functions)) put(ns, name, new PyBuiltinFunction(name, fn, self));
}
