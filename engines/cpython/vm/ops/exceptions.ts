// raise, except matching, with statements and the interrupt check.

import { decref, newref, type PyValue } from '../../../boxed/object.js';
import { newException, raise } from '../../../boxed/errors.js';
import { PyType, TypeFlag } from '../../../boxed/type.js';
import {
  AssertionError, KeyboardInterrupt, PyBaseException, RuntimeError, TypeError,
} from '../../../boxed/types/exceptions.js';
import { PyTuple } from '../../../boxed/types/sequences.js';
import { None } from '../../../boxed/types/singletons.js';
import { call, callUnbound } from '../../../boxed/protocols/call.js';
import { getDescriptor } from '../../../boxed/protocols/attributes.js';
import { typeOf, typeName } from '../../../boxed/protocols/type-of.js';
import { threadState } from '../frame.js';
import { exceptionGroupHooks } from '../exception-groups-hooks.js';

export function assertionErrorType(): PyValue {
  return AssertionError;
}

const isExceptionClass = (v: PyValue): v is PyType => v instanceof PyType && v.hasFlag(TypeFlag.BASE_EXC_SUBCLASS);

/** An exception instance from `raise X`: X itself, or X() when X is an exception class. */
export function instantiate(v: PyValue): PyBaseException {
  if (isExceptionClass(v)) {
    const e = call(v, []);
    if (!(e instanceof PyBaseException)) {
      raise(TypeError, `calling ${v.name} should have returned an instance of BaseException, not ${typeName(e)}`);
    }
    return e;
  }
  if (v instanceof PyBaseException) return newref(v);
  raise(TypeError, 'exceptions must derive from BaseException');
}

/** RAISE_VARARGS: the exception to throw (references to exc and cause are consumed). */
export function makeRaise(exc: PyValue | null, cause: PyValue | null): PyBaseException {
  if (exc === null) {
    const current = threadState.excInfo;
    if (current === None) return newException(RuntimeError, 'No active exception to reraise');
    return newref(current) as PyBaseException;
  }
  let e: PyBaseException;
  try {
    e = instantiate(exc);
  } finally {
    decref(exc);
  }
  if (cause !== null) {
    let c: PyValue;
    try {
      if (cause === None) c = None;
      else if (isExceptionClass(cause) || cause instanceof PyBaseException) c = instantiate(cause);
      else raise(TypeError, 'exception causes must derive from BaseException');
    } finally {
      decref(cause);
    }
    if (e.cause !== null) decref(e.cause);
    e.cause = c;
    e.suppressContext = true;
  }
  return e;
}

/** CHECK_EXC_MATCH: does `exc` match the except clause's `spec` (a class or tuple of classes)? */
export function exceptionMatches(exc: PyValue, spec: PyValue): boolean {
  if (spec instanceof PyTuple) {
    for (const s of spec.items) checkCatchable(s);
    return spec.items.some((s) => typeOf(exc).isSubtype(s as PyType));
  }
  checkCatchable(spec);
  return typeOf(exc).isSubtype(spec as PyType);
}

function checkCatchable(spec: PyValue): void {
  if (!isExceptionClass(spec)) raise(TypeError, 'catching classes that do not inherit from BaseException is not allowed');
}

export function checkEgMatch(exc: PyValue, matchType: PyValue): [PyValue, PyValue] {
  return exceptionGroupHooks.checkEgMatch(exc, matchType);
}

export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  return exceptionGroupHooks.prepReraiseStar(orig, excs);
}

/** BEFORE_WITH: [bound __exit__, result of __enter__]. */
export function beforeWith(mgr: PyValue): [PyValue, PyValue] {
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  if (enter === null) raise(TypeError, `'${t.name}' object does not support the context manager protocol`);
  const exit = t.lookup('__exit__');
  if (exit === null) raise(TypeError, `'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const boundExit = getDescriptor(exit, mgr, t);
  try {
    return [boundExit, callUnbound(enter, mgr, [])];
  } catch (e) {
    decref(boundExit);
    throw e;
  }
}

/** WITH_EXCEPT_START: __exit__(type, value, traceback) for the exception in flight. */
export function withExceptStart(exitFunc: PyValue, val: PyValue): PyValue {
  const tb = val instanceof PyBaseException ? (val.traceback ?? None) : None;
  return call(exitFunc, [typeOf(val), val, tb]);
}

/** Polled every so many backward jumps: was Ctrl-C pressed? (resets the countdown) */
export function interruptRequested(): boolean {
  threadState.ticks = 1024;
  const flag = threadState.interruptFlag;
  return flag !== null && Atomics.load(flag, 0) !== 0;
}

/** Raises KeyboardInterrupt at a safe point after Ctrl-C. */
export function handleInterrupt(): void {
  Atomics.store(threadState.interruptFlag!, 0, 0);
  raise(KeyboardInterrupt);
}

