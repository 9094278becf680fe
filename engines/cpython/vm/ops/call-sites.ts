// CPython 3.11's call specialization, modelled only as far as it is observable: which calls
// check the recursion limit.
//
// A code object is "quickened" on its 8th warm-up (RESUME or JUMP_BACKWARD; QUICKENING_WARMUP_DELAY
// in 3.11) and its PRECALL instructions become adaptive with a zero counter, so each call site
// specializes on its first execution after that, for the callable it sees then
// (_Py_Specialize_Precall). A specialized site that sees a callable it does not fit misses; 53
// misses revert it to adaptive with a counter of 31, and a failed specialization backs off
// exponentially (pycore_code.h's adaptive counters).
//
// The generic call path checks the limit for every native callee (" while calling a Python
// object"); the specialized forms for METH_FASTCALL builtins and method descriptors, len(),
// isinstance(), list.append and str(x)/tuple(x)/type(x) call directly and do not. Those for
// METH_O and METH_NOARGS natives keep the check, as 3.11's ceval.c does.

import type { PyValue } from '../../../boxed/object.js';
import { PyFunction, PyMethod } from '../../../boxed/types/functions.js';
import { PyModule } from '../../../boxed/types/module.js';
import { PyStr } from '../../../boxed/types/str.js';
import { PyBuiltinFunction, PyMethodDescriptor } from '../../../boxed/types/native.js';
import { PyType } from '../../../boxed/type.js';
import { listType, strType, tupleType, typeType } from '../../../boxed/builtin-types.js';
import { hasVectorcall } from '../../../boxed/protocols/call.js';

/** Warm-ups before a code object is quickened (3.11's QUICKENING_WARMUP_DELAY). */
export const WARMUP_DELAY = 8;

/** The kind of a site specialized for Python functions (the loop's fast path tests it). */
export const SITE_PY_FUNCTION = 1;
/** The kind of a site specialized for builtins.len (its target checked: the loop inlines len). */
export const SITE_LEN: number = Kind.LEN;
/** Sites specialized for isinstance and str(x) (their targets checked: the loop inlines the common cases). */
export const SITE_ISINSTANCE: number = Kind.ISINSTANCE;
export const SITE_STR_1: number = Kind.STR_1;

const enum Kind {
  ADAPTIVE = 0,
  PY_FUNCTION,
  BOUND_METHOD,
  LEN,
  ISINSTANCE,
  BUILTIN_O,
  BUILTIN_FAST,
  BUILTIN_FAST_KW,
  DESCR_NOARGS,
  DESCR_O,
  DESCR_FAST,
  DESCR_FAST_KW,
  LIST_APPEND,
  TYPE_1,
  STR_1,
  TUPLE_1,
  BUILTIN_CLASS,
}

/** Whether a call through a site specialized as Kind skips the recursion check. */
const SKIPS_CHECK: readonly boolean[] = [
  false, false, false, true, true, false, true, true, false, false, true, true, true, true, true, true, true,
];

const MISS_COUNTER_START = 53;
const ADAPTIVE_START_VALUE = 31;
const ADAPTIVE_START_BACKOFF = 5;
const MAX_BACKOFF = 12;

/** How a native function takes its arguments (its METH_* flags). */
const enum Flavor { O, NOARGS, FAST, FAST_KW, OTHER }

// The builtins module's functions by calling convention (Python/bltinmodule.c); the rest are
// METH_FASTCALL. Natives elsewhere are taken as METH_FASTCALL, as most of 3.11's are.
const BUILTIN_FLAVORS = new Map<string, Flavor>([
  ...['len', 'repr', 'hash', 'id', 'abs', 'callable', 'ord', 'chr', 'any', 'all', 'ascii', 'bin', 'hex', 'oct', 'aiter'].map((n) => [n, Flavor.O] as const),
  ...['globals', 'locals'].map((n) => [n, Flavor.NOARGS] as const),
  ...['min', 'max', '__import__'].map((n) => [n, Flavor.OTHER] as const),
  ...['print', 'sorted', 'sum', 'round', 'pow', 'compile', '__build_class__', 'breakpoint'].map((n) => [n, Flavor.FAST_KW] as const),
]);

function builtinFlavor(fn: PyBuiltinFunction): Flavor {
  const f = BUILTIN_FLAVORS.get(fn.name);
  return f !== undefined && isBuiltinsFunction(fn) ? f : Flavor.FAST;
}

function isBuiltinsFunction(fn: PyBuiltinFunction): boolean {
  if (!(fn.self instanceof PyModule)) return false;
  const n = fn.self.ns.getStr('__name__');
  return n instanceof PyStr && n.value === 'builtins';
}

/** The per-site state of one quickened code object, indexed by the CALL's code unit. */
export class CallSites {
  readonly kind: Uint8Array;
  readonly counter: Int16Array;
  readonly backoff: Uint8Array;
  /** The callable an identity-checked specialization (len, isinstance, str, ...) was made for. */
  readonly target: (PyValue | undefined)[] = [];
  readonly targetArgc: number[] = [];

