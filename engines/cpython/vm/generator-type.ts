// The Python-visible API of generators and coroutines (Objects/genobject.c): __next__, send,
// throw, close, the gi_*/cr_* attributes, names and reprs, and coroutine.__await__'s wrapper.
// The resumption machinery itself is in generator.ts; async generators are in async-generator.ts.

import { decref, newref, PyObject, xdecref, type PyValue } from '../../boxed/object.js';
import { raise } from '../../boxed/errors.js';
import { builtinType } from '../../boxed/builtin-types.js';
import { defineGetSets, defineMethods } from '../../boxed/define.js';
import { checkPositional } from '../../boxed/args.js';
import { newStr } from '../../boxed/strings.js';
import { identityHooks } from '../../boxed/identity.js';
import { PyType } from '../../boxed/type.js';
import { False, True } from '../../boxed/types/numbers.js';
import { None } from '../../boxed/types/singletons.js';
import { PyStr } from '../../boxed/types/str.js';
import { PyTuple } from '../../boxed/types/sequences.js';
import { BaseException, PyBaseException, TypeError } from '../../boxed/types/exceptions.js';
import { call } from '../../boxed/protocols/call.js';
import { typeName } from '../../boxed/protocols/type-of.js';
import { tracebackType } from '../../boxed/builtin-types.js';
import {
  close, coroutineType, generatorType, PyGenerator, send, throwInto, yieldFrom,
} from './generator.js';
import { frameObjectOf } from './traceback-objects.js';

const gen = (self: PyValue): PyGenerator => self as PyGenerator;

/**
 * The exception `throw(typ[, val[, tb]])` raises in a generator (_gen_throw's normalisation):
 * a class is instantiated (with val as its argument or argument tuple), an instance is used as is.
 */
export function exceptionToThrow(args: PyValue[], what = 'throw'): PyBaseException {
  const typ = args[0]!;
  const val = args.length > 1 ? args[1]! : None;
  const tb = args.length > 2 ? args[2]! : None;
  if (tb !== None && !(typeof tb !== 'number' && tb.ob_type === tracebackType)) {
    raise(TypeError, `${what}() third argument must be a traceback object`);
  }
  let exc: PyValue;
  if (typ instanceof PyType && typ.isSubtype(BaseException)) {
    if (val instanceof PyBaseException && val.ob_type.isSubtype(typ)) exc = newref(val);
    else if (val === None) exc = call(typ, []);
    else if (val instanceof PyTuple) exc = call(typ, val.items);
    else exc = call(typ, [val]);
    if (!(exc instanceof PyBaseException)) {
      const n = typeName(exc);
      decref(exc);
      raise(TypeError, `calling ${typ.name} should have returned an instance of BaseException, not ${n}`);
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== None) raise(TypeError, 'instance exception may not have a separate value');
    exc = newref(typ);
  } else {
    raise(TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  }
  if (tb !== None) {
    const e = exc as PyBaseException;
    xdecref(e.traceback);
    e.traceback = newref(tb);
  }
  return exc as PyBaseException;
}

/** gen.__next__(): the next value; StopIteration (with the return value) at the end. */
function genNext(self: PyValue): PyValue {
  return send(gen(self), None);
}

/** "<generator object f at 0x...>" */
function genRepr(g: PyGenerator, kind: string): string {
  const q = g.qualname instanceof PyStr ? g.qualname.value : '?';
  return `<${kind} object ${q} at ${identityHooks.addressHex(g)}>`;
}

const suspended = (g: PyGenerator): boolean => g.started && !g.finished && !g.running;

/** The attributes generators, coroutines and async generators share under their prefixes. */
function stateGetSets(prefix: string, awaitName: string): Record<string, (self: PyValue) => PyValue> {
  return {
    [`${prefix}_frame`]: (self) => (gen(self).finished ? None : newref(frameObjectOf(gen(self).frame))),
    [`${prefix}_running`]: (self) => (gen(self).running ? True : False),
    [`${prefix}_suspended`]: (self) => (suspended(gen(self)) ? True : False),
    [`${prefix}_code`]: (self) => newref(gen(self).frame.code.pyCode),
    [awaitName]: (self) => newref(yieldFrom(gen(self)) ?? None),
  };
}

function nameGetSets(): Parameters<typeof defineGetSets>[1] {
  return {
    __name__: {
      get: (self) => newref(gen(self).name),
      set(self, v) {
        if (!(v instanceof PyStr)) raise(TypeError, '__name__ must be set to a string object');
        const g = gen(self);
        decref(g.name);
        g.name = newref(v);
      },
    },
    __qualname__: {
      get: (self) => newref(gen(self).qualname),
      set(self, v) {
        if (!(v instanceof PyStr)) raise(TypeError, '__qualname__ must be set to a string object');
        const g = gen(self);
        decref(g.qualname);
        g.qualname = newref(v);
      },
    },
  };
}

/** send/throw/close, common to generators and coroutines. */
const resumeMethods = {
  send(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
    checkPositional('send', args, kw, 1);
    return send(gen(self), args[0]!);
  },
  throw(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
    checkPositional('throw', args, kw, 1, 3);
    return throwInto(gen(self), exceptionToThrow(args));
  },
  close(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
    checkPositional('close', args, kw, 0);
    close(gen(self));
    return None;
  },
};

// --- coroutine.__await__() --------------------------------------------------------------------

/** What coroutine.__await__() returns: an iterator driving the coroutine. */
export class PyCoroWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(coroWrapperType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.coro);
  }
}

export const coroWrapperType = builtinType('coroutine_wrapper', { subclassable: false });

function installCoroWrapper(): void {
  const w = (self: PyValue): PyGenerator => (self as PyCoroWrapper).coro;
  defineMethods(coroWrapperType, {
    __iter__: (self) => newref(self),
    __next__: (self) => send(w(self), None),
    send: (self, args, kw) => resumeMethods.send(w(self), args, kw),
    throw: (self, args, kw) => resumeMethods.throw(w(self), args, kw),
    close: (self, args, kw) => resumeMethods.close(w(self), args, kw),
  });
}

// --- install -------------------------------------------------------------------------------------

export function installGeneratorTypes(): void {
  defineMethods(generatorType, {
    __iter__: (self) => newref(self),
    __next__: genNext,
    ...resumeMethods,
    __repr__: (self) => newStr(genRepr(gen(self), 'generator')),
  });
  defineGetSets(generatorType, { ...nameGetSets(), ...stateGetSets('gi', 'gi_yieldfrom') });

  defineMethods(coroutineType, {
    __await__: (self) => new PyCoroWrapper(newref(gen(self))),
    ...resumeMethods,
    __repr__: (self) => newStr(genRepr(gen(self), 'coroutine')),
  });
  defineGetSets(coroutineType, {
    ...nameGetSets(),
    ...stateGetSets('cr', 'cr_await'),
    cr_origin: () => None,
  });
  installCoroWrapper();
}

export { nameGetSets as generatorNameGetSets, stateGetSets as generatorStateGetSets, genRepr as generatorRepr };
