// The evaluation loop: CPython 3.11's ceval.c for our code objects.
//
// One `switch` over the decoded opcode array; locals and the value stack in one JS array;
// Python-to-Python calls push a frame and continue in the same loop (no JS recursion), so deep
// Python recursion costs no JS stack. Exceptions are JS throws of Python exception objects;
// the catch at the bottom finds the handler in the exception table or pops frames, adding
// traceback entries as CPython does. Heavier instructions live in ./ops/, the common cases of
// the arithmetic and container instructions are inlined here.
//
// Hot-path conventions (this loop is most of the engine's run time): refcounting is written out
// inline (`ob_refcnt++` with the counters, `decrefBottom` only at zero), imported bindings the
// loop reads are copied into locals at entry, and cases shared by a superinstruction
// (prepared.ts's Fused) run the fused first half and then continue as the instruction itself.

import { Opcode as Op } from './opcode-numbers.js';
import { findHandler } from '../../../shared/bytecode/exception-table.js';
import { counters, decref, decrefBottom, incref, newref, type PyValue } from '../../boxed/object.js';
import { GlobalCache, lookupGlobal } from './global-cache.js';
import { raise, isPyException, newException } from '../../boxed/errors.js';
import { enterRecursiveCall, leaveRecursiveCall, recursion } from '../../boxed/recursion.js';
import { dictType, floatType, functionType, intType, listType, methodType, strType, tupleType, typeType, type PyInstance } from '../../boxed/builtin-types.js';
import { intern, newSimpleStr, newStr } from '../../boxed/strings.js';
import { PyDict } from '../../boxed/types/dict.js';
import { keyError } from '../../boxed/types/mappings/common.js';
import { strIndex } from '../../boxed/types/str/str-sequence.js';
import { PyBaseException, RecursionError, SystemError } from '../../boxed/types/exceptions.js';
import { PyCell, PyCode, PyFunction, PyMethod } from '../../boxed/types/functions.js';
import { False, PyFloat, True } from '../../boxed/types/numbers.js';
import { PyList, PyTuple } from '../../boxed/types/sequences.js';
import { None } from '../../boxed/types/singletons.js';
import { PyStr } from '../../boxed/types/str.js';
import { call, callHooks, callUnchecked } from '../../boxed/protocols/call.js';
import { SITE_ISINSTANCE, SITE_LEN, SITE_PY_FUNCTION, SITE_STR_1 } from './ops/call-sites.js';
import { getAttr, setAttr } from '../../boxed/protocols/attributes.js';
import { Cmp, richCompare } from '../../boxed/protocols/compare.js';
import { binaryOp, inplaceOp, unaryOp } from '../../boxed/protocols/numbers.js';
import { contains, getItem, setItem } from '../../boxed/protocols/items.js';
import { getIter, next as iterNext } from '../../boxed/protocols/iteration.js';
import { truthy } from '../../boxed/protocols/objects.js';
import { bindArguments, bindKeywordsMoving } from './bind-args.js';
import { Frame, threadState } from './frame.js';
import { Fused, prepare, type PreparedCode } from './prepared.js';
import { addTraceback } from './traceback-objects.js';
import { intBinaryOp } from './fast-arith.js';
import { Kind as AttrKind, loadAttr, loadMethod, storeAttr } from './attr-cache.js';
import { objectType } from '../../boxed/builtin-types.js';
import { PyType, TypeFlag } from '../../boxed/type.js';
import { hasSlotsOnly } from '../../boxed/types/object-type.js';
import { TypeError } from '../../boxed/types/exceptions.js';
import { typeName } from '../../boxed/protocols/type-of.js';
import { PyMethodDescriptor } from '../../boxed/types/native.js';
import { typeOf } from '../../boxed/protocols/type-of.js';
import { EMPTY_TUPLE } from '../../boxed/types/sequences/tuple-type.js';
import { chainContextTo } from '../../boxed/types/exceptions/chain-context.js';
import { ListIterator, listIteratorType, RangeIterator, rangeIteratorType } from '../../boxed/types/sequences/iterators.js';
import * as ops from './ops/index.js';
import { joinText } from '../../../shared/kernels/str/code-points.js';

const handler = { target: 0, depth: 0, lasti: false };

/** list.append's method descriptor, for CALL's inlined form (builtin namespaces never change). */
let listAppend: PyValue | null = null;
let dictGet: PyValue | null = null;

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

/** What constructInstance needs to know about a class, remembered until its namespace changes (PyType.constructPlan). */
class ConstructPlan {
  constructor(readonly init: PyFunction | null, readonly needsDict: boolean) {}
}
const NO_PLAN = new ConstructPlan(null, false);
let objectNewFn: PyValue | undefined;

function constructPlanFor(cls: PyType): ConstructPlan {
  objectNewFn ??= objectType.ns.getStr('__new__');
  let plan = NO_PLAN;
  const init = cls.lookup('__init__');
  if ((cls.flags & TypeFlag.HEAPTYPE) !== 0 && cls.make === objectType.make && cls.lookup('__new__') === objectNewFn
    && typeof init !== 'number' && init !== null && init.ob_type === functionType) {
    // (object.__new__'s own test for a __dict__, made once here instead of per instance)
    plan = new ConstructPlan(init as PyFunction, cls.lookup('__dict__') !== null || !hasSlotsOnly(cls));
  }
  cls.constructPlan = plan;
  return plan;
}

/**
 * cls(...) for a class whose instances object.__new__ makes and a Python __init__ initialises:
 * type_call's steps (the recursion check of a class without vectorcall, object.__new__, __init__
 * in a nested evaluation, its None check) without the argument arrays of the general path. The
 * arguments are `argc` values of `src` from `start`, and src[start - 1], the callable's slot, is
 * borrowed for self while they are bound. Undefined when the class does not fit: the caller then
 * calls it the general way.
 */
