// Generators and coroutines: a suspended frame and the protocol that resumes it
// (CPython's genobject.c). Async generators build on these in async-generator.ts.

import { Op } from '../../../shared/bytecode/opcodes.js';
import { decref, incref, newref, PyObject, type PyValue } from '../../boxed/object.js';
import { newException, raise } from '../../boxed/errors.js';
import { builtinType } from '../../boxed/builtin-types.js';
import { intern } from '../../boxed/strings.js';
import {
  GeneratorExit, PyBaseException, RuntimeError, StopIteration, StopAsyncIteration, TypeError, ValueError,
} from '../../boxed/types/exceptions.js';
import { PyTuple } from '../../boxed/types/sequences.js';
import { None } from '../../boxed/types/singletons.js';
import type { PyType } from '../../boxed/type.js';
import { callUnbound } from '../../boxed/protocols/call.js';
import { next as iterNext } from '../../boxed/protocols/iteration.js';
import { typeOf } from '../../boxed/protocols/type-of.js';
import { clearFrame, evalFrame } from './eval.js';
import { threadState, type Frame } from './frame.js';

export const generatorType = builtinType('generator', { subclassable: false });
export const coroutineType = builtinType('coroutine', { subclassable: false });
export const asyncGeneratorType = builtinType('async_generator', { subclassable: false });

export class PyGenerator extends PyObject {
  running = false;
  /** Set by YIELD_VALUE just before the loop returns, so send() can tell a yield from a return. */
  yielded = false;
  finished = false;
  started = false;
  /** The exception this generator's except blocks are handling while it is suspended. */
  excState: PyValue = None;
  name: PyValue;
  qualname: PyValue;

  constructor(readonly frame: Frame, type: PyType) {
    super(type);
    const co = frame.code.code;
    this.name = frame.func ? newref(frame.func.name) : intern(co.co_name);
    this.qualname = frame.func ? newref(frame.func.qualname) : intern(co.co_qualname);
  }

  get kindName(): string {
    return this.ob_type === coroutineType ? 'coroutine' : this.ob_type === asyncGeneratorType ? 'async generator' : 'generator';
  }

  override releaseRefs(): void {
    if (this.started && !this.finished) finalize(this);
    else if (!this.started && !this.finished && this.ob_type === coroutineType) warnNeverAwaited(this);
    super.releaseRefs();
    if (!this.finished) clearFrame(this.frame);
    decref(this.name);
    decref(this.qualname);
    decref(this.excState);
  }
}

/** RETURN_GENERATOR: the generator, coroutine or async generator that owns `frame`. */
export function makeGenerator(frame: Frame): PyGenerator {
  const code = frame.code;
  const type = code.isCoroutine ? coroutineType : code.isAsyncGenerator ? asyncGeneratorType : generatorType;
  const gen = new PyGenerator(frame, type);
  frame.generator = gen;
  return gen;
}

export function markYielded(frame: Frame): void {
  (frame.generator as PyGenerator).yielded = true;
}

export function markFinished(frame: Frame): void {
  (frame.generator as PyGenerator).finished = true;
}

/**
 * Resumes `gen` with `value` (or by raising `exc` in it). Returns [true, returnValue] when it
 * finished, [false, yieldedValue] when it yielded; exceptions propagate (StopIteration from the
 * body becomes RuntimeError, as PEP 479 says).
 */
export function resume(gen: PyGenerator, value: PyValue, exc: PyBaseException | null): [boolean, PyValue] {
  if (gen.running) raise(ValueError, `${gen.kindName} already executing`);
  if (gen.finished) {
    if (exc !== null) throw exc;
    if (gen.ob_type === coroutineType) raise(RuntimeError, 'cannot reuse already awaited coroutine');
    return [true, newref(None)];
  }
  if (!gen.started && value !== None && exc === null) {
    raise(TypeError, `can't send non-None value to a just-started ${gen.kindName}`);
  }
  const frame = gen.frame;
  if (exc === null) {
    incref(value);
    frame.f[frame.sp++] = value;
  }
  gen.started = true;
  gen.running = true;
  gen.yielded = false;
  const outerExc = threadState.excInfo;
  threadState.excInfo = gen.excState;
  gen.excState = None;
  try {
    const r = evalFrame(frame, exc);
    if (gen.yielded) return [false, r];
    gen.finished = true;
    return [true, r];
  } catch (e) {
    gen.finished = true;
    if (e instanceof PyBaseException && gen.ob_type !== asyncGeneratorType && e.ob_type.isSubtype(StopIteration)) {
      throw chained(RuntimeError, `${gen.kindName} raised StopIteration`, e);
    }
    if (e instanceof PyBaseException && gen.ob_type === asyncGeneratorType
      && (e.ob_type.isSubtype(StopAsyncIteration) || e.ob_type.isSubtype(StopIteration))) {
      throw chained(RuntimeError, `async generator raised ${e.ob_type.name}`, e);
    }
    throw e;
  } finally {
    gen.running = false;
    if (gen.yielded) gen.excState = threadState.excInfo;
    else decref(threadState.excInfo);
    threadState.excInfo = outerExc;
  }
}

function chained(type: PyType, message: string, cause: PyBaseException): PyBaseException {
  const e = newException(type, message);
  e.cause = cause;
  incref(cause);
  e.context = cause;
  e.suppressContext = true;
  return e;
}

/** A StopIteration carrying `value` (what a generator's return raises to a Python caller). */
export function stopIteration(value: PyValue): PyBaseException {
  const e = new PyBaseException(StopIteration, new PyTuple(value === None ? [] : [newref(value)]));
  e.setMember('value', value);
  return e;
}