  constructor(n: number) {
    this.kind = new Uint8Array(n);
    this.counter = new Int16Array(n);
    this.backoff = new Uint8Array(n);
  }

  /**
   * Runs the site's adaptive machinery for one call of `callable` with `argc` arguments
   * (self included) and says whether the call skips the recursion check.
   */
  skipsCheck(unit: number, callable: PyValue, argc: number, kwnames: readonly string[] | null): boolean {
    const k = this.kind[unit]!;
    if (k !== Kind.ADAPTIVE) {
      // The callable and argument count the site specialized for fit without further tests.
      if ((callable === this.target[unit] && argc === this.targetArgc[unit]) || fits(k, this.target[unit], callable, argc)) return SKIPS_CHECK[k]!;
      if (--this.counter[unit]! <= 0) {
        this.kind[unit] = Kind.ADAPTIVE;
        this.counter[unit] = ADAPTIVE_START_VALUE;
        this.backoff[unit] = ADAPTIVE_START_BACKOFF;
      }
      return false;
    }
    if (this.counter[unit]! > 0) {
      this.counter[unit]!--;
      return false;
    }
    const nk = classify(callable, argc, kwnames !== null && kwnames.length > 0);
    if (nk === Kind.ADAPTIVE) {
      const b = Math.min(this.backoff[unit]! + 1, MAX_BACKOFF);
      this.backoff[unit] = b;
      this.counter[unit] = (1 << b) - 1;
      return false;
    }
    this.kind[unit] = nk;
    this.counter[unit] = MISS_COUNTER_START;
    this.target[unit] = callable;
    this.targetArgc[unit] = argc;
    return SKIPS_CHECK[nk]!;
  }
}

/** _Py_Specialize_Precall: the form a site takes for this call, or ADAPTIVE when it fails. */
function classify(callable: PyValue, argc: number, hasKw: boolean): Kind {
  if (typeof callable === 'number') return Kind.ADAPTIVE;
  if (callable instanceof PyFunction) return Kind.PY_FUNCTION;
  if (callable instanceof PyMethod) return Kind.BOUND_METHOD;
  if (callable instanceof PyBuiltinFunction) {
    const fl = builtinFlavor(callable);
    if (fl === Flavor.FAST_KW) return Kind.BUILTIN_FAST_KW;
    if (hasKw) return Kind.ADAPTIVE;
    if (fl === Flavor.O) {
      if (argc !== 1) return Kind.ADAPTIVE;
      return callable.name === 'len' ? Kind.LEN : Kind.BUILTIN_O;
    }
    if (fl === Flavor.FAST) return argc === 2 && callable.name === 'isinstance' && isBuiltinsFunction(callable) ? Kind.ISINSTANCE : Kind.BUILTIN_FAST;
    return Kind.ADAPTIVE;
  }
  if (callable instanceof PyMethodDescriptor) {
    if (hasKw) return Kind.ADAPTIVE;
    if (callable.owner === listType && callable.name === 'append' && argc === 2) return Kind.LIST_APPEND;
    return Kind.DESCR_FAST;
  }
  if (callable instanceof PyType && callable.ob_type === typeType) {
    if (!hasKw && argc === 1) {
      if (callable === typeType) return Kind.TYPE_1;
      if (callable === strType) return Kind.STR_1;
      if (callable === tupleType) return Kind.TUPLE_1;
    }
    if (!hasKw && hasVectorcall(callable)) return Kind.BUILTIN_CLASS;
  }
  return Kind.ADAPTIVE;
}

/** The DEOPT_IF conditions of the specialized forms (kwnames are fixed per site). */
function fits(k: Kind, target: PyValue | undefined, callable: PyValue, argc: number): boolean {
  switch (k) {
    case Kind.PY_FUNCTION:
      return callable instanceof PyFunction;
    case Kind.BOUND_METHOD:
      return callable instanceof PyMethod;
    case Kind.LEN:
    case Kind.LIST_APPEND:
    case Kind.TYPE_1:
    case Kind.STR_1:
    case Kind.TUPLE_1:
      return callable === target;
    case Kind.ISINSTANCE:
      return callable === target && argc === 2;
    case Kind.BUILTIN_O:
      return callable instanceof PyBuiltinFunction && argc === 1 && builtinFlavor(callable) === Flavor.O;
    case Kind.BUILTIN_FAST:
      return callable instanceof PyBuiltinFunction && builtinFlavor(callable) === Flavor.FAST;
    case Kind.BUILTIN_FAST_KW:
      return callable instanceof PyBuiltinFunction && builtinFlavor(callable) === Flavor.FAST_KW;
    case Kind.DESCR_NOARGS:
    case Kind.DESCR_O:
    case Kind.DESCR_FAST:
    case Kind.DESCR_FAST_KW:
      return callable instanceof PyMethodDescriptor;
    case Kind.BUILTIN_CLASS:
      return callable instanceof PyType && callable.ob_type === typeType && hasVectorcall(callable);
    default:
      return false;
  }
}
