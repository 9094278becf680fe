// Functions written in TypeScript, as Python sees them: builtin functions, the method
// descriptors in builtin types' namespaces, and getset/member descriptors for attributes.
//
// One calling convention for everything native (CPython's vectorcall, minus the stack):
// `(self, args, kwnames)` where args holds the positional arguments followed by the values of
// the keyword arguments named in kwnames (null when there are none). Arguments are borrowed;
// the result is a new reference.

import { PyObject, type PyValue } from '../object.js';
import {
  builtinFunctionType, classmethodDescriptorType, getsetDescriptorType, memberDescriptorType, methodDescriptorType,
} from '../builtin-types.js';
import type { PyType } from '../type.js';

export type NativeMethod = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

/** builtin_function_or_method: a module function (self = the module) or a method bound to self. */
export class PyBuiltinFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeMethod,
    readonly self: PyValue | null,
    /** For `__qualname__` and repr: the owner type's name when bound from a method descriptor. */
    readonly ownerName: string | null = null,
    readonly doc: string | null = null,
  ) {
    super(builtinFunctionType);
  }
}

/** method_descriptor: a method of a builtin type, bound on attribute access from an instance. */
export class PyMethodDescriptor extends PyObject {
  constructor(readonly owner: PyType, readonly name: string, readonly fn: NativeMethod, readonly doc: string | null = null) {
    super(methodDescriptorType);
  }
}

/** classmethod_descriptor: like dict.fromkeys, bound to the class it is looked up on. */
export class PyClassMethodDescriptor extends PyObject {
  constructor(readonly owner: PyType, readonly name: string, readonly fn: NativeMethod, readonly doc: string | null = null) {
    super(classmethodDescriptorType);
  }
}

/** getset_descriptor: a computed attribute of a builtin type (function.__name__, exc.args). */
export class PyGetSetDescriptor extends PyObject {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, value: PyValue | undefined) => void) | null = null,
    readonly doc: string | null = null,
  ) {
    super(getsetDescriptorType);
  }
}

/** member_descriptor: one `__slots__` entry; the value lives in the instance's slot array. */
export class PyMemberDescriptor extends PyObject {
  constructor(readonly owner: PyType, readonly name: string, readonly index: number) {
    super(memberDescriptorType);
  }
}
