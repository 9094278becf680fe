// The VM's frames (CPython's _PyInterpreterFrame) and the thread state.
//
// A frame's fast locals and its value stack share one array, locals first, as in CPython. A
// slot holding `undefined` is CPython's NULL: an unbound local, or the NULL that LOAD_GLOBAL,
// PUSH_NULL and LOAD_METHOD put below a callable. Frames of one eval invocation are linked by
// `back`; `entry` marks the frame whose return ends that invocation (the VM calls Python
// functions without recursing in JS; only native code calling back into Python nests).

import type { PyValue } from '../../boxed/object.js';
import type { PyObject } from '../../boxed/object.js';
import type { PyDict } from '../../boxed/types/dict.js';
import type { PyFunction } from '../../boxed/types/functions.js';
import { None } from '../../boxed/types/singletons.js';
import type { PreparedCode } from './prepared.js';

export class Frame {
  readonly f: (PyValue | undefined)[];
  /** Index in `f` of the next free stack slot. */
  sp: number;
  /** Code unit of the instruction executing, or where a suspended generator resumes. */
  lasti = 0;
  back: Frame | null = null;
  entry = false;
  /** Where a suspended generator frame continues (-1: not suspended). */
  resumeAt = -1;
  /** Keyword names set by KW_NAMES for the next CALL. */
  kwnames: readonly string[] | null = null;
  /** The frame object Python sees (sys._getframe, tracebacks), made on demand. */
  frameObject: PyObject | null = null;
  /** The generator or coroutine that owns this frame, if any. */
  generator: PyObject | null = null;
  /** Set when the frame has finished (returned or raised out), so its frame object reads f_locals from `finalLocals`. */
  finished = false;

  constructor(
    readonly code: PreparedCode,
    public globals: PyDict,
    public builtins: PyDict,
    /** The locals mapping of module and class bodies (and exec/eval); null for functions. */
    readonly locals: PyValue | null,
    public func: PyFunction | null,
  ) {
    const n = code.nlocalsplus;
    const size = n + code.code.co_stacksize + 1;
    this.f = new Array(size);
    for (let i = 0; i < size; i++) this.f[i] = undefined;
    this.sp = n;
  }

  /**
   * Makes a finished frame ready for another call of the same code (frames of plain function
   * calls are pooled per code object: most calls then allocate nothing).
   */
  reuse(func: PyFunction, globals: PyDict, builtins: PyDict): void {
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.sp = this.code.nlocalsplus;
    this.lasti = 0;
    this.back = null;
    this.entry = false;
    this.resumeAt = -1;
    this.kwnames = null;
    this.finished = false;
  }
}

/** What CPython keeps per thread: the innermost frame and the exception being handled. */
export const threadState = {
  frame: null as Frame | null,
  /** sys.exc_info()'s exception: the innermost one an except block is handling, or None. */
  excInfo: None as PyValue,
  /** Instructions executed, by opcode (pyw run --stats). */
  opcodeCounts: new Float64Array(256),
  countOpcodes: false,
  /** Counts down at RESUME and backward jumps; at zero the loop polls for Ctrl-C (CPython's eval breaker). */
  ticks: 1024,
  /** Shared with the thread that receives SIGINT: element 0 becomes 1 when Ctrl-C was pressed. */
  interruptFlag: null as Int32Array | null,
};
