// BaseException as CPython 3.11 defines it (Objects/exceptions.c): construction (args), str and
// repr, the chaining attributes (__traceback__, __cause__, __context__, __suppress_context__),
// __dict__, with_traceback, add_note and the pickling helpers __reduce__/__setstate__.
//
// Every exception instance is a PyBaseException whatever its class; the type-specific fields of
// subclasses live in its `members` (exception-attributes.ts).

import { decref, incref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineGetSets, defineMethods, defineStatic, type GetSet } from '../../define.js';
import { checkPositional } from '../../args.js';
import { dictType, tracebackType } from '../../builtin-types.js';
import { PyType, TypeFlag } from '../../type.js';
import { charStr, newStr } from '../../strings.js';
import { PyStr } from '../str.js';
import { PyDict } from '../dict.js';
import { PyList, PyTuple } from '../sequences.js';
import { False, PyBool, True } from '../numbers.js';
import { None } from '../singletons.js';
import { BaseException, PyBaseException, TypeError } from '../exceptions.js';
import { repr, str } from '../../protocols/objects.js';
import { toArray } from '../../protocols/iteration.js';
import { getAttrOrUndefined, setAttr } from '../../protocols/attributes.js';
import { typeName } from '../../protocols/type-of.js';

/** The number of positional arguments in a native call's args. */
export function positionalCount(args: readonly PyValue[], kwnames: readonly string[] | null): number {
  return kwnames === null ? args.length : args.length - kwnames.length;
}

/** _PyArg_NoKeywords(tp_name, kwds): "ValueError() takes no keyword arguments". */
export function noKeywordArgs(self: PyValue, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${typeOfExc(self).name}() takes no keyword arguments`);
}

const typeOfExc = (v: PyValue): PyType => (v as PyBaseException).ob_type;

/** `self` as an exception, or the TypeError a descriptor applied to another object raises. */
export function asException(self: PyValue, what: string): PyBaseException {
  if (self instanceof PyBaseException) return self;
  raise(TypeError, `descriptor '${what}' for 'BaseException' objects doesn't apply to a '${typeName(self)}' object`);
}

/** A new tuple of the first `n` values of `args` (new references). */
export function tupleOf(args: readonly PyValue[], n: number): PyTuple {
  const items = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) items[i] = newref(args[i]!);
  return new PyTuple(items);
}

/** Replaces self.args with `args` (a new reference that is consumed). */
export function replaceArgs(self: PyBaseException, args: PyTuple): void {
  const old = self.args;
  self.args = args;
  decref(old);
}

/** BaseException_str as a JS string: '' for no args, str(arg) for one, str(args) for more. */
export function baseStr(self: PyBaseException): string {
  const items = self.args.items;
  if (items.length === 0) return '';
  return str(items.length === 1 ? items[0]! : self.args);
}

/** BaseException_str as a new str object. */
export function baseStrObject(self: PyBaseException): PyValue {
  const items = self.args.items;
  if (items.length === 0) return charStr('');
  if (items.length === 1 && items[0] instanceof PyStr && items[0].ob_type.name === 'str') return newref(items[0]);
  return newStr(baseStr(self));
}

/**
 * BaseException.__new__(cls, *args): a blank instance of cls with args set (keywords ignored, as
 * CPython's BaseException_new ignores them; __init__ rejects them). The instance gets its __dict__
 * now (CPython makes it on first use, which is not observable).
 */
export function newExceptionInstance(cls: PyType, args: readonly PyValue[], npos: number): PyBaseException {
  const e = cls.make(cls);
  if (!(e instanceof PyBaseException)) {
    raise(TypeError, `BaseException.__new__(${cls.name}): ${cls.name} is not a subtype of BaseException`);
  }
  if (npos > 0) replaceArgs(e, tupleOf(args, npos));
  e.dict = new PyDict(dictType);
  if (cls.hasFlag(TypeFlag.HEAPTYPE)) incref(cls);
  return e;
}