/** gen.send(value) as Python sees it: the yielded value, or StopIteration(return value). */
export function send(gen: PyGenerator, value: PyValue): PyValue {
  const [done, r] = resume(gen, value, null);
  if (!done) return r;
  const e = stopIteration(r);
  decref(r);
  throw e;
}

/** The delegate a generator suspended in `yield from`/`await` is waiting on (gi_yieldfrom), or null. */
export function yieldFrom(gen: PyGenerator): PyValue | null {
  const frame = gen.frame;
  if (gen.finished || !gen.started || frame.resumeAt < 0) return null;
  const code = frame.code;
  if (code.ops[frame.resumeAt] === Op.RESUME && code.args[frame.resumeAt]! >= 2) return frame.f[frame.sp - 1] ?? null;
  return null;
}

/** gen.throw(exc): raises exc at the suspension point, delegating to a `yield from` target first. */
export function throwInto(gen: PyGenerator, exc: PyBaseException): PyValue {
  const yf = yieldFrom(gen);
  if (yf !== null) {
    let done: boolean;
    let r: PyValue;
    try {
      if (exc.ob_type.isSubtype(GeneratorExit)) {
        closeIterator(yf);
        return resumeOrStop(gen, None, exc);
      }
      if (yf instanceof PyGenerator) {
        gen.running = true;
        try {
          [done, r] = tryResume(() => throwInto(yf, exc));
        } finally {
          gen.running = false;
        }
      } else {
        const thrower = typeOf(yf).lookup('throw');
        if (thrower === null) return resumeOrStop(gen, None, exc);
        gen.running = true;
        try {
          [done, r] = tryResume(() => callUnbound(thrower, yf, [exc]));
        } finally {
          gen.running = false;
        }
      }
    } catch (e) {
      return resumeOrStop(gen, None, e as PyBaseException);
    }
    if (!done) return r;
    // The delegate finished: continue after the SEND with its return value.
    const frame = gen.frame;
    const sendIdx = frame.lasti - 1;
    const receiver = frame.f[--frame.sp]!;
    frame.f[frame.sp] = undefined;
    decref(receiver);
    frame.resumeAt = frame.code.next[sendIdx]! + frame.code.args[sendIdx]!;
    return resumeOrStop(gen, r, null, true);
  }
  return resumeOrStop(gen, None, exc);
}

/** Runs `fn`; a StopIteration it raises means "finished with that value". */
function tryResume(fn: () => PyValue): [boolean, PyValue] {
  try {
    return [false, fn()];
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.isSubtype(StopIteration)) {
      const v = e.member('value') ?? None;
      incref(v);
      decref(e);
      return [true, v];
    }
    throw e;
  }
}

function resumeOrStop(gen: PyGenerator, value: PyValue, exc: PyBaseException | null, valueOwned = false): PyValue {
  try {
    const [done, r] = resume(gen, value, exc);
    if (!done) return r;
    const e = stopIteration(r);
    decref(r);
    throw e;
  } finally {
    if (valueOwned) decref(value);
  }
}

/** gen.close(). */
export function close(gen: PyGenerator): void {
  if (gen.finished || !gen.started) {
    gen.finished = true;
    if (!gen.started) clearFrame(gen.frame);
    return;
  }
  try {
    const r = throwInto(gen, newException(GeneratorExit));
    decref(r);
  } catch (e) {
    if (e instanceof PyBaseException && (e.ob_type.isSubtype(GeneratorExit) || e.ob_type.isSubtype(StopIteration))) {
      decref(e);
      return;
    }
    throw e;
  }
  raise(RuntimeError, `${gen.kindName} ignored GeneratorExit`);
}

function closeIterator(it: PyValue): void {
  if (it instanceof PyGenerator) { close(it); return; }
  const closer = typeOf(it).lookup('close');
  if (closer !== null) decref(callUnbound(closer, it, []));
}

/** A generator dropped while suspended is closed, so its finally blocks run (CPython's _PyGen_Finalize). */
function finalize(gen: PyGenerator): void {
  gen.ob_refcnt = 1;
  try {
    close(gen);
  } catch (e) {
    unraisableHook(e, gen);
  }
  gen.ob_refcnt = 0;
}

/** A coroutine freed before it ran warns (runtime/unawaited-coroutine.ts), kept alive meanwhile as finalize does. */
function warnNeverAwaited(coro: PyGenerator): void {
  coro.ob_refcnt = 1;
  unawaitedHook(coro);
  coro.ob_refcnt = 0;
}

let unawaitedHook: (coro: PyValue) => void = () => {};
export function setUnawaitedCoroutineHook(f: typeof unawaitedHook): void {
  unawaitedHook = f;
}

let unraisableHook: (e: unknown, obj: PyValue) => void = () => {};
export function setUnraisableHook(f: typeof unraisableHook): void {
  unraisableHook = f;
}

/** SEND: [done, value] for `yield from receiver` / `await receiver` after sending `v`. */
export function sendTo(receiver: PyValue, v: PyValue): [boolean, PyValue] {
  if (receiver instanceof PyGenerator) return resume(receiver, v, null);
  if (v === None) {
    const nextFn = typeOf(receiver).lookup('__next__');
    if (nextFn === null) {
      const r = iterNext(receiver); // raises the right TypeError
      return r === undefined ? [true, newref(None)] : [false, r];
    }
    return tryResume(() => callUnbound(nextFn, receiver, []));
  }
  const sendFn = typeOf(receiver).lookup('send');
  if (sendFn === null) raise(TypeError, `'${typeOf(receiver).name}' object has no attribute 'send'`);
  return tryResume(() => callUnbound(sendFn, receiver, [v]));
}
