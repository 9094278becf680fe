// Async generators (PEP 525, Objects/genobject.c) and `async with`'s BEFORE_ASYNC_WITH.
//
// An async generator's frame yields two kinds of values: those of its own `yield` statements,
// which ASYNC_GEN_WRAP marks (PyAsyncGenWrapped), and those of the awaits inside it, which pass
// through to whoever drives the awaitable. asend()/__anext__() and athrow()/aclose() return
// awaitables that resume the generator and tell the two apart: a wrapped value finishes the
// awaitable (StopIteration(value)); a plain one is handed up to the event loop.

import { decref, newref, PyObject, type PyValue } from '../../boxed/object.js';
import { newException, raise } from '../../boxed/errors.js';
import { builtinType } from '../../boxed/builtin-types.js';
import { defineGetSets, defineMethods } from '../../boxed/define.js';
import { checkPositional } from '../../boxed/args.js';
import { newStr } from '../../boxed/strings.js';
import { identityHooks } from '../../boxed/identity.js';
import { None } from '../../boxed/types/singletons.js';
import {
  GeneratorExit, PyBaseException, RuntimeError, StopAsyncIteration, StopIteration, TypeError,
} from '../../boxed/types/exceptions.js';
import { callUnbound } from '../../boxed/protocols/call.js';
import { getDescriptor } from '../../boxed/protocols/attributes.js';
import { typeOf } from '../../boxed/protocols/type-of.js';
import { asyncGeneratorType, PyGenerator, resume, stopIteration, throwInto } from './generator.js';
import { asyncHooks } from './async-hooks.js';
import { exceptionToThrow, generatorNameGetSets, generatorRepr, generatorStateGetSets } from './generator-type.js';

/** A value an async generator yielded with `yield` (not an await passing through). */
class PyAsyncGenWrapped extends PyObject {
  constructor(readonly value: PyValue) {
    super(wrappedType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.value);
  }
}

const wrappedType = builtinType('async_generator_wrapped_value', { subclassable: false });
export const asendType = builtinType('async_generator_asend', { subclassable: false });
export const athrowType = builtinType('async_generator_athrow', { subclassable: false });

/** Per-generator flags CPython keeps on the async generator object. */
interface AsyncGenState { closed: boolean; runningAsync: boolean }
const states = new WeakMap<PyGenerator, AsyncGenState>();
function stateOf(g: PyGenerator): AsyncGenState {
  let s = states.get(g);
  if (s === undefined) states.set(g, (s = { closed: false, runningAsync: false }));
  return s;
}

const enum Await { INIT, ITER, CLOSED }

/**
 * async_gen_unwrap_value: what resuming the generator produced, as the awaitable's step:
 * a pass-through value, or StopIteration(value) for a yield, or StopAsyncIteration at the end.
 */
function unwrapStep(g: PyGenerator, step: () => [boolean, PyValue]): PyValue {
  const st = stateOf(g);
  let done: boolean;
  let r: PyValue;
  try {
    [done, r] = step();
  } catch (e) {
    if (e instanceof PyBaseException && (e.ob_type.isSubtype(StopAsyncIteration) || e.ob_type.isSubtype(GeneratorExit))) {
      st.closed = true;
    }
    st.runningAsync = false;
    throw e;
  }
  if (done) {
    decref(r);
    st.closed = true;
    st.runningAsync = false;
    raise(StopAsyncIteration);
  }
  if (r instanceof PyAsyncGenWrapped) {
    st.runningAsync = false;
    const e = stopIteration(r.value);
    decref(r);
    throw e;
  }
  return r;
}

// --- asend / __anext__ ---------------------------------------------------------------------

class PyAsend extends PyObject {
  state = Await.INIT;
  constructor(readonly gen: PyGenerator, readonly sendval: PyValue) {
    super(asendType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.gen);
    decref(this.sendval);
  }
}

function asendSend(o: PyAsend, arg: PyValue): PyValue {
  if (o.state === Await.CLOSED) raise(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  const st = stateOf(o.gen);
  if (o.state === Await.INIT) {
    if (st.runningAsync) raise(RuntimeError, 'anext(): asynchronous generator is already running');
    if (arg === None) arg = o.sendval;
    o.state = Await.ITER;
  }
  st.runningAsync = true;
  try {
    return unwrapStep(o.gen, () => resume(o.gen, arg, null));
  } catch (e) {
    o.state = Await.CLOSED;
    throw e;
  }
}

function asendThrow(o: PyAsend, args: PyValue[]): PyValue {
  if (o.state === Await.CLOSED) raise(RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  const exc = exceptionToThrow(args);
  try {
    return unwrapStep(o.gen, () => throwStep(o.gen, exc));
  } catch (e) {
    o.state = Await.CLOSED;
    throw e;
  }
}

/** Throws into the generator, as a [done, value] step (StopIteration from throwInto means done). */
function throwStep(g: PyGenerator, exc: PyBaseException): [boolean, PyValue] {
  try {
    return [false, throwInto(g, exc)];
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration)) {
      const v = newref(e.member('value') ?? None);
      decref(e);
      return [true, v];
    }
    throw e;
  }
}

// --- athrow / aclose -----------------------------------------------------------------------

class PyAthrow extends PyObject {
  state = Await.INIT;
  /** The arguments of athrow(), or null for aclose(). */
  constructor(readonly gen: PyGenerator, readonly args: PyValue[] | null) {
    super(athrowType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.gen);
    if (this.args !== null) for (const a of this.args) decref(a);
  }
}

const athrowName = (o: PyAthrow): string => (o.args === null ? 'aclose' : 'athrow');