function constructInstance(
  cls: PyType, src: (PyValue | undefined)[], start: number, argc: number, kwnames: readonly string[] | null, checked: boolean,
): PyValue | undefined {
  const plan = (cls.constructPlan ?? constructPlanFor(cls)) as ConstructPlan;
  const init = plan.init;
  if (init === null || (cls.flags & TypeFlag.ABSTRACT) !== 0) return undefined;
  if (checked) enterRecursiveCall(' while calling a Python object');
  try {
    const obj = cls.make(cls) as PyInstance;
    if (plan.needsDict) obj.dict = new PyDict(dictType);
    incref(cls);
    const frame = functionFrame(init);
    const saved = src[start - 1]!;
    src[start - 1] = obj;
    try {
      bindArguments(init, frame, src, start - 1, argc + 1, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    } finally {
      src[start - 1] = saved;
    }
    let r: PyValue;
    try {
      r = evalFrame(frame, null);
    } catch (e) {
      decref(obj);
      throw e;
    }
    if (r !== None) {
      decref(obj);
      const name = typeName(r);
      decref(r);
      raise(TypeError, `__init__() should return None, not '${name}'`);
    }
    return obj;
  } finally {
    if (checked) leaveRecursiveCall();
  }
}

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
  // Imported bindings copied to locals: read in the loop, each would be a module-variable load
  // with a TDZ check (V8 does not constant-fold imports).
  const None_ = None, True_ = True, False_ = False;
  const counters_ = counters, threadState_ = threadState, recursion_ = recursion;
  const listType_ = listType, tupleType_ = tupleType, dictType_ = dictType, strType_ = strType, floatType_ = floatType;
  const typeType_ = typeType, functionType_ = functionType, methodType_ = methodType, rangeIteratorType_ = rangeIteratorType, listIteratorType_ = listIteratorType;
  if (++recursion_.depth > recursion_.limit) {
    recursion_.depth--;
    clearFrame(entry);
    raise(RecursionError, 'maximum recursion depth exceeded');
  }
  const listAppend_ = (listAppend ??= listType_.lookup('append'));
  const dictGet_ = (dictGet ??= dictType_.lookup('get'));
  entry.entry = true;
  entry.back = threadState_.frame;
  threadState_.frame = entry;

  let frame = entry;
  let code: PreparedCode = frame.code;
  let words = code.words;
  let args = code.args;
  let nexts = code.next;
  let consts = code.consts;
  let names = code.names;
  let f = frame.f;
  let sp = frame.sp | 0;
  // (| 0 keeps ip, sp and lasti int32 for V8: fewer tag checks in the dispatch)
  let ip = (entry.resumeAt >= 0 ? entry.resumeAt : 0) | 0;
  entry.resumeAt = -1;
  let lasti = entry.lasti | 0;
  let pending: PyBaseException | null = throwing;
  let explicitRaise = false;
  /** The second oparg of a superinstruction. */
  let arg2 = 0;
  const counts = threadState_.countOpcodes ? threadState_.opcodeCounts : null;

  for (;;) {
    try {
      if (pending !== null) {
        const p = pending;
        pending = null;
        throw p;
      }
      for (;;) {
        lasti = ip;
        const w = words[ip]!;
        let op = w & 0xff;
        let arg = (w >> 12) & 0xfffff;
        if (arg === 0xfffff) arg = args[ip]!; // WIDE_ARG
        ip += (w >> 8) & 0xf;
        if (counts !== null) counts[op]++;
        switch (op) {
          case Op.NOP:
          case Op.EXTENDED_ARG:
            break;
          case Op.RESUME:
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            if (op === Op.JUMP_BACKWARD_NO_INTERRUPT) ip -= arg;
            else if (code.warmup > 0) code.warmUp();
            if (--threadState_.ticks < 0 && ops.interruptRequested()) { frame.lasti = lasti; ops.handleInterrupt(); }
            break;
          case Op.JUMP_BACKWARD:
            ip -= arg;
            if (code.warmup > 0) code.warmUp();
            if (--threadState_.ticks < 0 && ops.interruptRequested()) { frame.lasti = lasti; ops.handleInterrupt(); }
            break;
          case Op.JUMP_FORWARD:
            ip += arg;
            break;

          // --- locals, constants, names ---------------------------------------------------
          case Op.LOAD_FAST: {
            const v = f[arg];
            if (v === undefined) ops.unboundLocal(code, arg);
            if (typeof v !== 'number') { v!.ob_refcnt++; counters_.increfs++; }
            f[sp++] = v;
            break;
          }
          case Op.STORE_FAST: {
            const old = f[arg];
            f[arg] = f[--sp];
            f[sp] = undefined;
            if (old !== undefined && typeof old !== 'number') {
              counters_.decrefs++;
              if (--old.ob_refcnt <= 0) decrefBottom(old);
            }
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
            if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
            f[sp++] = v;
            break;
          }
          case Op.POP_TOP: {
            const v = f[--sp];
            f[sp] = undefined;
            if (v !== undefined && typeof v !== 'number') {
              counters_.decrefs++;
              if (--v.ob_refcnt <= 0) decrefBottom(v);
            }
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
            const gc = code.globalCache;
            let v: PyValue | undefined;
            if (gc !== null) {
              // A cache hit (global-cache.ts): identity and version checks, then one array read.
              const g = frame.globals;
              if (gc.globals[lasti] === g && gc.gver[lasti] === g.version) {
                const i = gc.index[lasti]!;
                if (i >= 0) v = g.values[i];
                else {
                  const bd = frame.builtins;
                  if (gc.builtins[lasti] === bd && gc.bver[lasti] === bd.version) v = bd.values[~i];
                }
              }
            }
            if (v === undefined) {
              v = lookupGlobal(code.globalCache ??= new GlobalCache(words.length), lasti, frame.globals, frame.builtins, names[arg >> 1]!);
              if (v === undefined) {
                frame.lasti = lasti;
                throw ops.nameError(names[arg >> 1]!);
              }
            }
            if (arg & 1) f[sp++] = undefined;
            if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
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

          case Fused.LOAD_FAST_LOAD_FAST: {
            {
              const v = f[arg];
              if (v === undefined) ops.unboundLocal(code, arg);
              if (typeof v !== 'number') { v!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v;
            }
            lasti = ip;
            arg2 = (words[ip]! >> 12) & 0xfffff;
            ip++;
            {
              const v = f[arg2];
              if (v === undefined) ops.unboundLocal(code, arg2);
              if (typeof v !== 'number') { v!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v;
            }
            break;
          }
          case Fused.LOAD_FAST_LOAD_CONST: {
            {
              const v = f[arg];
              if (v === undefined) ops.unboundLocal(code, arg);
              if (typeof v !== 'number') { v!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v;
            }
            lasti = ip;
            arg2 = (words[ip]! >> 12) & 0xfffff;
            ip++;
            {
              const v = consts[arg2]!;
              if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v;
            }
            break;
          }
          case Fused.STORE_FAST_LOAD_FAST: {
            {
              const old = f[arg];
              f[arg] = f[--sp];
              f[sp] = undefined;
              if (old !== undefined && typeof old !== 'number') {
                counters_.decrefs++;
                if (--old.ob_refcnt <= 0) decrefBottom(old);
              }
            }
            lasti = ip;
            arg2 = (words[ip]! >> 12) & 0xfffff;
            ip++;
            {
              const v = f[arg2];
              if (v === undefined) ops.unboundLocal(code, arg2);
              if (typeof v !== 'number') { v!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v;
            }
            break;
          }
          case Fused.STORE_FAST_STORE_FAST: {
            {
              const old = f[arg];
              f[arg] = f[--sp];
              f[sp] = undefined;
              if (old !== undefined && typeof old !== 'number') {
                counters_.decrefs++;
                if (--old.ob_refcnt <= 0) decrefBottom(old);
              }
            }
            lasti = ip;
            arg2 = (words[ip]! >> 12) & 0xfffff;
            ip++;
            {
              const old = f[arg2];
              f[arg2] = f[--sp];
              f[sp] = undefined;
              if (old !== undefined && typeof old !== 'number') {
                counters_.decrefs++;
                if (--old.ob_refcnt <= 0) decrefBottom(old);
              }
            }
            break;
          }
          case Fused.LOAD_CONST_LOAD_FAST: {
            {
              const v = consts[arg]!;
              if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v;
            }
            lasti = ip;
            arg2 = (words[ip]! >> 12) & 0xfffff;
            ip++;
            {
              const v = f[arg2];
              if (v === undefined) ops.unboundLocal(code, arg2);
              if (typeof v !== 'number') { v!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v;
            }
            break;
          }

          // --- attributes ---------------------------------------------------------------
          case Op.LOAD_ATTR:
          case Fused.LF_LOAD_ATTR: {
            if (op >= Fused.FIRST_PROLOGUE) {
              // The LOAD_FAST or LOAD_CONST fused before this instruction (prepared.ts), then on
              // as this instruction with its own opcode and oparg.
              let v0: PyValue | undefined;
              if (op < Fused.FIRST_LC) {
                v0 = f[arg];
                if (v0 === undefined) ops.unboundLocal(code, arg);
              } else v0 = consts[arg]!;
              if (typeof v0 !== 'number') { v0!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v0;
              lasti = ip;
              const w2 = words[ip]!;
              op = w2 & 0xff;
              arg = (w2 >> 12) & 0xfffff;
              ip += (w2 >> 8) & 0xf;
            }
            const owner = f[sp - 1]!;
            let v: PyValue | undefined;
            // (Type versions are unique across types (type.ts), so the version alone identifies the type.)
            if (typeof owner !== 'number') {
              // The common hit inline: an instance attribute at the entry the site last found it.
              const ac = code.attrCache;
              const t = owner.ob_type;
              const dict = owner.dict;
              if (ac.version[lasti] === t.version) {
                const k = ac.kind[lasti];
                if (k === AttrKind.INSTANCE_ONLY && dict !== null) {
                  const i = ac.index[lasti]!;
                  const keys = dict.keys;
                  if (i < keys.length && keys[i] === ac.key[lasti]) {
                    v = dict.values[i]!;
                    if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
                  }
                } else if (k === AttrKind.SLOT) {
                  // A __slots__ member (LOAD_ATTR_SLOT); an unset one raises on the general path.
                  const slots = (owner as PyInstance).slots;
                  if (slots != null) {
                    v = slots[ac.index[lasti]!];
                    if (v !== undefined && typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
                  }
                }
              }
            }
            if (v === undefined) v = loadAttr(code.attrCache, lasti, owner, names[arg]!);
            f[sp - 1] = v;
            if (typeof owner !== 'number') { counters_.decrefs++; if (--owner.ob_refcnt <= 0) decrefBottom(owner); }
            break;
          }
          case Op.LOAD_METHOD:
          case Fused.LF_LOAD_METHOD: {
            if (op >= Fused.FIRST_PROLOGUE) {
              // The LOAD_FAST or LOAD_CONST fused before this instruction (prepared.ts), then on
              // as this instruction with its own opcode and oparg.
              let v0: PyValue | undefined;
              if (op < Fused.FIRST_LC) {
                v0 = f[arg];
                if (v0 === undefined) ops.unboundLocal(code, arg);
              } else v0 = consts[arg]!;
              if (typeof v0 !== 'number') { v0!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v0;
              lasti = ip;
              const w2 = words[ip]!;
              op = w2 & 0xff;
              arg = (w2 >> 12) & 0xfffff;
              ip += (w2 >> 8) & 0xf;
            }
            const owner = f[sp - 1]!;
            let meth: PyValue | undefined;
            if (typeof owner !== 'number') {
              // A method of the owner's class that the instance dict (unchanged since) does not shadow.
              const ac = code.attrCache;
              const t = owner.ob_type;
              const dict = owner.dict;
              if (ac.version[lasti] === t.version && ac.kind[lasti] === AttrKind.METHOD
                && (dict === null || (ac.absentIn[lasti] === dict && ac.absentVersion[lasti] === dict.version))) {
                meth = ac.value[lasti]!;
                if (typeof meth !== 'number') { meth.ob_refcnt++; counters_.increfs++; }
              }
            }
            if (meth === undefined) meth = loadMethod(code.attrCache, lasti, owner, names[arg]!, ops.lookupMethod);
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
          case Op.STORE_ATTR:
          case Fused.LF_STORE_ATTR: {
            if (op >= Fused.FIRST_PROLOGUE) {
              // The LOAD_FAST or LOAD_CONST fused before this instruction (prepared.ts), then on
              // as this instruction with its own opcode and oparg.
              let v0: PyValue | undefined;
              if (op < Fused.FIRST_LC) {
                v0 = f[arg];
                if (v0 === undefined) ops.unboundLocal(code, arg);
              } else v0 = consts[arg]!;
              if (typeof v0 !== 'number') { v0!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v0;
              lasti = ip;
              const w2 = words[ip]!;
              op = w2 & 0xff;
              arg = (w2 >> 12) & 0xfffff;
              ip += (w2 >> 8) & 0xf;
            }
            const owner = f[--sp]!;
            const v = f[--sp]!;
            f[sp] = f[sp + 1] = undefined;
            if (typeof owner !== 'number') {
              // The common hit inline: replacing an instance attribute at the entry the site last
              // stored it (the instance's reference moves in: v's is not dropped below).
              const ac = code.attrCache;
              const t = owner.ob_type;
              const dict = owner.dict;
              if (ac.version[lasti] === t.version && ac.kind[lasti] === AttrKind.STORE_INSTANCE && dict !== null) {
                const i = ac.index[lasti]!;
                const keys = dict.keys;
                if (i < keys.length && keys[i] === ac.key[lasti]) {
                  const old = dict.values[i]!;
                  dict.values[i] = v;
                  if (typeof old !== 'number') { counters_.decrefs++; if (--old.ob_refcnt <= 0) decrefBottom(old); }
                  counters_.decrefs++;
                  if (--owner.ob_refcnt <= 0) decrefBottom(owner);
                  break;
                }
              }
            }
            try {
              storeAttr(code.attrCache, lasti, owner, names[arg]!, v);
            } finally {
              if (typeof owner !== 'number') { counters_.decrefs++; if (--owner.ob_refcnt <= 0) decrefBottom(owner); }
              if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
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
          case Op.BINARY_OP:
          case Fused.LF_BINARY_OP:
          case Fused.LC_BINARY_OP: {
            if (op >= Fused.FIRST_PROLOGUE) {
              // The LOAD_FAST or LOAD_CONST fused before this instruction (prepared.ts), then on
              // as this instruction with its own opcode and oparg.
              let v0: PyValue | undefined;
              if (op < Fused.FIRST_LC) {
                v0 = f[arg];
                if (v0 === undefined) ops.unboundLocal(code, arg);
              } else v0 = consts[arg]!;
              if (typeof v0 !== 'number') { v0!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v0;
              lasti = ip;
              const w2 = words[ip]!;
              op = w2 & 0xff;
              arg = (w2 >> 12) & 0xfffff;
              ip += (w2 >> 8) & 0xf;
            }
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = undefined;
            let r: PyValue | undefined;
            // Exact int, float and str operands inline (3.11's BINARY_OP_ADD_INT, ..._FLOAT,
            // ..._UNICODE); an int result outside the safe range, errors and everything else take
            // intBinaryOp or the general dunder dispatch.
            const ta = typeof a === 'number' ? null : a.ob_type;
            const tb = typeof b === 'number' ? null : b.ob_type;
            if (ta === null && tb === null) {
              const x = a as number;
              const y = b as number;
              let z: number;
              switch (arg) {
                case 0: case 13: z = x + y; break;
                case 10: case 23: z = x - y; break;
                case 5: case 18: z = x * y + 0; break;
                case 6: case 19:
                  if (y === 0) { z = Infinity; break; }
                  z = x % y;
                  if (z !== 0 && (z < 0) !== (y < 0)) z += y;
                  z += 0;
                  break;
                case 2: case 15: // // (exact in doubles for operands below 2^30)
                  z = y !== 0 && x > -0x40000000 && x < 0x40000000 && y > -0x40000000 && y < 0x40000000 ? Math.floor(x / y) + 0 : Infinity;
                  break;
                case 1: case 14: z = (x | 0) === x && (y | 0) === y ? x & y : Infinity; break;
                case 7: case 20: z = (x | 0) === x && (y | 0) === y ? x | y : Infinity; break;
                case 12: case 25: z = (x | 0) === x && (y | 0) === y ? x ^ y : Infinity; break;
                default: z = Infinity;
              }
              r = z <= 9007199254740991 && z >= -9007199254740991 ? z : intBinaryOp(x, y, arg);
            } else if (ta === floatType_) {
              if (tb === floatType_) r = ops.floatBinaryOp(a as PyFloat, b as PyFloat, arg);
              else if (tb === null) r = ops.mixedFloatOp((a as PyFloat).value, b as number, arg);
            } else if (tb === floatType_) {
              if (ta === null) r = ops.mixedFloatOp(a as number, (b as PyFloat).value, arg);
            } else if (ta === strType_ && tb === strType_ && (arg === 0 || arg === 13)) r = PyStr.concat(a as PyStr, b as PyStr);
            if (r === undefined) r = arg < 13 ? binaryOp(a, b, arg) : inplaceOp(a, b, arg - 13);
            f[sp - 1] = r;
            if (typeof a !== 'number') { counters_.decrefs++; if (--a.ob_refcnt <= 0) decrefBottom(a); }
            if (typeof b !== 'number') { counters_.decrefs++; if (--b.ob_refcnt <= 0) decrefBottom(b); }
            break;
          }
          case Op.COMPARE_OP:
          case Fused.COMPARE_OP_JUMP:
          case Fused.LF_COMPARE_OP:
          case Fused.LC_COMPARE_OP: {
            if (op >= Fused.FIRST_PROLOGUE) {
              // The LOAD_FAST or LOAD_CONST fused before this instruction (prepared.ts), then on
              // as this instruction with its own opcode and oparg.
              let v0: PyValue | undefined;
              if (op < Fused.FIRST_LC) {
                v0 = f[arg];
                if (v0 === undefined) ops.unboundLocal(code, arg);
              } else v0 = consts[arg]!;
              if (typeof v0 !== 'number') { v0!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v0;
              lasti = ip;
              const w2 = words[ip]!;
              op = w2 & 0xff;
              arg = (w2 >> 12) & 0xfffff;
              ip += (w2 >> 8) & 0xf;
            }
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = undefined;
            let r: PyValue;
            if (typeof a === 'number' && typeof b === 'number') {
              let t: boolean;
              switch (arg) {
                case 0: t = a < b; break;
                case 1: t = a <= b; break;
                case 2: t = a === b; break;
                case 3: t = a !== b; break;
                case 4: t = a > b; break;
                default: t = a >= b;
              }
              if (op === Fused.COMPARE_OP_JUMP) {
                // The conditional jump that follows, run here without pushing the bool.
                f[--sp] = undefined;
                lasti = ip;
                const w2 = words[ip]!;
                arg2 = (w2 >> 12) & 0xfffff;
                ip++;
                switch (w2 & 0xff) {
                  case Op.POP_JUMP_FORWARD_IF_FALSE: if (!t) ip += arg2; break;
                  case Op.POP_JUMP_FORWARD_IF_TRUE: if (t) ip += arg2; break;
                  default:
                    if (t === ((w2 & 0xff) === Op.POP_JUMP_BACKWARD_IF_TRUE)) {
                      ip -= arg2;
                      if (--threadState_.ticks < 0 && ops.interruptRequested()) { frame.lasti = lasti; ops.handleInterrupt(); }
                    }
                }
                break;
              }
              r = t ? True_ : False_;
            } else {
              r = richCompare(a, b, arg as Cmp);
              if (typeof a !== 'number') { counters_.decrefs++; if (--a.ob_refcnt <= 0) decrefBottom(a); }
              if (typeof b !== 'number') { counters_.decrefs++; if (--b.ob_refcnt <= 0) decrefBottom(b); }
            }
            f[sp - 1] = r;
            break;
          }
          case Op.IS_OP: {
            const b = f[--sp]!;
            const a = f[sp - 1]!;
            f[sp] = undefined;
            f[sp - 1] = ((a === b) !== (arg === 1)) ? True_ : False_;
            decref(a);
            decref(b);
            break;
          }
          case Op.CONTAINS_OP: {
            const container = f[--sp]!;
            const item = f[sp - 1]!;
            f[sp] = undefined;
            const found = contains(container, item);
            f[sp - 1] = (found !== (arg === 1)) ? True_ : False_;
            decref(container);
            decref(item);
            break;
          }
          case Op.UNARY_NOT: {
            const v = f[sp - 1]!;
            const t = v === True_ ? true : v === False_ ? false : truthy(v);
            f[sp - 1] = t ? False_ : True_;
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
          case Op.POP_JUMP_FORWARD_IF_FALSE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            let t: boolean;
            if (v === True_) t = true;
            else if (v === False_) t = false;
            else {
              t = truthy(v);
              if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
            }
            if (!t) ip += arg;
            break;
          }
          case Op.POP_JUMP_FORWARD_IF_TRUE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            let t: boolean;
            if (v === True_) t = true;
            else if (v === False_) t = false;
            else {
              t = truthy(v);
              if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
            }
            if (t) ip += arg;
            break;
          }
          case Op.POP_JUMP_BACKWARD_IF_FALSE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            let t: boolean;
            if (v === True_) t = true;
            else if (v === False_) t = false;
            else {
              t = truthy(v);
              if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
            }
            if (!t) {
              ip -= arg;
              if (--threadState_.ticks < 0 && ops.interruptRequested()) { frame.lasti = lasti; ops.handleInterrupt(); }
            }
            break;
          }
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            let t: boolean;
            if (v === True_) t = true;
            else if (v === False_) t = false;
            else {
              t = truthy(v);
              if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
            }
            if (t) {
              ip -= arg;
              if (--threadState_.ticks < 0 && ops.interruptRequested()) { frame.lasti = lasti; ops.handleInterrupt(); }
            }
            break;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE:
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            const isNone = v === None_;
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
            const t = v === True_ ? true : v === False_ ? false : truthy(v);
            if (t === (op === Op.JUMP_IF_TRUE_OR_POP)) ip += arg;
            else {
              f[--sp] = undefined;
              decref(v);
            }
            break;
          }

          // --- containers -----------------------------------------------------------------
          case Op.BINARY_SUBSCR:
          case Fused.LF_BINARY_SUBSCR:
          case Fused.LC_BINARY_SUBSCR: {
            if (op >= Fused.FIRST_PROLOGUE) {
              // The LOAD_FAST or LOAD_CONST fused before this instruction (prepared.ts), then on
              // as this instruction with its own opcode and oparg.
              let v0: PyValue | undefined;
              if (op < Fused.FIRST_LC) {
                v0 = f[arg];
                if (v0 === undefined) ops.unboundLocal(code, arg);
              } else v0 = consts[arg]!;
              if (typeof v0 !== 'number') { v0!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v0;
              lasti = ip;
              const w2 = words[ip]!;
              op = w2 & 0xff;
              arg = (w2 >> 12) & 0xfffff;
              ip += (w2 >> 8) & 0xf;
            }
            const sub = f[--sp]!;
            const container = f[sp - 1]!;
            f[sp] = undefined;
            let r: PyValue | undefined;
            // Exact list, tuple and dict inline (3.11's BINARY_SUBSCR_LIST_INT/TUPLE_INT/DICT); a
            // missing key or index takes the general path, which raises.
            if (typeof container !== 'number') {
              const t = container.ob_type;
              if (t === listType_ || t === tupleType_) {
                if (typeof sub === 'number') {
                  const items = (container as PyList).items;
                  const i = sub < 0 ? sub + items.length : sub;
                  if (i >= 0 && i < items.length) { r = items[i]!; if (typeof r !== 'number') { r.ob_refcnt++; counters_.increfs++; } }
                }
              } else if (t === strType_ && typeof sub === 'number') {
                r = strIndex(container as PyStr, sub); // (raises IndexError itself)
              } else if (t === dictType_) {
                r = (container as PyDict).get(sub);
                // A miss raises here: the general path would hash the key a second time.
                if (r === undefined) throw keyError(sub);
                if (typeof r !== 'number') { r.ob_refcnt++; counters_.increfs++; }
              }
            }
            if (r === undefined) r = getItem(container, sub);
            f[sp - 1] = r;
            if (typeof container !== 'number') { counters_.decrefs++; if (--container.ob_refcnt <= 0) decrefBottom(container); }
            if (typeof sub !== 'number') { counters_.decrefs++; if (--sub.ob_refcnt <= 0) decrefBottom(sub); }
            break;
          }
          case Op.STORE_SUBSCR:
          case Fused.LF_STORE_SUBSCR: {
            if (op >= Fused.FIRST_PROLOGUE) {
              // The LOAD_FAST or LOAD_CONST fused before this instruction (prepared.ts), then on
              // as this instruction with its own opcode and oparg.
              let v0: PyValue | undefined;
              if (op < Fused.FIRST_LC) {
                v0 = f[arg];
                if (v0 === undefined) ops.unboundLocal(code, arg);
              } else v0 = consts[arg]!;
              if (typeof v0 !== 'number') { v0!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v0;
              lasti = ip;
              const w2 = words[ip]!;
              op = w2 & 0xff;
              arg = (w2 >> 12) & 0xfffff;
              ip += (w2 >> 8) & 0xf;
            }
            const sub = f[--sp]!;
            const container = f[--sp]!;
            const v = f[--sp]!;
            f[sp] = f[sp + 1] = f[sp + 2] = undefined;
            try {
              const t = typeof container !== 'number' ? container.ob_type : null;
              if (t === listType_ && typeof sub === 'number' && sub >= 0 && sub < (container as PyList).items.length) {
                const items = (container as PyList).items;
                const old = items[sub]!;
                if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
                items[sub] = v;
                if (typeof old !== 'number') { counters_.decrefs++; if (--old.ob_refcnt <= 0) decrefBottom(old); }
              } else if (t === dictType_) (container as PyDict).set(sub, v);
              else setItem(container, sub, v);
            } finally {
              if (typeof sub !== 'number') { counters_.decrefs++; if (--sub.ob_refcnt <= 0) decrefBottom(sub); }
              if (typeof container !== 'number') { counters_.decrefs++; if (--container.ob_refcnt <= 0) decrefBottom(container); }
              if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
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
            const d = new PyDict(dictType_);
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
            const d = new PyDict(dictType_);
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
              s = joinText(s, (f[i] as PyStr).value);
              decref(f[i]!);
              f[i] = undefined;
            }
            sp -= arg;
            f[sp++] = newStr(s);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? f[--sp]! : None_;
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
            if (typeof seq !== 'number' && (seq.ob_type === tupleType_ || seq.ob_type === listType_) && (seq as PyTuple).items.length === arg) {
              // An exact tuple or list of the right length (3.11's UNPACK_SEQUENCE_TUPLE/LIST).
              const items = (seq as PyTuple).items;
              for (let i = arg - 1; i >= 0; i--) {
                const v = items[i]!;
                if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
                f[sp++] = v;
              }
              counters_.decrefs++;
              if (--seq.ob_refcnt <= 0) decrefBottom(seq);
              break;
            }
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
          case Op.FOR_ITER:
          case Fused.FOR_ITER_STORE_FAST: {
            const it = f[sp - 1]!;
            // range and list iterators inline (3.11's FOR_ITER specializations); the rest generic.
            let v: PyValue | undefined;
            // (range_iterator objects may also be LongRangeIterators: the class decides there)
            const itType = typeof it !== 'number' ? it.ob_type : null;
            if (itType === rangeIteratorType_ && it instanceof RangeIterator) {
              const ri = it;
              if (ri.remaining > 0) {
                ri.remaining--;
                v = ri.current;
                ri.current = v + ri.step;
              }
            } else if (itType === listIteratorType_) {
              const li = it as ListIterator;
              const seq = li.seq;
              if (seq !== null && li.index < seq.items.length) {
                v = seq.items[li.index++]!;
                if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
              } else v = li.nativeNext();
            } else v = iterNext(it);
            if (v !== undefined) {
              if (op === Fused.FOR_ITER_STORE_FAST) {
                // The STORE_FAST that follows, straight into the local.
                lasti = ip;
                arg2 = (words[ip]! >> 12) & 0xfffff;
                ip++;
                const old = f[arg2];
                f[arg2] = v;
                if (old !== undefined && typeof old !== 'number') { counters_.decrefs++; if (--old.ob_refcnt <= 0) decrefBottom(old); }
              } else f[sp++] = v;
            } else {
              f[--sp] = undefined;
              decref(it);
              ip += arg;
            }
            break;
          }

          // --- calls --------------------------------------------------------------------------
          case Op.PRECALL: {
            const fnIdx = sp - arg - 2;
            const callable = f[fnIdx + 1]!;
            // (method is a sealed type: its objects are exactly the PyMethods; a type test is cheaper than instanceof)
            if (f[fnIdx] === undefined && typeof callable !== 'number' && callable.ob_type === methodType_) {
              const m = callable as PyMethod;
              f[fnIdx] = newref(m.func);
              f[fnIdx + 1] = newref(m.self);
              decref(m);
            }
            break;
          }
          case Op.KW_NAMES:
            frame.kwnames = code.kwnames[arg] ??= (consts[arg] as PyTuple).items.map((s) => (s as PyStr).value);
            break;
          case Op.CALL:
          case Fused.PRECALL_CALL: {
            if (op === Fused.PRECALL_CALL) {
              // PRECALL's work (a bound method's function and self), then on as the CALL.
              const pIdx = sp - arg - 2;
              const bound = f[pIdx + 1]!;
              if (f[pIdx] === undefined && typeof bound !== 'number' && bound.ob_type === methodType_) {
                const m = bound as PyMethod;
                f[pIdx] = newref(m.func);
                f[pIdx + 1] = newref(m.self);
                decref(m);
              }
              lasti = ip;
              ip += (words[ip]! >> 8) & 0xf;
            }
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
            if (typeof callable !== 'number' && callable.ob_type === functionType_) {
              const func = callable as PyFunction;
              if (sites !== null && sites.kind[lasti] !== SITE_PY_FUNCTION) sites.skipsCheck(lasti, func, argc, kwnames);
              if (recursion_.depth >= recursion_.limit) raise(RecursionError, 'maximum recursion depth exceeded');
              // functionFrame, inline: a pooled frame of this code is left by RETURN_VALUE with its
              // slots empty, sp at the locals' end, no kwnames and resumeAt -1.
              const pcode = (func.code.prepared as PreparedCode | undefined) ?? prepare(func.code);
              const pool = pcode.framePool;
              let nf: Frame;
              if (pool.length !== 0) {
                nf = pool.pop()!;
                nf.func = func;
                nf.globals = func.globals;
                nf.builtins = func.builtinsNs ?? builtinsFor(func);
                nf.lasti = 0;
                nf.entry = false;
                nf.finished = false;
              } else nf = new Frame(pcode, func.globals, builtinsFor(func), null, func);
              // Positional arguments filling the parameters (perhaps with defaults) move into the
              // new frame with their references; anything else binds the general way.
              const missing = nf.code.simpleArgc - argc;
              const defaults = func.defaults;
              if (kwnames === null && (missing === 0 || (missing > 0 && defaults !== null && defaults.items.length >= missing))) {
                const nff = nf.f;
                for (let i = 0; i < argc; i++) {
                  nff[i] = f[argStart + i];
                  f[argStart + i] = undefined;
                }
                if (missing > 0) {
                  const d = defaults!.items;
                  for (let i = 0, j = d.length - missing; i < missing; i++, j++) {
                    const v = d[j]!;
                    if (typeof v !== 'number') { v.ob_refcnt++; counters_.increfs++; }
                    nff[argc + i] = v;
                  }
                }
                for (let i = fnIdx; i < argStart; i++) {
                  const v = f[i];
                  if (v !== undefined) {
                    f[i] = undefined;
                    if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
                  }
                }
              } else if (kwnames !== null && bindKeywordsMoving(func, nf, f, argStart, argc, kwnames)) {
                // Keyword arguments of plain parameters, moved likewise.
                for (let i = fnIdx; i < argStart; i++) {
                  const v = f[i];
                  if (v !== undefined) {
                    f[i] = undefined;
                    if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
                  }
                }
              } else {
                bindArguments(func, nf, f, argStart, argc, kwnames);
                for (let i = fnIdx; i < sp; i++) {
                  const v = f[i];
                  if (v !== undefined) { f[i] = undefined; decref(v); }
                }
              }
              sp = fnIdx;
              frame.sp = sp;
              recursion_.depth++;
              nf.back = frame;
              frame = nf;
              threadState_.frame = frame;
              code = frame.code; words = code.words; args = code.args; nexts = code.next; consts = code.consts; names = code.names;
              f = frame.f; sp = frame.sp | 0; ip = 0;
              break;
            }
            let r: PyValue;
            try {
              // A specialized site calls natives without the recursion check (ops/call-sites.ts).
              const unchecked = sites !== null && sites.skipsCheck(lasti, callable, argc, kwnames);
              const self = f[argStart]!;
              if (callable === listAppend_ && argc === 2 && kwnames === null && self instanceof PyList
                && (unchecked || recursion_.depth < recursion_.limit)) {
                // list.append(x) (3.11's PRECALL_NO_KW_LIST_APPEND): x's reference moves into the list.
                self.items.push(f[argStart + 1]!);
                f[argStart + 1] = undefined;
                r = None_;
              } else if (callable === dictGet_ && (argc === 2 || argc === 3) && kwnames === null && self instanceof PyDict
                && (unchecked || recursion_.depth < recursion_.limit)) {
                // dict.get(key[, default]) without an argument array.
                const v = self.get(f[argStart + 1]!);
                r = v !== undefined ? v : argc === 3 ? f[argStart + 2]! : None_;
                if (typeof r !== 'number') { r.ob_refcnt++; counters_.increfs++; }
              } else if (argc === 1 && unchecked && sites!.kind[lasti] === SITE_LEN && typeof self !== 'number'
                && (self.ob_type === strType_ || self.ob_type === listType_ || self.ob_type === tupleType_ || self.ob_type === dictType_)) {
                // len() of an exact str, list, tuple or dict (PRECALL_NO_KW_LEN; the site checked the callable).
                r = self.ob_type === strType_ ? (self as PyStr).length : self.ob_type === dictType_ ? (self as PyDict).size : (self as PyList).items.length;
              } else if (argc === 1 && unchecked && sites!.kind[lasti] === SITE_STR_1 && (typeof self === 'number' || self.ob_type === strType_)) {
                // str(x) of an int or exact str (PRECALL_NO_KW_STR_1; the site checked the callable).
                if (typeof self === 'number') r = newSimpleStr(String(self));
                else { r = self; self.ob_refcnt++; counters_.increfs++; }
              } else if (argc === 2 && unchecked && sites!.kind[lasti] === SITE_ISINSTANCE
                && (typeof self === 'number' ? intType : self.ob_type) === f[argStart + 1]) {
                // isinstance(x, C) where C is type(x): True before any __instancecheck__, as in CPython.
                r = True_;
              } else if (callable instanceof PyMethodDescriptor && argc > 0 && typeOf(self).isSubtype(callable.owner)) {
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
                // An instance of a class with a Python __init__ (constructInstance), or any other call.
                const made = typeof callable !== 'number' && callable.ob_type === typeType_
                  ? constructInstance(callable as PyType, f, argStart, argc, kwnames, !unchecked) : undefined;
                if (made !== undefined) r = made;
                else {
                  const callArgs = f.slice(argStart, argStart + argc) as PyValue[];
                  r = unchecked ? callUnchecked(callable, callArgs, kwnames) : call(callable, callArgs, kwnames);
                }
              }
            } finally {
              for (let i = fnIdx; i < sp; i++) {
                const v = f[i];
                if (v !== undefined) {
                  f[i] = undefined;
                  if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
                }
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
          case Op.RETURN_VALUE:
          case Fused.LF_RETURN_VALUE:
          case Fused.LC_RETURN_VALUE: {
            if (op >= Fused.FIRST_PROLOGUE) {
              // The LOAD_FAST or LOAD_CONST fused before this instruction (prepared.ts), then on
              // as this instruction with its own opcode and oparg.
              let v0: PyValue | undefined;
              if (op < Fused.FIRST_LC) {
                v0 = f[arg];
                if (v0 === undefined) ops.unboundLocal(code, arg);
              } else v0 = consts[arg]!;
              if (typeof v0 !== 'number') { v0!.ob_refcnt++; counters_.increfs++; }
              f[sp++] = v0;
              lasti = ip;
              const w2 = words[ip]!;
              op = w2 & 0xff;
              arg = (w2 >> 12) & 0xfffff;
              ip += (w2 >> 8) & 0xf;
            }
            const rv = f[--sp]!;
            f[sp] = undefined;
            // The caller is the current frame while the locals go, as in CPython, which clears a
            // frame once it is unlinked: a __del__ or warning they set off sees the caller's line.
            threadState_.frame = frame.back;
            if (!frame.finished) {
              // clearFrame, inline: release the locals (the stack is empty but for the value returned).
              for (let i = 0; i < sp; i++) {
                const v = f[i];
                if (v !== undefined) {
                  f[i] = undefined;
                  if (typeof v !== 'number') { counters_.decrefs++; if (--v.ob_refcnt <= 0) decrefBottom(v); }
                }
              }
              frame.sp = code.nlocalsplus;
              frame.finished = true;
              if (frame.locals !== null) decref(frame.locals);
            }
            recursion_.depth--;
            if (frame.frameObject === null && frame.generator === null && frame.locals === null && code.framePool.length < 8) {
              code.framePool.push(frame);
            }
            if (frame === entry) {
              threadState_.frame = frame.back;
              return rv;
            }
            frame = frame.back!;
            threadState_.frame = frame;
            code = frame.code; words = code.words; args = code.args; nexts = code.next; consts = code.consts; names = code.names;
            f = frame.f; sp = frame.sp | 0; ip = nexts[frame.lasti]!;
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
            if (arg === 0) {
              // f'{x}' of an exact str (left in place) or a small int; the rest the general way.
              const x = f[sp - 1]!;
              if (typeof x === 'number') { f[sp - 1] = newSimpleStr(String(x)); break; }
              if (x.ob_type === strType_) break;
            }
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
            f[sp - 1] = threadState_.excInfo;
            incref(v);
            threadState_.excInfo = v;
            f[sp++] = v;
            break;
          }
          case Op.POP_EXCEPT: {
            const v = f[--sp]!;
            f[sp] = undefined;
            const old = threadState_.excInfo;
            threadState_.excInfo = v;
            decref(old);
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const right = f[sp - 1]!;
            const left = f[sp - 2]!;
            const match = ops.exceptionMatches(left, right);
            f[sp - 1] = match ? True_ : False_;
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
            if (arg === 0 && threadState_.excInfo !== None_) {
              // A bare `raise` re-raises the handled exception without a new traceback entry.
              pending = newref(threadState_.excInfo) as PyBaseException;
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
            recursion_.depth--;
            if (frame === entry) {
              threadState_.frame = frame.back;
              frame.back = null;
              return gen;
            }
            const caller = frame.back!;
            frame.back = null;
            frame = caller;
            threadState_.frame = frame;
            code = frame.code; words = code.words; args = code.args; nexts = code.next; consts = code.consts; names = code.names;
            f = frame.f; sp = frame.sp | 0; ip = nexts[frame.lasti]!;
            f[sp++] = gen;
            break;
          }
          case Op.YIELD_VALUE: {
            const v = f[--sp]!;
            f[sp] = undefined;
            frame.sp = sp;
            frame.lasti = lasti;
            frame.resumeAt = ip;
            recursion_.depth--;
            threadState_.frame = frame.back;
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
            f[sp] = ops.matchMapping(f[sp - 1]!) ? True_ : False_;
            sp++;
            break;
          case Op.MATCH_SEQUENCE:
            f[sp] = ops.matchSequence(f[sp - 1]!) ? True_ : False_;
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
              // On an error the subject stays in its stack slot, which the unwinding releases.
              f[sp - 1] = ops.matchClass(subject, cls, arg, attrNames);
            } finally {
              decref(attrNames);
              decref(cls);
            }
            decref(subject);
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
          ip = handler.target | 0;
          break;
        }
        frame.sp = sp;
        clearFrame(frame);
        recursion_.depth--;
        if (frame === entry) {
          threadState_.frame = frame.back;
          if (frame.generator !== null) ops.markFinished(frame);
          throw exc;
        }
        frame = frame.back!;
        threadState_.frame = frame;
        code = frame.code; words = code.words; args = code.args; nexts = code.next; consts = code.consts; names = code.names;
        f = frame.f; sp = frame.sp | 0; lasti = frame.lasti | 0;
        addTraceback(exc, frame, lasti);
      }
    }
  }
}

/** Thrown inside the loop to re-raise `pending` without adding a traceback entry (RERAISE). */
class Reraise {}

