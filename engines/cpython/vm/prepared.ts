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
import { codePointLength, PyStr } from '../../boxed/types/str.js';
import { makeInt, PyComplex, PyFloat, pyBool } from '../../boxed/types/numbers.js';
import { Ellipsis, None } from '../../boxed/types/singletons.js';
import { PyTuple } from '../../boxed/types/sequences.js';
import { PyBytes } from '../../boxed/types/bytes.js';
import { PyCode } from '../../boxed/types/functions.js';
import { runtimeHooks } from '../../boxed/runtime-hooks.js';
import { AttrCache } from './attr-cache.js';
import { EMPTY_TUPLE } from '../../boxed/types/sequences/tuple-type.js';
import type { Frame } from './frame.js';
import { CallSites, WARMUP_DELAY } from './ops/call-sites.js';

export class PreparedCode {
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly next: Int32Array;
  readonly consts: PyValue[];
  readonly names: string[];
  readonly nlocalsplus: number;
  readonly cellIndices: number[];
  readonly isGenerator: boolean;
  readonly isCoroutine: boolean;
  readonly isAsyncGenerator: boolean;
  private positions: ReturnType<typeof decodePositions> | null = null;
  /** Finished frames of this code, ready for reuse (see Frame.reuse). */
  readonly framePool: Frame[] = [];
  /** KW_NAMES operands as JS string arrays, by constant index, made on first use. */
  readonly kwnames: (readonly string[] | undefined)[] = [];
  /** LOAD_ATTR/LOAD_METHOD/STORE_ATTR caches, by code unit (attr-cache.ts). */
  readonly attrCache: AttrCache;
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
    let ext = 0;
    for (let i = 0; i < n; i++) {
      const op = raw[2 * i]!;
      const arg = raw[2 * i + 1]! | (ext << 8);
      this.ops[i] = op;
      this.args[i] = arg;
      this.next[i] = i + 1 + inlineCacheEntries[op]!;
      ext = op === Op.EXTENDED_ARG ? arg : 0;
      i += inlineCacheEntries[op]!;
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
    case 'string': return c.length <= 40 && /^[A-Za-z0-9_]*$/.test(c) ? intern(c) : new PyStr(c, undefined, codePointLength(c));
    case 'symbol': return Ellipsis;
  }
  if (isCodeObject(c)) return codeObjectFor(c);
  if (c instanceof AstTuple) return c.items.length === 0 ? EMPTY_TUPLE : new PyTuple(c.items.map(constToObject));
  if (c instanceof AstBytes) return new PyBytes(c.bytes);
  if (c instanceof AstComplex) return new PyComplex(c.real, c.imag);
  if (c instanceof PyStrCodePoints) return newStr(String.fromCodePoint(...c.codePoints));
  if (c instanceof AstFrozenset) return runtimeHooks.makeFrozenset(c.items.map(constToObject));
  if (c === ELLIPSIS) return Ellipsis;
  throw new Error(`unknown constant ${String(c)}`);
}
