// Small helpers the mapping and set types share: finishing instances of heap subclasses, the
// KeyError that carries the missing key itself, and CPython's Py_ReprEnter/Py_ReprLeave (the
// set of containers whose repr is being built, so a self-reference prints as {...}).

import { incref, newref, type PyObject, type PyValue } from '../../object.js';
import { dictType, objectType } from '../../builtin-types.js';
import { TypeFlag, type PyType } from '../../type.js';
import { PyDict } from '../dict.js';
import { KeyError, PyBaseException, TypeError } from '../exceptions.js';
import { raise } from '../../errors.js';
import { PyTuple } from '../sequences.js';

/** Gives a new instance of `cls` what heap-class instances have: a __dict__ (unless __slots__ forbid it) and a class reference. */
export function finishInstance<T extends PyObject>(o: T, cls: PyType): T {
  if (!cls.hasFlag(TypeFlag.HEAPTYPE)) return o;
  incref(cls);
  for (const t of cls.mro) {
    if (t === objectType || !t.hasFlag(TypeFlag.HEAPTYPE)) continue;
    if (t.ns.getStr('__slots__') === undefined || cls.lookup('__dict__') !== null) {
      o.dict = new PyDict(dictType);
      break;
    }
  }
  return o;
}

/** KeyError(key): args is (key,), so str(e) is repr(key) (not raised). */
export function keyError(key: PyValue): PyBaseException {
  return new PyBaseException(KeyError, new PyTuple([newref(key)]));
}

const reprActive = new Set<PyValue>();

/** Py_ReprEnter: false when `o`'s repr is already being built (the caller prints "{...}"). */
export function reprEnter(o: PyValue): boolean {
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}

export function reprLeave(o: PyValue): void {
  reprActive.delete(o);
}

// --- argument checks of C methods (METH_O, METH_NOARGS, METH_VARARGS), with their messages ---

/** METH_O: exactly one positional argument; "set.add() takes exactly one argument (0 given)". */
export function oneArg(qual: string, args: readonly PyValue[], kw: readonly string[] | null): PyValue {
  if (kw !== null && kw.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
  if (args.length !== 1) raise(TypeError, `${qual}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** METH_NOARGS: "set.pop() takes no arguments (1 given)". */
export function noArgs(qual: string, args: readonly PyValue[], kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
  if (args.length !== 0) raise(TypeError, `${qual}() takes no arguments (${args.length} given)`);
}

/** METH_VARARGS without keywords: "set.union() takes no keyword arguments". */
export function noKw(qual: string, kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) raise(TypeError, `${qual}() takes no keyword arguments`);
}
