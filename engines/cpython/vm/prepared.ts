// A code object made ready to run: instructions decoded once into typed arrays, constants
// turned into objects, and the tables the loop consults.
//
// `ops[i]`/`args[i]` are indexed by code unit, as jump targets and the exception table are, so
// no address translation happens at run time. An instruction's EXTENDED_ARG prefixes are folded
// into its own `args` entry; the prefixes stay in `ops` and the loop steps over them. `next[i]`
// is the code unit after instruction i and its inline caches.

import type { CodeObject, ConstValue } from '../../../shared/bytecode/code.js';
import { CodeFlag, isCodeObject, LocalKind } from '../../../shared/bytecode/code.js';
import { inlineCacheEntries, Op } from '../../../shared/bytecode/opcodes.js';
import { decodePositions, lineAt } from '../../../shared/bytecode/location-table.js';
import { ELLIPSIS, PyBytes as AstBytes, PyComplex as AstComplex, PyFrozenset as AstFrozenset, PyStrCodePoints, PyTuple as AstTuple } from '../../../shared/ast/nodes.js';
import { IMMORTAL, type PyValue } from '../../boxed/object.js';
import { intern, newStr } from '../../boxed/strings.js';
import { PyStr } from '../../boxed/types/str.js';
import { cpLength } from '../../../shared/kernels/str/code-points.js';
import { makeInt, PyComplex, PyFloat, pyBool } from '../../boxed/types/numbers.js';
import { Ellipsis, None } from '../../boxed/types/singletons.js';
import { PyTuple } from '../../boxed/types/sequences.js';
import { PyBytes } from '../../boxed/types/bytes.js';
import { PyCode } from '../../boxed/types/functions.js';
import { runtimeHooks } from '../../boxed/runtime-hooks.js';
import { AttrCache } from './attr-cache.js';
import type { GlobalCache } from './global-cache.js';
import { EMPTY_TUPLE } from '../../boxed/types/sequences/tuple-type.js';
import { threadState, type Frame } from './frame.js';
import { CallSites, WARMUP_DELAY } from './ops/call-sites.js';
import { engineText } from '../../../shared/kernels/py-str.js';

/**
 * Superinstructions (3.11's LOAD_FAST__LOAD_FAST and friends, and COMPARE_OP followed by a
 * conditional jump): the first instruction's opcode in `words` is replaced by one of these and
 * its case runs the second instruction too, saving a dispatch. The second keeps its own word, so
 * jumps to it still work. Numbers no 3.11 opcode uses. Not made when --stats counts opcodes.
 */
export const enum Fused {
  LOAD_FAST_LOAD_FAST = 180,
  LOAD_FAST_LOAD_CONST = 181,
  STORE_FAST_LOAD_FAST = 182,
  STORE_FAST_STORE_FAST = 183,
  LOAD_CONST_LOAD_FAST = 184,
  COMPARE_OP_JUMP = 185,
  PRECALL_CALL = 186,
  FOR_ITER_STORE_FAST = 187,
  /**
   * From here: a LOAD_FAST (LF_*) or LOAD_CONST (LC_*) followed by the instruction named, whose
   * case runs the load first (a "prologue") and then continues as that instruction.
   */
  FIRST_PROLOGUE = 200,
  LF_LOAD_ATTR = 200,
  LF_LOAD_METHOD = 201,
  LF_STORE_ATTR = 202,
  LF_BINARY_OP = 203,
  LF_BINARY_SUBSCR = 204,
  LF_COMPARE_OP = 205,
  LF_RETURN_VALUE = 206,
  LF_STORE_SUBSCR = 207,
  FIRST_LC = 220,
  LC_BINARY_OP = 223,
  LC_BINARY_SUBSCR = 224,
  LC_COMPARE_OP = 225,
  LC_RETURN_VALUE = 226,
}

/** The prologue-fused opcodes by the instruction that follows the load (LC_* = LF_* + 20). */
const PROLOGUE_TARGETS = new Map<number, number>([
  [Op.LOAD_ATTR, Fused.LF_LOAD_ATTR],
  [Op.LOAD_METHOD, Fused.LF_LOAD_METHOD],
  [Op.STORE_ATTR, Fused.LF_STORE_ATTR],
  [Op.BINARY_OP, Fused.LF_BINARY_OP],
  [Op.BINARY_SUBSCR, Fused.LF_BINARY_SUBSCR],
  [Op.COMPARE_OP, Fused.LF_COMPARE_OP],
  [Op.RETURN_VALUE, Fused.LF_RETURN_VALUE],
  [Op.STORE_SUBSCR, Fused.LF_STORE_SUBSCR],
]);
const LC_TARGETS = new Set<number>([Op.BINARY_OP, Op.BINARY_SUBSCR, Op.COMPARE_OP, Op.RETURN_VALUE]);

