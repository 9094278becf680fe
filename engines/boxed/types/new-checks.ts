// The checks CPython's tp_new_wrapper makes when a builtin type's __new__ is called as a
// function (`int.__new__(cls, ...)`): a first argument, a type, a subtype of the owner, and a
// safe one — the nearest base of cls whose __new__ is not written in Python must share the
// owner's __new__, so `int.__new__(bool)` or `object.__new__(int)` cannot skip a constructor.

import type { PyValue } from '../object.js';
import { raise } from '../errors.js';
import { PyType } from '../type.js';
import { typeName } from '../protocols/type-of.js';
import { classHooks } from '../class-hooks.js';
import { PyFunction } from './functions.js';
import { TypeError } from './exceptions.js';

/** Checks args[0] of `owner.__new__(cls, ...)` and returns it as the type to build. */
export function newClassArg(owner: PyType, args: readonly PyValue[]): PyType {
  if (args.length === 0) raise(TypeError, `${owner.name}.__new__(): not enough arguments`);
  const cls = args[0]!;
  if (cls === owner) return owner;
  if (!(cls instanceof PyType)) raise(TypeError, `${owner.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(owner)) raise(TypeError, `${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  checkSafeNew(owner, cls);
  return cls;
}

function checkSafeNew(owner: PyType, cls: PyType): void {
  let staticBase: PyType | null = cls;
  while (staticBase !== null && classHooks.unwrapStaticMethod(staticBase.lookup('__new__') ?? owner) instanceof PyFunction) {
    staticBase = staticBase.base;
  }
  if (staticBase !== null && staticBase.lookup('__new__') !== owner.ns.getStr('__new__')) {
    raise(TypeError, `${owner.name}.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
  }
}