/** Checks the `cls` argument of an exception type's __new__ and returns it. */
export function newClassArg(owner: string, args: readonly PyValue[]): PyType {
  if (args.length === 0) raise(TypeError, `${owner}.__new__(): not enough arguments`);
  const cls = args[0]!;
  if (!(cls instanceof PyType)) raise(TypeError, `${owner}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(BaseException)) raise(TypeError, `${owner}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner}`);
  return cls;
}

/** The instance dict, made when first needed. */
export function instanceDict(self: PyBaseException): PyDict {
  return (self.dict ??= new PyDict(dictType));
}

/** Sets __traceback__ (a traceback or None), with CPython's messages. */
export function setTraceback(self: PyBaseException, value: PyValue | undefined): void {
  if (value === undefined) raise(TypeError, '__traceback__ may not be deleted');
  if (value === None) {
    const old = self.traceback;
    self.traceback = null;
    if (old !== null) decref(old);
    return;
  }
  if (typeof value === 'number' || value.ob_type !== tracebackType) raise(TypeError, '__traceback__ must be a traceback or None');
  incref(value);
  const old = self.traceback;
  self.traceback = value;
  if (old !== null) decref(old);
}

/** A chaining slot's value as Python sees it: None when empty. */
const orNone = (v: PyValue | null): PyValue => (v === null ? None : newref(v));

const GETSETS: Record<string, GetSet> = {
  args: {
    get: (self) => newref(asException(self, 'args').args),
    set(self, value) {
      const e = asException(self, 'args');
      if (value === undefined) raise(TypeError, 'args may not be deleted');
      const t = value instanceof PyTuple && value.ob_type.name === 'tuple' ? newref(value) : new PyTuple(toArray(value));
      replaceArgs(e, t);
    },
  },
  __traceback__: {
    get: (self) => orNone(asException(self, '__traceback__').traceback),
    set: (self, value) => setTraceback(asException(self, '__traceback__'), value),
  },
  __context__: {
    get: (self) => orNone(asException(self, '__context__').context),
    set(self, value) {
      const e = asException(self, '__context__');
      if (value === undefined) raise(TypeError, '__context__ may not be deleted');
      if (value !== None && !(value instanceof PyBaseException)) {
        raise(TypeError, 'exception context must be None or derive from BaseException');
      }
      const old = e.context;
      e.context = value === None ? null : newref(value);
      if (old !== null) decref(old);
    },
  },
  __cause__: {
    get: (self) => orNone(asException(self, '__cause__').cause),
    set(self, value) {
      const e = asException(self, '__cause__');
      if (value === undefined) raise(TypeError, '__cause__ may not be deleted');
      if (value !== None && !(value instanceof PyBaseException)) {
        raise(TypeError, 'exception cause must be None or derive from BaseException');
      }
      const old = e.cause;
      e.cause = value === None ? null : newref(value);
      e.suppressContext = true;
      if (old !== null) decref(old);
    },
  },
  __suppress_context__: {
    get: (self) => (asException(self, '__suppress_context__').suppressContext ? True : False),
    set(self, value) {
      const e = asException(self, '__suppress_context__');
      if (value === undefined) raise(TypeError, "can't delete numeric/char attribute");
      if (!(value instanceof PyBool)) raise(TypeError, 'attribute value type must be bool');
      e.suppressContext = value === True;
    },
  },
  __dict__: {
    get: (self) => newref(instanceDict(asException(self, '__dict__'))),
    set(self, value) {
      const e = asException(self, '__dict__');
      if (value === undefined) raise(TypeError, 'cannot delete __dict__');
      if (!(value instanceof PyDict)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
      const old = e.dict;
      e.dict = newref(value);
      if (old !== null) decref(old);
    },
  },
};

export function installBaseException(): void {
  defineStatic(BaseException, '__new__', (_self, args, kwnames) => {
    const cls = newClassArg('BaseException', args);
    return newExceptionInstance(cls, args.slice(1), positionalCount(args, kwnames) - 1);
  });
  defineMethods(BaseException, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      noKeywordArgs(e, kwnames);
      replaceArgs(e, tupleOf(args, args.length));
      return None;
    },
    __str__: (self) => baseStrObject(asException(self, '__str__')),
    __repr__(self) {
      const e = asException(self, '__repr__');
      const name = e.ob_type.name;
      const items = e.args.items;
      return newStr(items.length === 1 ? `${name}(${repr(items[0]!)})` : `${name}${repr(e.args)}`);
    },
    __reduce__(self) {
      const e = asException(self, '__reduce__');
      const t = newref(e.ob_type);
      if (e.dict !== null && e.dict.size > 0) return new PyTuple([t, newref(e.args), newref(e.dict)]);
      return new PyTuple([t, newref(e.args)]);
    },
    __setstate__(self, args, kwnames) {
      checkPositional('__setstate__', args, kwnames, 1);
      const state = args[0]!;
      if (state === None) return None;
      if (!(state instanceof PyDict)) raise(TypeError, 'state is not a dictionary');
      for (let i = state.next(-1); i >= 0; i = state.next(i)) {
        const key = state.keyAt(i);
        if (!(key instanceof PyStr)) raise(TypeError, `attribute name must be string, not '${typeName(key)}'`);
        setAttr(self, key.value, state.values[i]!);
      }
      return None;
    },
    with_traceback(self, args, kwnames) {
      checkPositional('with_traceback', args, kwnames, 1);
      const e = asException(self, 'with_traceback');
      setTraceback(e, args[0]!);
      return newref(e);
    },
    add_note(self, args, kwnames) {
      checkPositional('add_note', args, kwnames, 1);
      const note = args[0]!;
      if (!(note instanceof PyStr)) raise(TypeError, `note must be a str, not '${typeName(note)}'`);
      // Exceptions raised natively are made without a __dict__ (CPython makes it on first use).
      if (self instanceof PyBaseException) instanceDict(self);
      let notes = getAttrOrUndefined(self, '__notes__');
      if (notes === undefined) {
        notes = new PyList([]);
        try {
          setAttr(self, '__notes__', notes);
        } catch (err) {
          decref(notes);
          throw err;
        }
      } else if (!(notes instanceof PyList)) {
        decref(notes);
        raise(TypeError, 'Cannot add note: __notes__ is not a list');
      }
      (notes as PyList).items.push(newref(note));
      decref(notes);
      return None;
    },
  });
  defineGetSets(BaseException, GETSETS);
}
