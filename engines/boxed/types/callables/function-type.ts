// The `function` type as Python sees it (Objects/funcobject.c): its attributes (__name__,
// __defaults__, __code__, ...), __get__ (functions are non-data descriptors: methods bind
// through it), __call__, __repr__ and `types.FunctionType(code, globals, ...)`.
//
// A function's __dict__ is made on first use, so plain functions cost no dict: setting an
// attribute goes through a __setattr__ here that makes the dict, then the generic setattr.

import { decref, incref, newref, xdecref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineGetSets, defineMethods, defineReadonlyMembers, defineStatic, showAsMembers } from '../../define.js';
import { checkPositional, parseArgs } from '../../args.js';
import { asAttrName } from '../../convert.js';
import { dictType, functionType } from '../../builtin-types.js';
import { intern, newStr } from '../../strings.js';
import { identityHooks } from '../../identity.js';
import { PyStr } from '../str.js';
import { PyDict } from '../dict.js';
import { PyTuple } from '../sequences.js';
import { None } from '../singletons.js';
import { TypeError, ValueError } from '../exceptions.js';
import { PyCell, PyCode, PyFunction, PyMethod } from '../functions.js';
import { call } from '../../protocols/call.js';
import { genericSetAttr } from '../../protocols/attributes.js';
import { typeName } from '../../protocols/type-of.js';
import { coFreevars } from '../../../../shared/bytecode/code-views.js';

const fn = (self: PyValue): PyFunction => self as PyFunction;

/** The function's __dict__, made on first use (a borrowed reference). */
export function functionDict(f: PyFunction): PyDict {
  return (f.dict ??= new PyDict(dictType));
}

/** Replaces a reference-holding field: takes a reference to `v`, drops the old one. */
function swap<T extends PyValue | null>(old: T, v: T): T {
  if (v !== null) incref(v);
  xdecref(old);
  return v;
}

/** 3.11 keeps annotations as the compiler built them (a flat name/value tuple) until first read. */
function annotationsDict(f: PyFunction): PyValue {
  const a = f.annotations;
  if (a instanceof PyDict) return a;
  const d = new PyDict(dictType);
  if (a instanceof PyTuple) {
    for (let i = 0; i + 1 < a.items.length; i += 2) d.set(a.items[i]!, a.items[i + 1]!);
  }
  xdecref(a);
  f.annotations = d;
  return d;
}

/** "<function f at 0x...>" */
export function functionRepr(f: PyFunction): string {
  const q = f.qualname instanceof PyStr ? f.qualname.value : '?';
  return `<function ${q} at ${identityHooks.addressHex(f)}>`;
}

const NEW_PARAMS = { names: ['code', 'globals', 'name', 'argdefs', 'closure'], required: 2 };

/** types.FunctionType(code, globals, name=None, argdefs=None, closure=None) */
function functionNew(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [code, globals, name, argdefs, closure] = parseArgs('function', args.slice(1), kwnames, NEW_PARAMS);
  if (!(code instanceof PyCode)) raise(TypeError, `function() argument 'code' must be code, not ${typeName(code!)}`);
  if (!(globals instanceof PyDict)) raise(TypeError, `function() argument 'globals' must be dict, not ${typeName(globals!)}`);
  if (name !== undefined && name !== None && !(name instanceof PyStr)) raise(TypeError, 'arg 3 (name) must be None or string');
  if (argdefs !== undefined && argdefs !== None && !(argdefs instanceof PyTuple)) raise(TypeError, 'arg 4 (defaults) must be None or tuple');
  const nfree = coFreevars(code.code).length;
  const cells = closure === undefined || closure === None ? null : closure;
  if (cells !== null && !(cells instanceof PyTuple)) raise(TypeError, 'arg 5 (closure) must be tuple');
  if (nfree > 0 && cells === null) raise(TypeError, 'arg 5 (closure) must be tuple');
  const ncells = cells === null ? 0 : (cells as PyTuple).items.length;
  if (ncells !== nfree) raise(ValueError, `${code.code.co_name} requires closure of length ${nfree}, not ${ncells}`);
  for (const c of cells === null ? [] : (cells as PyTuple).items) {
    if (!(c instanceof PyCell)) raise(TypeError, `arg 5 (closure) expected cell, found ${typeName(c)}`);
  }
  const module = globals.getStr('__name__') ?? None;
  const first = code.code.co_consts[0];
  const doc = typeof first === 'string' ? newStr(first) : None;
  const nameObj = name instanceof PyStr ? name : intern(code.code.co_name);
  incref(code); incref(globals); incref(nameObj); incref(module);
  const f = new PyFunction(code, globals, nameObj, intern(code.code.co_qualname), doc, module);
  if (argdefs instanceof PyTuple) f.defaults = newref(argdefs);
  if (cells !== null && ncells > 0) f.closure = newref(cells as PyTuple);
  return f;
}

