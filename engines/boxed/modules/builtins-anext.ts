// anext(it, default)'s awaitable (CPython's anext_awaitable in Objects/iterobject.c): awaiting
// it awaits it.__anext__() and turns the StopAsyncIteration that ends the iterator into a
// StopIteration carrying the default, so `await anext(it, d)` evaluates to d at the end.

import { decref, newref, PyObject, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { builtinType } from '../builtin-types.js';
import { defineMethods } from '../define.js';
import { PyTuple } from '../types/sequences.js';
import { None } from '../types/singletons.js';
import { PyBaseException, StopAsyncIteration, StopIteration, TypeError } from '../types/exceptions.js';
import { call, callUnbound } from '../protocols/call.js';
import { getAttr } from '../protocols/attributes.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import { anextHooks } from './builtins-iter.js';

const anextAwaitableType = builtinType('anext_awaitable', { subclassable: false });

class PyAnextAwaitable extends PyObject {
  /** The iterator of the wrapped awaitable's __await__(), made on first use. */
  iter: PyValue | null = null;
  constructor(readonly wrapped: PyValue, readonly dflt: PyValue) {
    super(anextAwaitableType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.wrapped);
    decref(this.dflt);
    if (this.iter !== null) decref(this.iter);
  }
}

function innerIterator(a: PyAnextAwaitable): PyValue {
  if (a.iter !== null) return a.iter;
  const t = typeOf(a.wrapped);
  const aw = t.lookup('__await__');
  if (aw === null) raise(TypeError, `'${typeName(a.wrapped)}' object can't be awaited`);
  const it = callUnbound(aw, a.wrapped, []);
  if (typeOf(it).lookup('__next__') === null) {
    decref(it);
    raise(TypeError, `__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  a.iter = it;
  return it;
}

/** Runs one step of the inner iterator, mapping its end (StopAsyncIteration) to StopIteration(default). */
function step(self: PyValue, method: string, args: PyValue[]): PyValue {
  const a = self as PyAnextAwaitable;
  const it = innerIterator(a);
  try {
    if (method === '__next__') {
      const f = typeOf(it).lookup('__next__')!;
      return callUnbound(f, it, []);
    }
    const m = getAttr(it, method);
    try {
      return call(m, args);
    } finally {
      decref(m);
    }
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(StopAsyncIteration)) {
      decref(e);
      const stop = new PyBaseException(StopIteration, new PyTuple([newref(a.dflt)]));
      stop.setMember('value', a.dflt);
      throw stop;
    }
    throw e;
  }
}

export function installAnext(): void {
  defineMethods(anextAwaitableType, {
    __await__: (self) => newref(self),
    __iter__: (self) => newref(self),
    __next__: (self) => step(self, '__next__', []),
    send: (self, args) => step(self, 'send', args),
    throw: (self, args) => step(self, 'throw', args),
    close(self) {
      const a = self as PyAnextAwaitable;
      if (a.iter === null) return None;
      return step(self, 'close', []);
    },
  });
  anextHooks.withDefault = (awaitable, dflt) => new PyAnextAwaitable(awaitable, newref(dflt));
}
