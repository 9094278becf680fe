// The familiar views of a code object, derived as CPython derives them.
//
// A 3.11 code object stores its variables once, as the fast-locals
// ("localsplus") slots: names plus one LocalKind byte each — locals
// (arguments first), then cells that are not also arguments, then free
// variables. co_varnames, co_cellvars, co_freevars and co_nlocals are views
// of that (Objects/codeobject.c: get_localsplus_counts/get_localsplus_names).
// An argument captured by an inner function is one slot with LOCAL|CELL, so
// it appears in both co_varnames and co_cellvars. The opargs of LOAD_FAST,
// LOAD_DEREF, MAKE_CELL, ... all index these slots (varnameFromOparg).
//
// instructionSpans walks co_code the way the assembler laid it out: each
// instruction with its EXTENDED_ARG prefixes and inline caches, which is the
// unit the location table describes.

import { LocalKind, type CodeObject } from './code.js';
import { deopt, HAVE_ARGUMENT, inlineCacheEntries, Op } from './opcodes.js';

/** Slot counts by kind (get_localsplus_counts). */
export interface LocalsplusCounts {
  /** Slots with LOCAL: co_nlocals. */
  readonly nlocals: number;
  /** Cells that are not also locals (arguments). */
  readonly nplaincellvars: number;
  /** All cells, argument cells included: len(co_cellvars). */
  readonly ncellvars: number;
  readonly nfreevars: number;
}

type CodeLocals = Pick<CodeObject, 'co_localsplusnames' | 'co_localspluskinds'>;

export function localsplusCounts(co: CodeLocals): LocalsplusCounts {
  let nlocals = 0;
  let nplaincellvars = 0;
  let ncellvars = 0;
  let nfreevars = 0;
  for (const kind of co.co_localspluskinds) {
    if (kind & LocalKind.LOCAL) {
      nlocals++;
      if (kind & LocalKind.CELL) ncellvars++;
    } else if (kind & LocalKind.CELL) {
      ncellvars++;
      nplaincellvars++;
    } else if (kind & LocalKind.FREE) {
      nfreevars++;
    }
  }
  return { nlocals, nplaincellvars, ncellvars, nfreevars };
}

/** The names of the slots whose kind has any bit of `mask`, in slot order. */
function namesOfKind(co: CodeLocals, mask: number): string[] {
  return co.co_localsplusnames.filter((_, i) => (co.co_localspluskinds[i] & mask) !== 0);
}

export const coVarnames = (co: CodeLocals): string[] => namesOfKind(co, LocalKind.LOCAL);
export const coCellvars = (co: CodeLocals): string[] => namesOfKind(co, LocalKind.CELL);
export const coFreevars = (co: CodeLocals): string[] => namesOfKind(co, LocalKind.FREE);
export const coNlocals = (co: CodeLocals): number => localsplusCounts(co).nlocals;

/** The slot name an oparg of LOAD_FAST/LOAD_DEREF/MAKE_CELL/... names (code._varname_from_oparg). */
export function varnameFromOparg(co: CodeLocals, oparg: number): string {
  const name = co.co_localsplusnames[oparg];
  if (name === undefined) throw new RangeError(`oparg ${oparg} out of range for ${co.co_localsplusnames.length} slots`);
  return name;
}

/** One instruction as laid out in co_code, in code units. */
export interface InstructionSpan {
  /** First code unit, at the first EXTENDED_ARG prefix if any. */
  readonly start: number;
  /** Code units taken: prefixes, the instruction, its caches. */
  readonly units: number;
  /** Code unit of the instruction itself (after its prefixes). */
  readonly opUnit: number;
  readonly opcode: number;
  /** The full oparg (EXTENDED_ARG bytes folded in); 0 below HAVE_ARGUMENT. */
  readonly oparg: number;
}

/**
 * The instructions of co_code, each with its EXTENDED_ARG prefixes and its
 * inline CACHE entries; specialized opcodes are sized as their base.
 */
export function instructionSpans(code: Uint8Array): InstructionSpan[] {
  const spans: InstructionSpan[] = [];
  const units = code.length >> 1;
  let start = 0;
  let extended = 0;
  for (let unit = 0; unit < units; ) {
    const opcode = code[2 * unit];
    const base = deopt[opcode];
    const oparg = base >= HAVE_ARGUMENT ? extended * 256 + code[2 * unit + 1] : 0;
    if (base === Op.EXTENDED_ARG) {
      extended = oparg;
      unit++;
      continue;
    }
    const next = unit + 1 + inlineCacheEntries[base];
    spans.push({ start, units: next - start, opUnit: unit, opcode, oparg });
    start = unit = next;
    extended = 0;
  }
  return spans;
}