export function installFunctionType(): void {
  defineStatic(functionType, '__new__', (_self, args, kwnames) => functionNew(args, kwnames));
  defineMethods(functionType, {
    __get__(self, args, kw) {
      checkPositional('__get__', args, kw, 1, 2);
      const obj = args[0]!;
      if (obj === None) return newref(self);
      return new PyMethod(newref(self), newref(obj));
    },
    __call__: (self, args, kwnames) => call(self, args, kwnames),
    __repr__: (self) => newStr(functionRepr(fn(self))),
    __setattr__(self, args, kw) {
      checkPositional('__setattr__', args, kw, 2);
      functionDict(fn(self));
      genericSetAttr(self, asAttrName(args[0]!), args[1]!);
      return None;
    },
    __delattr__(self, args, kw) {
      checkPositional('__delattr__', args, kw, 1);
      functionDict(fn(self));
      genericSetAttr(self, asAttrName(args[0]!), undefined);
      return None;
    },
  });
  defineReadonlyMembers(functionType, {
    __closure__: (self) => newref(fn(self).closure ?? None),
    __globals__: (self) => newref(fn(self).globals),
    __builtins__(self) {
      const g = fn(self).globals;
      const b = g.getStr('__builtins__');
      if (b === undefined) return new PyDict(dictType);
      if (typeof b !== 'number' && !(b instanceof PyDict) && b.dict !== null) return newref(b.dict);
      return newref(b);
    },
  });
  defineGetSets(functionType, {
    __name__: {
      get: (self) => newref(fn(self).name),
      set(self, v) {
        if (!(v instanceof PyStr)) raise(TypeError, '__name__ must be set to a string object');
        const f = fn(self);
        f.name = swap(f.name, v);
      },
    },
    __qualname__: {
      get: (self) => newref(fn(self).qualname),
      set(self, v) {
        if (!(v instanceof PyStr)) raise(TypeError, '__qualname__ must be set to a string object');
        const f = fn(self);
        f.qualname = swap(f.qualname, v);
      },
    },
    __doc__: {
      get: (self) => newref(fn(self).doc),
      set(self, v) {
        const f = fn(self);
        f.doc = swap(f.doc, v ?? None);
      },
    },
    __module__: {
      get: (self) => newref(fn(self).module),
      set(self, v) {
        const f = fn(self);
        f.module = swap(f.module, v ?? None);
      },
    },
    __defaults__: {
      get: (self) => newref(fn(self).defaults ?? None),
      set(self, v) {
        if (v !== undefined && v !== None && !(v instanceof PyTuple)) raise(TypeError, '__defaults__ must be set to a tuple object');
        const f = fn(self);
        f.defaults = swap(f.defaults, v === undefined || v === None ? null : v as PyTuple);
      },
    },
    __kwdefaults__: {
      get: (self) => newref(fn(self).kwdefaults ?? None),
      set(self, v) {
        if (v !== undefined && v !== None && !(v instanceof PyDict)) raise(TypeError, '__kwdefaults__ must be set to a dict object');
        const f = fn(self);
        f.kwdefaults = swap(f.kwdefaults, v === undefined || v === None ? null : v as PyDict);
      },
    },
    __code__: {
      get: (self) => newref(fn(self).code),
      set(self, v) {
        if (!(v instanceof PyCode)) raise(TypeError, '__code__ must be set to a code object');
        const f = fn(self);
        const nfree = coFreevars(v.code).length;
        const nclosure = f.closure === null ? 0 : f.closure.items.length;
        if (nfree !== nclosure) {
          raise(ValueError, `${(f.name as PyStr).value}() requires a code object with ${nclosure} free vars, not ${nfree}`);
        }
        // `code` is readonly on the JS class (the VM prepares it once per function), but a
        // function's code may be replaced from Python: write through the field.
        const old = f.code;
        incref(v);
        (f as { code: PyCode }).code = v;
        decref(old);
      },
    },
    __dict__: {
      get: (self) => newref(functionDict(fn(self))),
      set(self, v) {
        if (v === undefined) raise(TypeError, 'cannot delete __dict__');
        if (!(v instanceof PyDict)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
        const f = fn(self);
        f.dict = swap(f.dict, v);
      },
    },
    __annotations__: {
      get: (self) => newref(annotationsDict(fn(self))),
      set(self, v) {
        if (v !== undefined && v !== None && !(v instanceof PyDict)) raise(TypeError, '__annotations__ must be set to a dict object');
        const f = fn(self);
        f.annotations = swap(f.annotations, v === undefined || v === None ? null : v);
      },
    },
  });
  showAsMembers(functionType, '__doc__', '__module__');
}
