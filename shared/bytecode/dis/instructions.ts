// The instructions of a code object as plain records, as Lib/dis.py's
// `_get_instructions_bytes` yields them: opname, oparg, the resolved argument
// value and its printed form, offset, the line it starts, whether it is a jump
// target. Formatting them is a separate step (format.ts).
//
// How an oparg is resolved depends only on the opcode's argument kind, taken
// from the opcode table (shared/bytecode/opcodes.ts); ARG_RESOLVERS has one
// entry per kind. Inline CACHE entries are skipped, as with show_caches=False.

import type { CodeObject, ConstValue } from '../code.js';
import { varnameFromOparg } from '../code-views.js';
import { decodeExceptionTable, type ExceptionTableEntry } from '../exception-table.js';
import { findLineStarts } from '../location-table.js';
import {
  type ArgKind, CMP_OP, FORMAT_VALUE_CONVERSIONS, HAVE_ARGUMENT, MAKE_FUNCTION_FLAGS, NB_OPS, Op, allOpname, deopt,
  inlineCacheEntries, opcodeSpec,
} from '../opcodes.js';
import { constRepr } from './code-repr.js';

export interface Instruction {
  readonly opname: string;
  readonly opcode: number;
  /** The oparg, EXTENDED_ARG prefixes folded in; null below HAVE_ARGUMENT. */
  readonly arg: number | null;
  /** What the oparg stands for: a constant, a name, a jump target offset, ... (else the oparg). */
  readonly argval: unknown;
  /** How dis prints argval (without the parentheses); '' for nothing. */
  readonly argrepr: string;
  /** Byte offset in co_code. */
  readonly offset: number;
  /** The source line this instruction starts, or null. */
  readonly startsLine: number | null;
  readonly isJumpTarget: boolean;
}

/** One raw instruction of co_code: byte offset, opcode, oparg (null without one). */
interface RawInstruction {
  offset: number;
  opcode: number;
  arg: number | null;
}

/**
 * dis._unpack_opargs: each instruction (EXTENDED_ARG ones included) with its
 * full oparg, caches skipped. The oparg accumulates as a C int, hence `| 0`.
 */
export function unpackOpargs(code: Uint8Array): RawInstruction[] {
  const out: RawInstruction[] = [];
  let extended = 0;
  for (let i = 0; i < code.length; i += 2) {
    const opcode = code[i];
    const base = deopt[opcode];
    let arg: number | null = null;
    if (base >= HAVE_ARGUMENT) {
      arg = code[i + 1] | extended;
      extended = base === Op.EXTENDED_ARG ? (arg << 8) | 0 : 0;
    } else {
      extended = 0;
    }
    out.push({ offset: i, opcode, arg });
    i += 2 * inlineCacheEntries[base];
  }
  return out;
}

/** What an instruction's argument resolves against. */
interface ArgContext {
  readonly co: CodeObject;
  /** The base opcode. */
  readonly op: number;
  readonly offset: number;
  readonly arg: number;
}

type ArgResolver = (ctx: ArgContext) => [unknown, string];

/** The target of a relative jump, in bytes, counted from the next code unit (no jump has caches in 3.11). */
const jumpTarget = (ctx: ArgContext, sign: number): [unknown, string] => {
  const target = ctx.offset + 2 + sign * ctx.arg * 2;
  return [target, `to ${target}`];
};

const ARG_RESOLVERS: Record<ArgKind, ArgResolver> = {
  none: ({ arg }) => [arg, ''],
  raw: ({ arg }) => [arg, ''],
  // dis resolves only LOAD_CONST's constant; KW_NAMES (also in hasconst) shows none.
  const: ({ co, op, arg }) => {
    if (op !== Op.LOAD_CONST) return [UNKNOWN, ''];
    const value: ConstValue = co.co_consts[arg];
    return [value, constRepr(value)];
  },
  name: ({ co, arg }) => [co.co_names[arg], co.co_names[arg]],
  globalName: ({ co, arg }) => {
    const name = co.co_names[arg >> 1];
    return [name, arg & 1 ? `NULL + ${name}` : name];
  },
  local: ({ co, arg }) => nameOf(varnameFromOparg(co, arg)),
  free: ({ co, arg }) => nameOf(varnameFromOparg(co, arg)),
  compare: ({ arg }) => nameOf(CMP_OP[arg]),
  jumpForward: (ctx) => jumpTarget(ctx, 1),
  jumpBackward: (ctx) => jumpTarget(ctx, -1),
  jumpTarget: ({ arg }) => [arg, ''], // virtual instructions never reach co_code
  binaryOp: ({ arg }) => [arg, NB_OPS[arg][1]],
  formatValue: ({ arg }) => {
    const conversion = FORMAT_VALUE_CONVERSIONS[arg & 3];
    const withFormat = (arg & 4) !== 0;
    const parts = [conversion, withFormat ? 'with format' : ''].filter((p) => p !== '');
    return [[conversion || null, withFormat], parts.join(', ')];
  },
  makeFunction: ({ arg }) => [arg, MAKE_FUNCTION_FLAGS.filter((_, bit) => arg & (1 << bit)).join(', ')],
};

/** dis.UNKNOWN: an argument dis does not resolve. */
export const UNKNOWN: unique symbol = Symbol('UNKNOWN');

const nameOf = (name: string): [unknown, string] => [name, name];

/** dis.findlabels plus the handlers of the exception table: the offsets shown with `>>`. */
function jumpLabels(raw: readonly RawInstruction[], entries: readonly ExceptionTableEntry[]): Set<number> {
  const labels = new Set<number>();
  for (const { offset, opcode, arg } of raw) {
    const kind = opcodeSpec(deopt[opcode])?.arg;
    if (arg === null || (kind !== 'jumpForward' && kind !== 'jumpBackward')) continue;
    labels.add(offset + 2 + (kind === 'jumpBackward' ? -arg : arg) * 2);
  }
  // dis.py adds a handler only for entries that cover at least one offset.
  for (const entry of entries) if (entry.end > entry.start) labels.add(entry.target * 2);
  return labels;
}

/** The exception table in bytes, as dis._parse_exception_table returns it. */
export function exceptionEntries(co: CodeObject): ExceptionTableEntry[] {
  return decodeExceptionTable(co.co_exceptiontable).map((e) => ({
    start: e.start * 2, end: e.end * 2, target: e.target * 2, depth: e.depth, lasti: e.lasti,
  }));
}

/** dict(dis.findlinestarts(co)): byte offset -> line that starts there. */
export function lineStartsOf(co: CodeObject): Map<number, number> {
  return new Map(findLineStarts(co.co_linetable, co.co_firstlineno));
}

/** dis.get_instructions(co) (show_caches=False, adaptive=False). */
export function getInstructions(co: CodeObject, lineStarts = lineStartsOf(co)): Instruction[] {
  const raw = unpackOpargs(co.co_code);
  const labels = jumpLabels(raw, decodeExceptionTable(co.co_exceptiontable));
  return raw.map(({ offset, opcode, arg }) => {
    const base = deopt[opcode];
    const kind = opcodeSpec(base)?.arg ?? 'none';
    const [argval, argrepr] = arg === null ? [null, ''] : ARG_RESOLVERS[kind]({ co, op: base, offset, arg });
    return {
      opname: allOpname[opcode], opcode, arg, argval, argrepr, offset,
      startsLine: lineStarts.get(offset) ?? null, isJumpTarget: labels.has(offset),
    };
  });
}
