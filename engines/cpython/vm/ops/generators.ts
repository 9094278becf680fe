// The loop's entry points for generators, coroutines and async iteration.

import { decref, newref, type PyValue } from '../../../boxed/object.js';
import { raise } from '../../../boxed/errors.js';
import { CodeFlag } from '../../../../shared/bytecode/code.js';
import { RuntimeError, StopAsyncIteration, TypeError, PyBaseException } from '../../../boxed/types/exceptions.js';
import { callUnbound } from '../../../boxed/protocols/call.js';
import { getIter } from '../../../boxed/protocols/iteration.js';
import { typeOf, typeName } from '../../../boxed/protocols/type-of.js';
import { asyncGeneratorType, coroutineType, PyGenerator, sendTo } from '../generator.js';
import type { Frame } from '../frame.js';
import { asyncHooks } from '../async-hooks.js';

export { makeGenerator, markYielded, markFinished } from '../generator.js';

export function send(receiver: PyValue, v: PyValue): [boolean, PyValue] {
  return sendTo(receiver, v);
}

/** GET_YIELD_FROM_ITER (a new reference, or `v` itself when it already is one). */
export function getYieldFromIter(frame: Frame, v: PyValue): PyValue {
  if (v instanceof PyGenerator && v.ob_type === coroutineType) {
    if (!(frame.code.code.co_flags & (CodeFlag.COROUTINE | CodeFlag.ITERABLE_COROUTINE))) {
      raise(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    return v;
  }
  if (v instanceof PyGenerator) return v;
  return getIter(v);
}

/** GET_AWAITABLE: the iterator `await v` drives. */
export function getAwaitable(v: PyValue, where: number): PyValue {
  if (v instanceof PyGenerator && v.ob_type === coroutineType) {
    if (v.running) raise(RuntimeError, 'coroutine is being awaited already');
    return newref(v);
  }
  // A generator made by a function decorated with types.coroutine (CO_ITERABLE_COROUTINE) is awaitable itself.
  if (v instanceof PyGenerator && v.ob_type !== asyncGeneratorType && v.frame.code.code.co_flags & CodeFlag.ITERABLE_COROUTINE) {
    return newref(v);
  }
  const f = typeOf(v).lookup('__await__');
  if (f === null) {
    const suffix = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: " : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " : '';
    if (suffix) raise(TypeError, `${suffix}${typeName(v)}`);
    raise(TypeError, `object ${typeName(v)} can't be used in 'await' expression`);
  }
  const it = callUnbound(f, v, []);
  if (it instanceof PyGenerator && it.ob_type === coroutineType) {
    decref(it);
    raise(TypeError, '__await__() returned a coroutine');
  }
  if (typeOf(it).lookup('__next__') === null) {
    const name = typeName(it);
    decref(it);
    raise(TypeError, `__await__() returned non-iterator of type '${name}'`);
  }
  return it;
}

export function getAiter(v: PyValue): PyValue {
  const f = typeOf(v).lookup('__aiter__');
  if (f === null) raise(TypeError, `'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  const it = callUnbound(f, v, []);
  if (typeOf(it).lookup('__anext__') === null) {
    const name = typeName(it);
    decref(it);
    raise(TypeError, `'async for' received an object from __aiter__ that does not implement __anext__: ${name}`);
  }
  return it;
}

export function getAnext(aiter: PyValue): PyValue {
  const f = typeOf(aiter).lookup('__anext__');
  if (f === null) raise(TypeError, `'async for' requires an iterator with __anext__ method, got ${typeName(aiter)}`);
  const awaitable = callUnbound(f, aiter, []);
  try {
    return getAwaitable(awaitable, 0);
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(TypeError)) {
      raise(TypeError, `'async for' received an invalid object from __anext__: ${typeName(awaitable)}`);
    }
    throw e;
  } finally {
    decref(awaitable);
  }
}

export function isStopAsyncIteration(exc: PyValue): boolean {
  return exc instanceof PyBaseException && exc.ob_type.isSubtype(StopAsyncIteration);
}

export function beforeAsyncWith(mgr: PyValue): [PyValue, PyValue] {
  return asyncHooks.beforeAsyncWith(mgr);
}

export function asyncGenWrap(v: PyValue): PyValue {
  return asyncHooks.asyncGenWrap(v);
}
