// Calling any callable: CPython's PyObject_Vectorcall.
//
// args holds the positional arguments then the values of the keywords in kwnames (borrowed);
// the result is a new reference. Python functions run in the VM, which installs itself as
// `callHooks.callFunction` (the object model does not import an engine).

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { TypeError } from '../types/exceptions.js';
import { PyFunction, PyMethod } from '../types/functions.js';
import { PyBuiltinFunction, PyClassMethodDescriptor, PyMethodDescriptor } from '../types/native.js';
import { PyType, TypeFlag } from '../type.js';
import { typeType } from '../builtin-types.js';
import { typeOf, typeName } from './type-of.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../recursion.js';

export const callHooks = {
  callFunction: (_f: PyFunction, _args: PyValue[], _kwnames: readonly string[] | null): PyValue => {
    throw new Error('no VM installed');
  },
  /** type.__call__ (installed by the type machinery). */
  callType: (_t: PyType, _args: PyValue[], _kwnames: readonly string[] | null): PyValue => {
    throw new Error('no type machinery installed');
  },
};

/** The builtin classes that have a tp_vectorcall slot in CPython 3.11 (measured with python3). */
const VECTORCALL_TYPE_NAMES = new Set(['list', 'tuple', 'set', 'frozenset', 'dict', 'float', 'bool', 'range', 'enumerate', 'reversed', 'map', 'filter']);
const vectorcallMemo = new Map<PyType, boolean>();

/** Whether calling the class `t` goes through its own vectorcall (no recursion check). */
export function hasVectorcall(t: PyType): boolean {
  let v = vectorcallMemo.get(t);
  if (v === undefined) {
    v = !t.hasFlag(TypeFlag.HEAPTYPE) && VECTORCALL_TYPE_NAMES.has(t.name);
    vectorcallMemo.set(t, v);
  }
  return v;
}

/**
 * Calls `callable` as a specialized CALL instruction of CPython 3.11 does (PRECALL_NO_KW_LEN,
 * PRECALL_NO_KW_BUILTIN_FAST, PRECALL_NO_KW_STR_1, ...): natives and builtin classes are
 * called directly, without the recursion check of the generic call path.
 */
export function callUnchecked(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (typeof callable !== 'number') {
    if (callable instanceof PyBuiltinFunction) return callable.fn(callable.self as PyValue, args, kwnames);
    if (callable instanceof PyType && callable.ob_type === typeType) return callHooks.callType(callable, args, kwnames);
    if (callable instanceof PyMethodDescriptor && args.length > 0 && typeOf(args[0]!).isSubtype(callable.owner)) {
      return callable.fn(args[0]!, args.slice(1), kwnames);
    }
  }
  return call(callable, args, kwnames);
}

export function call(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (typeof callable !== 'number') {
    if (callable instanceof PyFunction) return callHooks.callFunction(callable, args, kwnames);
    if (callable instanceof PyBuiltinFunction) {
      // CPython counts every call of a C function against the recursion limit.
      enterRecursiveCall(' while calling a Python object');
      try {
        return callable.fn(callable.self as PyValue, args, kwnames);
      } finally {
        leaveRecursiveCall();
      }
    }
    if (callable instanceof PyMethod) return call(callable.func, [callable.self, ...args], kwnames);
    if (callable instanceof PyType && callable.ob_type === typeType) {
      // Builtin classes with a vectorcall slot are called without a check; the others go
      // through _PyObject_MakeTpCall, which checks (type(x) is handled by type_vectorcall).
      if (hasVectorcall(callable) || (callable === typeType && args.length === 1)) return callHooks.callType(callable, args, kwnames);
      enterRecursiveCall(' while calling a Python object');
      try {
        return callHooks.callType(callable, args, kwnames);
      } finally {
        leaveRecursiveCall();
      }
    }
    if (callable instanceof PyMethodDescriptor) {
      if (args.length === 0) raise(TypeError, `unbound method ${callable.owner.name}.${callable.name}() needs an argument`);
      const self = args[0]!;
      if (!typeOf(self).isSubtype(callable.owner)) {
        raise(TypeError, `descriptor '${callable.name}' for '${callable.owner.name}' objects doesn't apply to a '${typeName(self)}' object`);
      }
      enterRecursiveCall(' while calling a Python object');
      try {
        return callable.fn(self, args.slice(1), kwnames);
      } finally {
        leaveRecursiveCall();
      }
    }
    if (callable instanceof PyClassMethodDescriptor) {
      return callable.fn(args[0]!, args.slice(1), kwnames);
    }
  }
  const dunder = typeOf(callable).lookup('__call__');
  if (dunder === null) raise(TypeError, `'${typeName(callable)}' object is not callable`);
  return callUnbound(dunder, callable, args, kwnames);
}

/**
 * Calls `fn`, found on a type, as a method of `self` without creating a bound method
 * (CPython's vectorcall_unbound / LOAD_METHOD path).
 */
export function callUnbound(fn: PyValue, self: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  if (typeof fn !== 'number') {
    if (fn instanceof PyMethodDescriptor) return fn.fn(self, args, kwnames);
    if (fn instanceof PyFunction) return callHooks.callFunction(fn, [self, ...args], kwnames);
  }
  const bound = bindDescriptor(fn, self);
  try {
    return call(bound, args, kwnames);
  } finally {
    decref(bound);
  }
}

/** `fn.__get__(self, type(self))` for a value found on a type (a new reference). */
export let bindDescriptor: (fn: PyValue, self: PyValue) => PyValue = () => {
  throw new Error('attribute machinery not installed');
};
export function setBindDescriptor(f: typeof bindDescriptor): void {
  bindDescriptor = f;
}

/** Calls the special method `name` of `self`'s type, or returns undefined if it has none. */
export function callSpecial(self: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const fn = typeOf(self).lookup(name);
  if (fn === null) return undefined;
  return callUnbound(fn, self, args);
}