/** async_gen_athrow_send and _throw share this: run one step, then sort out the outcome. */
function athrowStep(o: PyAthrow, step: () => [boolean, PyValue]): PyValue {
  const st = stateOf(o.gen);
  let done: boolean;
  let r: PyValue;
  try {
    [done, r] = step();
  } catch (e) {
    st.runningAsync = false;
    if (e instanceof PyBaseException && (e.ob_type.isSubtype(StopAsyncIteration) || e.ob_type.isSubtype(GeneratorExit))) {
      o.state = Await.CLOSED;
      if (o.args === null) {
        // aclose() finishing the generator completes the awaitable normally.
        decref(e);
        raise(StopIteration);
      }
    }
    throw e;
  }
  if (o.args === null) {
    if (done) {
      decref(r);
      st.runningAsync = false;
      o.state = Await.CLOSED;
      raise(StopIteration);
    }
    if (r instanceof PyAsyncGenWrapped) {
      decref(r);
      st.runningAsync = false;
      raise(RuntimeError, 'async generator ignored GeneratorExit');
    }
    return r;
  }
  return unwrapStep(o.gen, () => [done, r]);
}

function athrowSend(o: PyAthrow, arg: PyValue): PyValue {
  const g = o.gen;
  const st = stateOf(g);
  if (o.state === Await.CLOSED) raise(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  if (g.finished) {
    o.state = Await.CLOSED;
    raise(StopIteration);
  }
  if (o.state === Await.INIT) {
    if (st.runningAsync) raise(RuntimeError, `${athrowName(o)}(): asynchronous generator is already running`);
    if (st.closed) {
      o.state = Await.CLOSED;
      raise(StopAsyncIteration);
    }
    if (arg !== None) raise(RuntimeError, "can't send non-None value to a just-started coroutine");
    o.state = Await.ITER;
    st.runningAsync = true;
    if (o.args === null) {
      st.closed = true;
      return athrowStep(o, () => throwStep(g, newException(GeneratorExit)));
    }
    const exc = exceptionToThrow(o.args, 'athrow');
    return athrowStep(o, () => throwStep(g, exc));
  }
  return athrowStep(o, () => resume(g, arg, null));
}

function athrowThrow(o: PyAthrow, args: PyValue[]): PyValue {
  if (o.state === Await.CLOSED) raise(RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  const exc = exceptionToThrow(args);
  return athrowStep(o, () => throwStep(o.gen, exc));
}

// --- install -------------------------------------------------------------------------------------

/** An awaitable's own protocol: it is its own iterator; __next__ is send(None). */
function awaitableMethods<T extends PyObject>(
  sendFn: (o: T, v: PyValue) => PyValue, throwFn: (o: T, args: PyValue[]) => PyValue, closeFn: (o: T) => void,
): Record<string, (self: PyValue, args: PyValue[], kw: readonly string[] | null) => PyValue> {
  return {
    __await__: (self) => newref(self),
    __iter__: (self) => newref(self),
    __next__: (self) => sendFn(self as T, None),
    send: (self, args, kw) => { checkPositional('send', args, kw, 1); return sendFn(self as T, args[0]!); },
    throw: (self, args, kw) => { checkPositional('throw', args, kw, 1, 3); return throwFn(self as T, args); },
    close: (self, args, kw) => { checkPositional('close', args, kw, 0); closeFn(self as T); return None; },
    __repr__: (self) => newStr(`<${typeOf(self).name} object at ${identityHooks.addressHex(self)}>`),
  };
}

/** BEFORE_ASYNC_WITH: [bound __aexit__, the awaitable __aenter__() returned]. */
function beforeAsyncWith(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup('__aenter__');
  if (enter === null) raise(TypeError, `'${t.name}' object does not support the asynchronous context manager protocol`);
  const exit = t.lookup('__aexit__');
  if (exit === null) raise(TypeError, `'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  const boundExit = getDescriptor(exit, mgr, t);
  try {
    return [boundExit, callUnbound(enter, mgr, [])];
  } catch (e) {
    decref(boundExit);
    throw e;
  }
}

export function installAsyncGenerators(): void {
  const ag = (self: PyValue): PyGenerator => self as PyGenerator;
  defineMethods(asyncGeneratorType, {
    __aiter__: (self) => newref(self),
    __anext__: (self) => new PyAsend(newref(ag(self)), None),
    asend: (self, args, kw) => {
      checkPositional('asend', args, kw, 1);
      return new PyAsend(newref(ag(self)), newref(args[0]!));
    },
    athrow: (self, args, kw) => {
      checkPositional('athrow', args, kw, 1, 3);
      return new PyAthrow(newref(ag(self)), args.map((a) => newref(a)));
    },
    aclose: (self, args, kw) => {
      checkPositional('aclose', args, kw, 0);
      return new PyAthrow(newref(ag(self)), null);
    },
    __repr__: (self) => newStr(generatorRepr(ag(self), 'async_generator')),
  });
  defineGetSets(asyncGeneratorType, {
    ...generatorNameGetSets(),
    ...generatorStateGetSets('ag', 'ag_await'),
  });
  defineMethods(asendType, awaitableMethods<PyAsend>(asendSend, asendThrow, (o) => { o.state = Await.CLOSED; }));
  defineMethods(athrowType, awaitableMethods<PyAthrow>(athrowSend, athrowThrow, (o) => { o.state = Await.CLOSED; }));
  asyncHooks.asyncGenWrap = (v) => new PyAsyncGenWrapped(v);
  asyncHooks.beforeAsyncWith = beforeAsyncWith;
}
