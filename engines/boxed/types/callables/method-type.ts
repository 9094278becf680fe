// Bound methods (Objects/classobject.c): a callable and the instance it was looked up on.
//
// Attribute access looks on the method type first and then forwards to the function, so
// `a.f.__name__`, `a.f.__doc__` and even `a.f.__get__` are the function's. Two bound methods are
// equal when their functions are equal and their instances are the same object.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineMethods, defineReadonlyMembers, defineStatic } from '../../define.js';
import { checkPositional } from '../../args.js';
import { asAttrName } from '../../convert.js';
import { methodType } from '../../builtin-types.js';
import { newStr } from '../../strings.js';
import { identityHooks } from '../../identity.js';
import { False, True, intFromNumber, makeInt } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { PyStr } from '../str.js';
import { TypeError } from '../exceptions.js';
import { PyMethod } from '../functions.js';
import { call } from '../../protocols/call.js';
import { getAttr, getAttrOrUndefined, getDescriptor } from '../../protocols/attributes.js';
import { eq } from '../../protocols/compare.js';
import { hash, repr } from '../../protocols/objects.js';
import { typeOf } from '../../protocols/type-of.js';

const m = (self: PyValue): PyMethod => self as PyMethod;

/** The func's __qualname__ (or __name__) for reprs, as a JS string; '?' when it has neither. */
export function callableName(func: PyValue): string {
  for (const attr of ['__qualname__', '__name__']) {
    const v = getAttrOrUndefined(func, attr);
    if (v !== undefined) {
      const s = v instanceof PyStr ? v.value : null;
      decref(v);
      if (s !== null) return s;
    }
  }
  return '?';
}

/** method_getattro: the method type's own attributes, else the function's. */
function methodGetAttr(self: PyMethod, name: string): PyValue {
  const t = typeOf(self);
  const descr = t.lookup(name);
  if (descr !== null && name !== '__doc__') return getDescriptor(descr, self, t);
  return getAttr(self.func, name);
}

export function installMethodType(): void {
  defineStatic(methodType, '__new__', (_self, args, kw) => {
    checkPositional('method', args.slice(1), kw, 2);
    const [func, obj] = [args[1]!, args[2]!];
    if (typeOf(func).lookup('__call__') === null) raise(TypeError, 'first argument must be callable');
    if (obj === None) raise(TypeError, 'instance must not be None');
    return new PyMethod(newref(func), newref(obj));
  });
  defineMethods(methodType, {
    __call__: (self, args, kwnames) => call(self, args, kwnames),
    __getattribute__(self, args, kw) {
      checkPositional('__getattribute__', args, kw, 1);
      return methodGetAttr(m(self), asAttrName(args[0]!));
    },
    __repr__(self) {
      const meth = m(self);
      return newStr(`<bound method ${callableName(meth.func)} of ${repr(meth.self)}>`);
    },
    __eq__(self, args) {
      const other = args[0]!;
      if (!(other instanceof PyMethod)) return NotImplemented;
      const a = m(self);
      return a.self === other.self && eq(a.func, other.func) ? True : False;
    },
    __ne__(self, args) {
      const other = args[0]!;
      if (!(other instanceof PyMethod)) return NotImplemented;
      const a = m(self);
      return a.self === other.self && eq(a.func, other.func) ? False : True;
    },
    __hash__(self) {
      // CPython: the instance's address hash xor the function's hash.
      const a = m(self);
      const x = BigInt(identityHooks.id(a.self)) >> 4n;
      const h = BigInt(hash(a.func)) ^ x;
      const r = BigInt.asIntN(64, h);
      const v = r === -1n ? -2n : r;
      return Number.isSafeInteger(Number(v)) ? intFromNumber(Number(v)) : makeInt(v);
    },
    __reduce__(self) {
      void self;
      return raise(TypeError, 'cannot pickle method objects');
    },
  });
  defineReadonlyMembers(methodType, {
    __func__: (self) => newref(m(self).func),
    __self__: (self) => newref(m(self).self),
  });
}
