// The evaluation loop: CPython 3.11's ceval.c for our code objects.
//
// One `switch` over the decoded opcode array; locals and the value stack in one JS array;
// Python-to-Python calls push a frame and continue in the same loop (no JS recursion), so deep
// Python recursion costs no JS stack. Exceptions are JS throws of Python exception objects;
// the catch at the bottom finds the handler in the exception table or pops frames, adding
// traceback entries as CPython does. Heavier instructions live in ./ops/, the common cases of
// the arithmetic and container instructions are inlined here.

import { Opcode as Op } from './opcode-numbers.js';
import { findHandler } from '../../../shared/bytecode/exception-table.js';
import { decref, incref, newref, type PyValue } from '../../boxed/object.js';
import { raise, isPyException, newException } from '../../boxed/errors.js';
import { enterRecursiveCall, leaveRecursiveCall, recursion } from '../../boxed/recursion.js';
import { dictType, floatType, listType, strType, tupleType } from '../../boxed/builtin-types.js';
import { intern, newStr } from '../../boxed/strings.js';
import { PyDict } from '../../boxed/types/dict.js';
import { PyBaseException, RecursionError, SystemError } from '../../boxed/types/exceptions.js';
import { PyCell, PyCode, PyFunction, PyMethod } from '../../boxed/types/functions.js';
import { False, PyFloat, True } from '../../boxed/types/numbers.js';
import { PyList, PyTuple } from '../../boxed/types/sequences.js';
import { None } from '../../boxed/types/singletons.js';
import { PyStr } from '../../boxed/types/str.js';
import { call, callHooks, callUnchecked } from '../../boxed/protocols/call.js';
import { SITE_PY_FUNCTION } from './ops/call-sites.js';
import { getAttr, setAttr } from '../../boxed/protocols/attributes.js';
import { Cmp, richCompare } from '../../boxed/protocols/compare.js';
import { binaryOp, inplaceOp, unaryOp } from '../../boxed/protocols/numbers.js';
import { contains, getItem, setItem } from '../../boxed/protocols/items.js';
import { getIter, next as iterNext } from '../../boxed/protocols/iteration.js';
import { truthy } from '../../boxed/protocols/objects.js';
import { bindArguments } from './bind-args.js';
import { Frame, threadState } from './frame.js';
import { prepare, type PreparedCode } from './prepared.js';
import { addTraceback } from './traceback-objects.js';
import { intBinaryOp } from './fast-arith.js';
import { loadAttr, loadMethod, storeAttr } from './attr-cache.js';
import { PyMethodDescriptor } from '../../boxed/types/native.js';
import { typeOf } from '../../boxed/protocols/type-of.js';
import { EMPTY_TUPLE } from '../../boxed/types/sequences/tuple-type.js';
import { chainContextTo } from '../../boxed/types/exceptions/chain-context.js';
import { ListIterator, RangeIterator } from '../../boxed/types/sequences/iterators.js';
import * as ops from './ops/index.js';

const handler = { target: 0, depth: 0, lasti: false };

/** The builtins namespace `func`'s frames use, found from its globals on first call. */
export function builtinsFor(func: PyFunction): PyDict {
  return (func.builtinsNs ??= ops.builtinsOf(func.globals));
}

/** A new frame for calling `func` (arguments not yet bound). */
export function functionFrame(func: PyFunction): Frame {
  const code = prepare(func.code);
  const builtins = builtinsFor(func);
  const pooled = code.framePool.pop();
  if (pooled !== undefined) {
    pooled.reuse(func, func.globals, builtins);
    return pooled;
  }
  return new Frame(code, func.globals, builtins, null, func);
}

/** Calls a Python function from native code: a nested run of the loop. */
export function callFunction(func: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const frame = functionFrame(func);
  bindArguments(func, frame, args, 0, args.length, kwnames);
  return evalFrame(frame, null);
}
callHooks.callFunction = callFunction;

/** Releases everything a frame holds (locals and stack) once it is done. */
export function clearFrame(frame: Frame): void {
  if (frame.finished) return;
  const f = frame.f;
  for (let i = 0; i < frame.sp; i++) {
    const v = f[i];
    if (v !== undefined) {
      f[i] = undefined;
      decref(v);
    }
  }
  frame.sp = frame.code.nlocalsplus;
  frame.finished = true;
  if (frame.locals !== null) decref(frame.locals);
}

/**
 * Sets `exc.__context__` to the exception being handled, as CPython's _PyErr_SetObject does when
 * an exception is raised inside an except block (explicit raises always; exceptions from native
 * code when they have no context yet), cutting any cycle that would create.
 */
function chainContext(exc: PyBaseException, explicit: boolean): void {
  chainContextTo(exc, threadState.excInfo, explicit);
}