/** The fused opcode for instruction `a` followed by `b`, or 0. */
function fusedOp(a: number, b: number): number {
  switch (a) {
    case Op.LOAD_FAST: {
      const p = PROLOGUE_TARGETS.get(b);
      if (p !== undefined) return p;
      return b === Op.LOAD_FAST ? Fused.LOAD_FAST_LOAD_FAST : b === Op.LOAD_CONST ? Fused.LOAD_FAST_LOAD_CONST : 0;
    }
    case Op.PRECALL:
      return b === Op.CALL ? Fused.PRECALL_CALL : 0;
    case Op.FOR_ITER:
      return b === Op.STORE_FAST ? Fused.FOR_ITER_STORE_FAST : 0;
    case Op.STORE_FAST:
      return b === Op.LOAD_FAST ? Fused.STORE_FAST_LOAD_FAST : b === Op.STORE_FAST ? Fused.STORE_FAST_STORE_FAST : 0;
    case Op.LOAD_CONST:
      if (LC_TARGETS.has(b)) return PROLOGUE_TARGETS.get(b)! + (Fused.FIRST_LC - Fused.FIRST_PROLOGUE);
      return b === Op.LOAD_FAST ? Fused.LOAD_CONST_LOAD_FAST : 0;
    case Op.COMPARE_OP:
      return b === Op.POP_JUMP_FORWARD_IF_FALSE || b === Op.POP_JUMP_FORWARD_IF_TRUE
        || b === Op.POP_JUMP_BACKWARD_IF_FALSE || b === Op.POP_JUMP_BACKWARD_IF_TRUE ? Fused.COMPARE_OP_JUMP : 0;
    default:
      return 0;
  }
}

/** The oparg field of `words` saying "see args" (opargs of 2^20 - 1 and more: huge functions only). */
export const WIDE_ARG = 0xfffff;

export class PreparedCode {
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly next: Int32Array;
  /**
   * The loop's one read per instruction: opcode (bits 0-7), code units to the next instruction
   * (bits 8-11: 1 + inline cache entries) and oparg (bits 12-31, or WIDE_ARG when it does not
   * fit: then it is in `args`).
   */
  readonly words: Int32Array;
  readonly consts: PyValue[];
  readonly names: string[];
  readonly nlocalsplus: number;
  readonly cellIndices: number[];
  readonly isGenerator: boolean;
  readonly isCoroutine: boolean;
  readonly isAsyncGenerator: boolean;
  /**
   * The number of parameters when they are all plain positional ones (no *args, **kwargs or
   * keyword-only parameters), else -1: calls matching it bind by moving the arguments.
   */
  readonly simpleArgc: number;
  private positions: ReturnType<typeof decodePositions> | null = null;
  /** Finished frames of this code, ready for reuse (see Frame.reuse). */
  readonly framePool: Frame[] = [];
  /** KW_NAMES operands as JS string arrays, by constant index, made on first use. */
  readonly kwnames: (readonly string[] | undefined)[] = [];
  /** LOAD_ATTR/LOAD_METHOD/STORE_ATTR caches, by code unit (attr-cache.ts). */
  readonly attrCache: AttrCache;
  /** LOAD_GLOBAL caches (global-cache.ts), made on the first LOAD_GLOBAL. */
  globalCache: GlobalCache | null = null;
  /** Warm-ups left before CPython would quicken this code (ops/call-sites.ts). */
  warmup = WARMUP_DELAY;
  /** The call sites' specialization state, once quickened. */
  sites: CallSites | null = null;