/** A JS error from the engine itself, or the host's stack overflow, as a Python exception. */
function asPyException(e: unknown): PyBaseException {
  if (isPyException(e)) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newException(RecursionError, 'maximum recursion depth exceeded');
  }
  if (process.env.PYW_DEBUG) process.stderr.write(`engine error: ${(e as Error)?.stack ?? String(e)}\n`);
  return newException(SystemError, `engine error: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * Runs `entry` (and the frames it calls) until it returns or yields; the result is a new
 * reference. `throwing` resumes the frame by raising that exception at its current
 * instruction (generator.throw). The caller has bound the frame's arguments.
 */
export function evalFrame(entry: Frame, throwing: PyBaseException | null): PyValue {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    clearFrame(entry);
    raise(RecursionError, 'maximum recursion depth exceeded');
  }
  entry.entry = true;
  entry.back = threadState.frame;
  threadState.frame = entry;

  let frame = entry;
  let code: PreparedCode = frame.code;
  let ops_ = code.ops;
  let args = code.args;
  let nexts = code.next;
  let consts = code.consts;
  let names = code.names;
  let f = frame.f;
  let sp = frame.sp;
  let ip = entry.resumeAt >= 0 ? entry.resumeAt : 0;
  entry.resumeAt = -1;
  let lasti = entry.lasti;
  let pending: PyBaseException | null = throwing;
  let explicitRaise = false;
  const counts = threadState.countOpcodes ? threadState.opcodeCounts : null;

  for (;;) {
    try {
      if (pending !== null) {
        const p = pending;
        pending = null;
        throw p;
      }
      for (;;) {
        lasti = ip;
        const op = ops_[ip]!;
        const arg = args[ip]!;
        ip = nexts[ip]!;
        if (counts !== null) counts[op]++;
        switch (op) {
          case Op.NOP:
          case Op.EXTENDED_ARG:
            break;
          case Op.RESUME:
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            if (op === Op.JUMP_BACKWARD_NO_INTERRUPT) ip -= arg;
            else if (code.warmup > 0) code.warmUp();
            if (--threadState.ticks < 0 && ops.interruptRequested()) { frame.lasti = lasti; ops.handleInterrupt(); }
            break;
          case Op.JUMP_BACKWARD:
            ip -= arg;
            if (code.warmup > 0) code.warmUp();
            if (--threadState.ticks < 0 && ops.interruptRequested()) { frame.lasti = lasti; ops.handleInterrupt(); }
            break;
          case Op.JUMP_FORWARD:
            ip += arg;
            break;

          // --- locals, constants, names ---------------------------------------------------
          case Op.LOAD_FAST: {
            const v = f[arg];
            if (v === undefined) ops.unboundLocal(code, arg);
            if (typeof v !== 'number') incref(v!);
            f[sp++] = v;
            break;
          }
          case Op.STORE_FAST: {
            const old = f[arg];
            f[arg] = f[--sp];
            f[sp] = undefined;
            if (old !== undefined) decref(old);
            break;
          }
          case Op.DELETE_FAST: {
            const old = f[arg];
            if (old === undefined) ops.unboundLocal(code, arg);
            f[arg] = undefined;
            decref(old!);
            break;
          }
          case Op.LOAD_CONST: {
            const v = consts[arg]!;
            if (typeof v !== 'number') incref(v);
            f[sp++] = v;
            break;
          }
          case Op.POP_TOP: {
            const v = f[--sp];
            f[sp] = undefined;
            if (v !== undefined) decref(v);
            break;
          }
          case Op.PUSH_NULL:
            f[sp++] = undefined;
            break;
          case Op.COPY: {
            const v = f[sp - arg]!;
            incref(v);
            f[sp++] = v;
            break;
          }
          case Op.SWAP: {
            const t = f[sp - 1];
            f[sp - 1] = f[sp - arg];
            f[sp - arg] = t;
            break;
          }
          case Op.LOAD_GLOBAL: {
            const name = names[arg >> 1]!;
            let v = frame.globals.getStr(name);
            if (v === undefined) v = frame.builtins.getStr(name);
            if (v === undefined) {
              frame.lasti = lasti;
              throw ops.nameError(name);
            }
            if (arg & 1) f[sp++] = undefined;
            incref(v);
            f[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL: {
            const v = f[--sp]!;
            f[sp] = undefined;
            frame.globals.setStr(names[arg]!, intern(names[arg]!), v);
            decref(v);
            break;
          }
          case Op.DELETE_GLOBAL:
            if (!frame.globals.delete(intern(names[arg]!))) throw ops.nameError(names[arg]!);
            break;
          case Op.LOAD_NAME:
            f[sp++] = ops.loadName(frame, names[arg]!);
            break;
          case Op.STORE_NAME: {
            const v = f[--sp]!;
            f[sp] = undefined;
            try {
              ops.storeName(frame, names[arg]!, v);
            } finally {
              decref(v);
            }
            break;
          }
          case Op.DELETE_NAME:
            ops.deleteName(frame, names[arg]!);
            break;
          case Op.MAKE_CELL: {
            const v = f[arg];
            f[arg] = new PyCell(v);
            break;
          }
          case Op.LOAD_CLOSURE: {
            const v = f[arg]!;
            incref(v);
            f[sp++] = v;
            break;
          }
          case Op.LOAD_DEREF: {
            const v = (f[arg] as PyCell).ref;
            if (v === undefined) ops.unboundDeref(code, arg);
            incref(v!);
            f[sp++] = v;
            break;
          }
          case Op.LOAD_CLASSDEREF:
            f[sp++] = ops.loadClassDeref(frame, arg);
            break;
          case Op.STORE_DEREF: {
            const cell = f[arg] as PyCell;
            const old = cell.ref;
            cell.ref = f[--sp];
            f[sp] = undefined;
            if (old !== undefined) decref(old);
            break;
          }
          case Op.DELETE_DEREF: {
            const cell = f[arg] as PyCell;
            const old = cell.ref;
            if (old === undefined) ops.unboundDeref(code, arg);
            cell.ref = undefined;
            decref(old!);
            break;
          }
          case Op.COPY_FREE_VARS: {
            const closure = frame.func!.closure!.items;
            const offset = code.nlocalsplus - arg;
            for (let i = 0; i < arg; i++) {
              const c = closure[i]!;
              incref(c);
              f[offset + i] = c;
            }
            break;
          }

          // --- attributes ---------------------------------------------------------------
          case Op.LOAD_ATTR: {
            const owner = f[sp - 1]!;
            const v = loadAttr(code.attrCache, lasti, owner, names[arg]!);
            f[sp - 1] = v;
            decref(owner);
            break;
          }
          case Op.LOAD_METHOD: {
            const owner = f[sp - 1]!;
            const meth = loadMethod(code.attrCache, lasti, owner, names[arg]!, ops.lookupMethod);
            if (meth !== undefined) {
              f[sp - 1] = meth;
              f[sp++] = owner;
            } else {
              const v = getAttr(owner, names[arg]!);
              f[sp - 1] = undefined;
              f[sp++] = v;
              decref(owner);
            }
            break;
          }
          case Op.STORE_ATTR: {
            const owner = f[--sp]!;
            const v = f[--sp]!;
            f[sp] = f[sp + 1] = undefined;
            try {
              storeAttr(code.attrCache, lasti, owner, names[arg]!, v);
            } finally {
              decref(owner);
              decref(v);
            }
            break;
          }
          case Op.DELETE_ATTR: {
            const owner = f[--sp]!;
            f[sp] = undefined;
            try {
              setAttr(owner, names[arg]!, undefined);
            } finally {
              decref(owner);
            }
            break;
          }

          // --- operators ----------------------------------------------------------------
          case Op.BINARY_OP: {
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = undefined;
            let r: PyValue | undefined;
            if (typeof a === 'number' && typeof b === 'number') r = intBinaryOp(a, b, arg);
            if (r === undefined) {
              if (a instanceof PyFloat && b instanceof PyFloat) r = ops.floatBinaryOp(a, b, arg);
              else if (typeof a === 'number' && b instanceof PyFloat && b.ob_type === floatType) r = ops.mixedFloatOp(a, b.value, arg);
              else if (a instanceof PyFloat && typeof b === 'number' && a.ob_type === floatType) r = ops.mixedFloatOp(a.value, b, arg);
              else if (arg === 0 || arg === 13) {
                if (a instanceof PyStr && b instanceof PyStr && a.ob_type === strType && b.ob_type === strType) r = PyStr.concat(a, b);
              }
              if (r === undefined) r = arg < 13 ? binaryOp(a, b, arg) : inplaceOp(a, b, arg - 13);
            }
            f[sp - 1] = r;
            decref(a);
            decref(b);
            break;
          }
          case Op.COMPARE_OP: {
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = undefined;
            let r: PyValue;
            if (typeof a === 'number' && typeof b === 'number') {
              switch (arg) {
                case 0: r = a < b ? True : False; break;
                case 1: r = a <= b ? True : False; break;
                case 2: r = a === b ? True : False; break;
                case 3: r = a !== b ? True : False; break;
                case 4: r = a > b ? True : False; break;
                default: r = a >= b ? True : False;
              }
            } else {
              r = richCompare(a, b, arg as Cmp);
              decref(a);
              decref(b);
            }
            f[sp - 1] = r;
            break;
          }
          case Op.IS_OP: {
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = undefined;
            f[sp - 1] = ((a === b) !== (arg === 1)) ? True : False;
            decref(a);
            decref(b);
            break;
          }
          case Op.CONTAINS_OP: {
            const container = f[--sp]!;
            const item = f[sp - 1]!;
            f[sp] = undefined;
            const found = contains(container, item);
            f[sp - 1] = (found !== (arg === 1)) ? True : False;
            decref(container);
            decref(item);
            break;
          }
          case Op.UNARY_NOT: {
            const v = f[sp - 1]!;
            const t = v === True ? true : v === False ? false : truthy(v);
            f[sp - 1] = t ? False : True;
            decref(v);
            break;
          }
          case Op.UNARY_NEGATIVE: {
            const v = f[sp - 1]!;
            f[sp - 1] = typeof v === 'number' ? (v === 0 ? 0 : -v) : unaryOp(v, '__neg__', '-');
            decref(v);
            break;
          }
          case Op.UNARY_POSITIVE: {
            const v = f[sp - 1]!;
            f[sp - 1] = typeof v === 'number' ? v : unaryOp(v, '__pos__', '+');
            decref(v);
            break;
          }
          case Op.UNARY_INVERT: {
            const v = f[sp - 1]!;
            f[sp - 1] = typeof v === 'number' && v >= -0x40000000 && v < 0x40000000 ? ~v : unaryOp(v, '__invert__', '~');
            decref(v);
            break;
          }

          // --- jumps on conditions ---------------------------------------------------------
          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE:
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            const t = v === True ? true : v === False ? false : truthy(v);
            decref(v);
            const jumpIfTrue = op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
            if (t === jumpIfTrue) {
              if (op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE) {
                ip -= arg;
                if (--threadState.ticks < 0 && ops.interruptRequested()) { frame.lasti = lasti; ops.handleInterrupt(); }
              } else ip += arg;
            }
            break;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE:
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            const isNone = v === None;
            decref(v);
            const jumpIfNone = op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NONE;
            if (isNone === jumpIfNone) {
              if (op === Op.POP_JUMP_BACKWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NOT_NONE) ip -= arg;
              else ip += arg;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const v = f[sp - 1]!;
            const t = v === True ? true : v === False ? false : truthy(v);
            if (t === (op === Op.JUMP_IF_TRUE_OR_POP)) ip += arg;
            else {
              f[--sp] = undefined;
              decref(v);
            }
            break;
          }

          // --- containers -----------------------------------------------------------------
          case Op.BINARY_SUBSCR: {
            const sub = f[--sp]!;
            const container = f[sp - 1]!;
            f[sp] = undefined;
            let r: PyValue | undefined;
            if (typeof sub === 'number' && container instanceof PyList && container.ob_type === listType) {
              const items = container.items;
              const i = sub < 0 ? sub + items.length : sub;
              if (i >= 0 && i < items.length) { r = items[i]!; incref(r); }
            } else if (typeof sub === 'number' && container instanceof PyTuple && container.ob_type === tupleType) {
              const items = container.items;
              const i = sub < 0 ? sub + items.length : sub;
              if (i >= 0 && i < items.length) { r = items[i]!; incref(r); }
            }
            if (r === undefined) r = getItem(container, sub);
            f[sp - 1] = r;
            decref(container);
            decref(sub);
            break;
          }
          case Op.STORE_SUBSCR: {
            const sub = f[--sp]!;
            const container = f[--sp]!;
            const v = f[--sp]!;
            f[sp] = f[sp + 1] = f[sp + 2] = undefined;
            try {
              if (typeof sub === 'number' && container instanceof PyList && container.ob_type === listType
                && sub >= 0 && sub < container.items.length) {
                const old = container.items[sub]!;
                incref(v);
                container.items[sub] = v;
                decref(old);
              } else setItem(container, sub, v);
            } finally {
              decref(sub);
              decref(container);
              decref(v);
            }
            break;
          }
          case Op.DELETE_SUBSCR: {
            const sub = f[--sp]!;
            const container = f[--sp]!;
            f[sp] = f[sp + 1] = undefined;
            try {
              setItem(container, sub, undefined);
            } finally {
              decref(sub);
              decref(container);
            }
            break;
          }
          case Op.BUILD_TUPLE: {
            if (arg === 0) {
              f[sp++] = newref(EMPTY_TUPLE);
              break;
            }
            const items = f.slice(sp - arg, sp) as PyValue[];
            for (let i = sp - arg; i < sp; i++) f[i] = undefined;
            sp -= arg;
            f[sp++] = new PyTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = f.slice(sp - arg, sp) as PyValue[];
            for (let i = sp - arg; i < sp; i++) f[i] = undefined;
            sp -= arg;
            f[sp++] = new PyList(items);
            break;
          }
          case Op.BUILD_SET: {
            const items = f.slice(sp - arg, sp) as PyValue[];
            for (let i = sp - arg; i < sp; i++) f[i] = undefined;
            sp -= arg;
            try {
              f[sp++] = ops.buildSet(items);
            } finally {
              for (const v of items) decref(v);
            }
            break;
          }
          case Op.BUILD_MAP: {
            const d = new PyDict(dictType);
            const base = sp - 2 * arg;
            try {
              for (let i = 0; i < arg; i++) d.set(f[base + 2 * i]!, f[base + 2 * i + 1]!);
            } finally {
              for (let i = base; i < sp; i++) { decref(f[i]!); f[i] = undefined; }
              sp = base;
            }
            f[sp++] = d;
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const keys = f[--sp] as PyTuple;
            f[sp] = undefined;
            const d = new PyDict(dictType);
            const base = sp - arg;
            try {
              for (let i = 0; i < arg; i++) d.set(keys.items[i]!, f[base + i]!);
            } finally {
              for (let i = base; i < sp; i++) { decref(f[i]!); f[i] = undefined; }
              sp = base;
              decref(keys);
            }
            f[sp++] = d;
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let i = sp - arg; i < sp; i++) {
              s += (f[i] as PyStr).value;
              decref(f[i]!);
              f[i] = undefined;
            }
            sp -= arg;
            f[sp++] = newStr(s);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? f[--sp]! : None;
            const stop = f[--sp]!;
            const start = f[sp - 1]!;
            f[sp] = f[sp + 1] = undefined;
            f[sp - 1] = ops.makeSlice(start, stop, step);
            decref(start);
            decref(stop);
            decref(step);
            break;
          }
          case Op.LIST_APPEND: {
            const v = f[--sp]!;
            f[sp] = undefined;
            (f[sp - arg] as PyList).items.push(v);
            break;
          }
          case Op.SET_ADD: {
            const v = f[--sp]!;
            f[sp] = undefined;
            try {
              ops.setAdd(f[sp - arg]!, v);
            } finally {
              decref(v);
            }
            break;
          }
          case Op.MAP_ADD: {
            const v = f[--sp]!;
            const k = f[--sp]!;
            f[sp] = f[sp + 1] = undefined;
            try {
              (f[sp - arg] as PyDict).set(k, v);
            } finally {
              decref(k);
              decref(v);
            }
            break;
          }
          case Op.LIST_EXTEND: {
            const v = f[--sp]!;
            f[sp] = undefined;
            try {
              ops.listExtend(f[sp - arg] as PyList, v);
            } finally {
              decref(v);
            }
            break;
          }
          case Op.SET_UPDATE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            try {
              ops.setUpdate(f[sp - arg]!, v);
            } finally {
              decref(v);
            }
            break;
          }
          case Op.DICT_UPDATE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            try {
              ops.dictUpdate(f[sp - arg] as PyDict, v);
            } finally {
              decref(v);
            }
            break;
          }
          case Op.DICT_MERGE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            try {
              ops.dictMerge(f[sp - arg] as PyDict, v, f[sp - arg - 2]!);
            } finally {
              decref(v);
            }
            break;
          }
          case Op.LIST_TO_TUPLE: {
            const l = f[sp - 1] as PyList;
            const t = l.items.length === 0 ? newref(EMPTY_TUPLE) : new PyTuple(l.items);
            l.items = [];
            f[sp - 1] = t;
            decref(l);
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = f[--sp]!;
            f[sp] = undefined;
            try {
              sp = ops.unpackSequence(seq, arg, f, sp);
            } finally {
              decref(seq);
            }
            break;
          }
          case Op.UNPACK_EX: {
            const seq = f[--sp]!;
            f[sp] = undefined;
            try {
              sp = ops.unpackEx(seq, arg & 0xff, arg >> 8, f, sp);
            } finally {
              decref(seq);
            }
            break;
          }
          case Op.GET_LEN: {
            f[sp] = ops.getLen(f[sp - 1]!);
            sp++;
            break;
          }

          // --- iteration --------------------------------------------------------------------
          case Op.GET_ITER: {
            const v = f[sp - 1]!;
            f[sp - 1] = getIter(v);
            decref(v);
            break;
          }
          case Op.FOR_ITER: {
            const it = f[sp - 1]!;
            // range and list iterators inline (3.11's FOR_ITER specializations); the rest generic.
            let v: PyValue | undefined;
            if (it instanceof RangeIterator) {
              if (it.remaining > 0) {
                it.remaining--;
                v = it.current;
                it.current = v + it.step;
              }
            } else if (it instanceof ListIterator) {
              const seq = it.seq;
              if (seq !== null && it.index < seq.items.length) {
                v = seq.items[it.index++]!;
                incref(v);
              } else v = it.nativeNext();
            } else v = iterNext(it);
            if (v !== undefined) f[sp++] = v;
            else {
              f[--sp] = undefined;
              decref(it);
              ip += arg;
            }
            break;
          }

          // --- calls --------------------------------------------------------------------------
          case Op.PRECALL: {
            const fnIdx = sp - arg - 2;
            const callable = f[fnIdx + 1];
            if (f[fnIdx] === undefined && callable instanceof PyMethod) {
              f[fnIdx] = newref(callable.func);
              f[fnIdx + 1] = newref(callable.self);
              decref(callable);
            }
            break;
          }
          case Op.KW_NAMES:
            frame.kwnames = code.kwnames[arg] ??= (consts[arg] as PyTuple).items.map((s) => (s as PyStr).value);
            break;
          case Op.CALL: {
            const kwnames = frame.kwnames;
            frame.kwnames = null;
            const fnIdx = sp - arg - 2;
            let callable = f[fnIdx];
            let argStart: number;
            let argc: number;
            if (callable !== undefined) {
              argStart = fnIdx + 1;
              argc = arg + 1;
            } else {
              callable = f[fnIdx + 1]!;
              argStart = fnIdx + 2;
              argc = arg;
            }
            frame.lasti = lasti;
            const sites = code.sites;
            if (callable instanceof PyFunction) {
              if (sites !== null && sites.kind[lasti] !== SITE_PY_FUNCTION) sites.skipsCheck(lasti, callable, argc, kwnames);
              if (recursion.depth >= recursion.limit) raise(RecursionError, 'maximum recursion depth exceeded');
              const nf = functionFrame(callable);
              bindArguments(callable, nf, f, argStart, argc, kwnames);
              for (let i = fnIdx; i < sp; i++) {
                const v = f[i];
                if (v !== undefined) { f[i] = undefined; decref(v); }
              }
              sp = fnIdx;
              frame.sp = sp;
              recursion.depth++;
              nf.back = frame;
              frame = nf;
              threadState.frame = frame;
              code = frame.code; ops_ = code.ops; args = code.args; nexts = code.next; consts = code.consts; names = code.names;
              f = frame.f; sp = frame.sp; ip = 0;
              break;
            }
            let r: PyValue;
            try {
              // A specialized site calls natives without the recursion check (ops/call-sites.ts).
              const unchecked = sites !== null && sites.skipsCheck(lasti, callable, argc, kwnames);
              const self = f[argStart]!;
              if (callable instanceof PyMethodDescriptor && argc > 0 && typeOf(self).isSubtype(callable.owner)) {
                // obj.method(...) on a builtin: the arguments after self, without a second copy.
                const rest = f.slice(argStart + 1, argStart + argc) as PyValue[];
                if (unchecked) r = callable.fn(self, rest, kwnames);
                else {
                  enterRecursiveCall(' while calling a Python object');
                  try {
                    r = callable.fn(self, rest, kwnames);
                  } finally {
                    leaveRecursiveCall();
                  }
                }
              } else {
                const callArgs = f.slice(argStart, argStart + argc) as PyValue[];
                r = unchecked ? callUnchecked(callable, callArgs, kwnames) : call(callable, callArgs, kwnames);
              }
            } finally {
              for (let i = fnIdx; i < sp; i++) {
                const v = f[i];
                if (v !== undefined) { f[i] = undefined; decref(v); }
              }
              sp = fnIdx;
            }
            f[sp++] = r;
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = arg & 1 ? f[--sp]! : null;
            const callargs = f[--sp]!;
            const func = f[--sp]!;
            const nullSlot = f[--sp];
            f[sp] = f[sp + 1] = f[sp + 2] = f[sp + 3] = undefined;
            frame.lasti = lasti;
            try {
              f[sp++] = ops.callFunctionEx(func, callargs, kwargs);
            } finally {
              if (kwargs !== null) decref(kwargs);
              decref(callargs);
              decref(func);
              if (nullSlot !== undefined) decref(nullSlot);
            }
            break;
          }
          case Op.MAKE_FUNCTION: {
            const codeObj = f[--sp] as PyCode;
            f[sp] = undefined;
            const fn = ops.makeFunction(codeObj, frame.globals);
            if (arg & 8) { fn.closure = f[--sp] as PyTuple; f[sp] = undefined; }
            if (arg & 4) { fn.annotations = f[--sp]!; f[sp] = undefined; }
            if (arg & 2) { fn.kwdefaults = f[--sp] as PyDict; f[sp] = undefined; }
            if (arg & 1) { fn.defaults = f[--sp] as PyTuple; f[sp] = undefined; }
            decref(codeObj);
            f[sp++] = fn;
            break;
          }
          case Op.RETURN_VALUE: {
            const rv = f[--sp]!;
            f[sp] = undefined;
            frame.sp = sp;
            clearFrame(frame);
            recursion.depth--;
            if (frame.frameObject === null && frame.generator === null && frame.locals === null && code.framePool.length < 8) {
              code.framePool.push(frame);
            }
            if (frame === entry) {
              threadState.frame = frame.back;
              return rv;
            }
            frame = frame.back!;
            threadState.frame = frame;
            code = frame.code; ops_ = code.ops; args = code.args; nexts = code.next; consts = code.consts; names = code.names;
            f = frame.f; sp = frame.sp; ip = nexts[frame.lasti]!;
            f[sp++] = rv;
            break;
          }

          // --- classes, imports, misc -----------------------------------------------------------
          case Op.LOAD_BUILD_CLASS:
            f[sp++] = ops.loadBuildClass(frame);
            break;
          case Op.LOAD_ASSERTION_ERROR:
            f[sp++] = ops.assertionErrorType();
            break;
          case Op.SETUP_ANNOTATIONS:
            ops.setupAnnotations(frame);
            break;
          case Op.IMPORT_NAME: {
            const fromlist = f[--sp]!;
            const level = f[sp - 1]!;
            f[sp] = undefined;
            frame.lasti = lasti;
            try {
              f[sp - 1] = ops.importName(frame, names[arg]!, fromlist, level);
            } finally {
              decref(fromlist);
              decref(level);
            }
            break;
          }
          case Op.IMPORT_FROM:
            f[sp] = ops.importFrom(f[sp - 1]!, names[arg]!);
            sp++;
            break;
          case Op.IMPORT_STAR: {
            const mod = f[--sp]!;
            f[sp] = undefined;
            try {
              ops.importStar(frame, mod);
            } finally {
              decref(mod);
            }
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = (arg & 4) ? f[--sp]! : null;
            const v = f[sp - 1]!;
            if (spec !== null) f[sp] = undefined;
            try {
              f[sp - 1] = ops.formatValue(v, arg & 3, spec);
            } finally {
              decref(v);
              if (spec !== null) decref(spec);
            }
            break;
          }
          case Op.PRINT_EXPR: {
            const v = f[--sp]!;
            f[sp] = undefined;
            try {
              ops.printExpr(v);
            } finally {
              decref(v);
            }
            break;
          }

          // --- exceptions -------------------------------------------------------------------------
          case Op.PUSH_EXC_INFO: {
            const v = f[sp - 1]!;
            f[sp - 1] = threadState.excInfo;
            incref(v);
            threadState.excInfo = v;
            f[sp++] = v;
            break;
          }
          case Op.POP_EXCEPT: {
            const v = f[--sp]!;
            f[sp] = undefined;
            const old = threadState.excInfo;
            threadState.excInfo = v;
            decref(old);
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const right = f[sp - 1]!;
            const left = f[sp - 2]!;
            const match = ops.exceptionMatches(left, right);
            f[sp - 1] = match ? True : False;
            decref(right);
            break;
          }
          case Op.CHECK_EG_MATCH: {
            const matchType = f[--sp]!;
            const excValue = f[--sp]!;
            f[sp] = f[sp + 1] = undefined;
            try {
              const [rest, match] = ops.checkEgMatch(excValue, matchType);
              f[sp++] = rest;
              f[sp++] = match;
            } finally {
              decref(matchType);
              decref(excValue);
            }
            break;
          }
          case Op.PREP_RERAISE_STAR: {
            const excs = f[--sp]!;
            const orig = f[sp - 1]!;
            f[sp] = undefined;
            try {
              f[sp - 1] = ops.prepReraiseStar(orig, excs);
            } finally {
              decref(excs);
              decref(orig);
            }
            break;
          }
          case Op.RAISE_VARARGS: {
            frame.lasti = lasti;
            if (arg === 0 && threadState.excInfo !== None) {
              // A bare `raise` re-raises the handled exception without a new traceback entry.
              pending = newref(threadState.excInfo) as PyBaseException;
              throw new Reraise();
            }
            explicitRaise = true;
            let cause: PyValue | null = null;
            let exc: PyValue | null = null;
            if (arg === 2) { cause = f[--sp]!; f[sp] = undefined; }
            if (arg >= 1) { exc = f[--sp]!; f[sp] = undefined; }
            throw ops.makeRaise(exc, cause);
          }
          case Op.RERAISE: {
            const exc = f[--sp]!;
            f[sp] = undefined;
            const l = f[sp - 1];
            frame.lasti = arg && typeof l === 'number' ? l : lasti;
            pending = exc as PyBaseException;
            throw new Reraise();
          }
          case Op.BEFORE_WITH: {
            const mgr = f[sp - 1]!;
            const [exit, res] = ops.beforeWith(mgr);
            f[sp - 1] = exit;
            decref(mgr);
            f[sp++] = res;
            break;
          }
          case Op.WITH_EXCEPT_START: {
            const exitFunc = f[sp - 4]!;
            const val = f[sp - 1]!;
            f[sp++] = ops.withExceptStart(exitFunc, val);
            break;
          }

          // --- generators and coroutines ------------------------------------------------------------
          case Op.RETURN_GENERATOR: {
            frame.lasti = lasti;
            frame.resumeAt = ip;
            frame.sp = sp;
            const gen = ops.makeGenerator(frame);
            recursion.depth--;
            if (frame === entry) {
              threadState.frame = frame.back;
              frame.back = null;
              return gen;
            }
            const caller = frame.back!;
            frame.back = null;
            frame = caller;
            threadState.frame = frame;
            code = frame.code; ops_ = code.ops; args = code.args; nexts = code.next; consts = code.consts; names = code.names;
            f = frame.f; sp = frame.sp; ip = nexts[frame.lasti]!;
            f[sp++] = gen;
            break;
          }
          case Op.YIELD_VALUE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            frame.sp = sp;
            frame.lasti = lasti;
            frame.resumeAt = ip;
            recursion.depth--;
            threadState.frame = frame.back;
            ops.markYielded(frame);
            return v;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = f[sp - 1]!;
            const it = ops.getYieldFromIter(frame, v);
            if (it !== v) { f[sp - 1] = it; decref(v); }
            break;
          }
          case Op.SEND: {
            const v = f[sp - 1]!;
            const receiver = f[sp - 2]!;
            frame.lasti = lasti;
            const [done, result] = ops.send(receiver, v);
            decref(v);
            if (done) {
              f[--sp] = undefined;
              f[sp - 1] = result;
              decref(receiver);
              ip += arg;
            } else f[sp - 1] = result;
            break;
          }
          case Op.GET_AWAITABLE: {
            const v = f[sp - 1]!;
            f[sp - 1] = ops.getAwaitable(v, arg);
            decref(v);
            break;
          }
          case Op.GET_AITER: {
            const v = f[sp - 1]!;
            f[sp - 1] = ops.getAiter(v);
            decref(v);
            break;
          }
          case Op.GET_ANEXT:
            f[sp] = ops.getAnext(f[sp - 1]!);
            sp++;
            break;
          case Op.END_ASYNC_FOR: {
            const exc = f[--sp]!;
            f[sp] = undefined;
            if (ops.isStopAsyncIteration(exc)) {
              decref(exc);
              const it = f[--sp]!;
              f[sp] = undefined;
              decref(it);
            } else {
              frame.lasti = lasti;
              pending = exc as PyBaseException;
              throw new Reraise();
            }
            break;
          }
          case Op.BEFORE_ASYNC_WITH: {
            const mgr = f[sp - 1]!;
            const [exit, res] = ops.beforeAsyncWith(mgr);
            f[sp - 1] = exit;
            decref(mgr);
            f[sp++] = res;
            break;
          }
          case Op.ASYNC_GEN_WRAP: {
            const v = f[sp - 1]!;
            f[sp - 1] = ops.asyncGenWrap(v);
            break;
          }

          // --- pattern matching --------------------------------------------------------------------
          case Op.MATCH_MAPPING:
            f[sp] = ops.matchMapping(f[sp - 1]!) ? True : False;
            sp++;
            break;
          case Op.MATCH_SEQUENCE:
            f[sp] = ops.matchSequence(f[sp - 1]!) ? True : False;
            sp++;
            break;
          case Op.MATCH_KEYS:
            f[sp] = ops.matchKeys(f[sp - 2]!, f[sp - 1]!);
            sp++;
            break;
          case Op.MATCH_CLASS: {
            const attrNames = f[--sp]!;
            const cls = f[--sp]!;
            const subject = f[sp - 1]!;
            f[sp] = f[sp + 1] = undefined;
            try {
              f[sp - 1] = ops.matchClass(subject, cls, arg, attrNames);
            } finally {
              decref(attrNames);
              decref(cls);
              decref(subject);
            }
            break;
          }
          default:
            throw new Error(`opcode ${op} is not implemented`);
        }
      }
    } catch (e) {
      // Unwind: find a handler in this frame, else leave the frame and try its caller.
      let exc: PyBaseException;
      let reraise = false;
      if (e instanceof Reraise) {
        exc = pending!;
        pending = null;
        reraise = true;
      } else exc = asPyException(e);
      if (!reraise) frame.lasti = lasti;
      if (!reraise) {
        chainContext(exc, explicitRaise);
        addTraceback(exc, frame, lasti);
      }
      explicitRaise = false;
      for (;;) {
        // The handler is found from the instruction that raised (for RERAISE, the RERAISE itself);
        // the lasti pushed for the handler is the frame's, which RERAISE may have restored.
        if (findHandler(code.code.co_exceptiontable, lasti, handler)) {
          const depth = code.nlocalsplus + handler.depth;
          while (sp > depth) {
            const v = f[--sp];
            f[sp] = undefined;
            if (v !== undefined) decref(v);
          }
          if (handler.lasti) f[sp++] = frame.lasti;
          f[sp++] = exc;
          ip = handler.target;
          break;
        }
        frame.sp = sp;
        clearFrame(frame);
        recursion.depth--;
        if (frame === entry) {
          threadState.frame = frame.back;
          if (frame.generator !== null) ops.markFinished(frame);
          throw exc;
        }
        frame = frame.back!;
        threadState.frame = frame;
        code = frame.code; ops_ = code.ops; args = code.args; nexts = code.next; consts = code.consts; names = code.names;
        f = frame.f; sp = frame.sp; lasti = frame.lasti;
        addTraceback(exc, frame, lasti);
      }
    }
  }
}

/** Thrown inside the loop to re-raise `pending` without adding a traceback entry (RERAISE). */
class Reraise {}