  constructor(readonly code: CodeObject, readonly pyCode: PyCode) {
    const raw = code.co_code;
    const n = raw.length >> 1;
    this.ops = new Uint8Array(n);
    this.args = new Int32Array(n);
    this.next = new Int32Array(n);
    this.words = new Int32Array(n);
    let ext = 0;
    for (let i = 0; i < n; i++) {
      const op = raw[2 * i]!;
      const arg = raw[2 * i + 1]! | (ext << 8);
      this.ops[i] = op;
      this.args[i] = arg;
      this.next[i] = i + 1 + inlineCacheEntries[op]!;
      this.words[i] = op | ((1 + inlineCacheEntries[op]!) << 8) | ((arg >= 0 && arg < WIDE_ARG ? arg : WIDE_ARG) << 12);
      ext = op === Op.EXTENDED_ARG ? arg : 0;
      i += inlineCacheEntries[op]!;
    }
    if (!threadState.countOpcodes) {
      for (let i = 0; i < n; i = this.next[i]!) {
        const j = this.next[i]!;
        if (j >= n || this.args[i]! >= WIDE_ARG || this.args[j]! >= WIDE_ARG || this.args[i]! < 0 || this.args[j]! < 0) continue;
        const fused = fusedOp(this.ops[i]!, this.ops[j]!);
        if (fused !== 0) this.words[i] = (this.words[i]! & ~0xff) | fused;
      }
    }
    this.attrCache = new AttrCache(n);
    this.consts = code.co_consts.map((c) => constToObject(c));
    this.names = [...code.co_names];
    this.nlocalsplus = code.co_localsplusnames.length;
    this.cellIndices = [];
    for (let i = 0; i < this.nlocalsplus; i++) if (code.co_localspluskinds[i]! & LocalKind.CELL) this.cellIndices.push(i);
    this.isGenerator = (code.co_flags & CodeFlag.GENERATOR) !== 0;
    this.isCoroutine = (code.co_flags & CodeFlag.COROUTINE) !== 0;
    this.isAsyncGenerator = (code.co_flags & CodeFlag.ASYNC_GENERATOR) !== 0;
    this.simpleArgc = (code.co_flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0 ? code.co_argcount : -1;
  }

  /** _PyCode_Warmup: counts a RESUME or JUMP_BACKWARD; the 8th quickens the code. */
  warmUp(): void {
    if (--this.warmup === 0) this.sites = new CallSites(this.ops.length);
  }

  /** The line of the instruction at code unit `unit` (-1 when it has none, like None in Python). */
  lineAt(unit: number): number {
    return lineAt(this.code.co_linetable, this.code.co_firstlineno, unit);
  }

  /** PEP 657 positions of the instruction at `unit`: [line, endLine, col, endCol] (byte offsets, -1 when absent). */
  positionsAt(unit: number): [number, number, number, number] {
    const p = (this.positions ??= decodePositions(this.code.co_linetable, this.code.co_firstlineno));
    return [p.lineno[unit] ?? -1, p.endLineno[unit] ?? -1, p.col[unit] ?? -1, p.endCol[unit] ?? -1];
  }
}

/** The prepared form of a code object, made on first use and kept on the PyCode. */
export function prepare(pyCode: PyCode): PreparedCode {
  let p = pyCode.prepared as PreparedCode | undefined;
  if (p === undefined) p = pyCode.prepared = new PreparedCode(pyCode.code, pyCode);
  return p;
}

/** A PyCode for a code object, shared by every function made from it. */
export function codeObjectFor(code: CodeObject): PyCode {
  const pc = new PyCode(code);
  pc.ob_refcnt = IMMORTAL;
  return pc;
}

/** A constant as an object. Constants live as long as their code object, so they are never freed. */
function constToObject(c: ConstValue): PyValue {
  const v = constValue(c);
  if (typeof v !== 'number') v.ob_refcnt = IMMORTAL;
  return v;
}

function constValue(c: ConstValue): PyValue {
  if (c === null) return None;
  switch (typeof c) {
    case 'boolean': return pyBool(c);
    case 'bigint': return makeInt(c);
    case 'number': return new PyFloat(c);
    case 'string': {
      if (c.length <= 40 && /^[A-Za-z0-9_]*$/.test(c)) return intern(c);
      const text = engineText(c);
      return new PyStr(text, undefined, cpLength(text));
    }
    case 'symbol': return Ellipsis;
  }
  if (isCodeObject(c)) return codeObjectFor(c);
  if (c instanceof AstTuple) return c.items.length === 0 ? EMPTY_TUPLE : new PyTuple(c.items.map(constToObject));
  if (c instanceof AstBytes) return new PyBytes(c.bytes);
  if (c instanceof AstComplex) return new PyComplex(c.real, c.imag);
  if (c instanceof PyStrCodePoints) return newStr(engineText(c));
  if (c instanceof AstFrozenset) return runtimeHooks.makeFrozenset(c.items.map(constToObject));
  if (c === ELLIPSIS) return Ellipsis;
  throw new Error(`unknown constant ${String(c)}`);
}
