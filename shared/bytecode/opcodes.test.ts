// Checks the opcode table against python3's opcode and dis modules, recorded in
// opcodes-fixtures.json by scripts/generate-opcode-fixtures.py: names and
// numbers, the has* lists, cache layouts, specializations, operator names and
// dis.stack_effect for every opcode number × a range of opargs × jump.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allOpmap, allOpname, CACHE_FORMAT, CMP_OP, deopt, disStackEffect, FORMAT_VALUE_CONVERSIONS, hascompare, hasconst,
  hasfree, hasjabs, hasjrel, haslocal, hasname, HAVE_ARGUMENT, inlineCacheEntries, instructionSize, isBackwardJump,
  isJump, isScopeExit, isTerminator, isUnconditionalJump, MAKE_FUNCTION_FLAGS, NB_OPS, Op, opFlags, OpFlag, opmap,
  opname, SPECIALIZATIONS, StackEffectError, VIRTUAL_JUMP_TARGETS,
} from './opcodes.js';

interface Fixtures {
  opname: string[];
  opmap: Record<string, number>;
  all_opname: string[];
  all_opmap: Record<string, number>;
  deoptmap: Record<string, string>;
  HAVE_ARGUMENT: number;
  EXTENDED_ARG: number;
  cmp_op: string[];
  nb_ops: [string, string][];
  specializations: Record<string, string[]>;
  cache_format: Record<string, [string, number][]>;
  inline_cache_entries: number[];
  has: Record<string, number[]>;
  backward: number[];
  format_value: string[];
  make_function_flags: string[];
  opargs: (number | null)[];
  jumps: (boolean | null)[];
  stack_effects: Record<string, (number | string)[][]>;
  errors: string[];
}

const fx: Fixtures = JSON.parse(readFileSync(new URL('./opcodes-fixtures.json', import.meta.url), 'utf8'));

describe('opcode names and numbers', () => {
  it('opname and opmap equal opcode.opname and opcode.opmap', () => {
    expect(opname).toEqual(fx.opname);
    expect(opmap).toEqual(fx.opmap);
    expect(HAVE_ARGUMENT).toBe(fx.HAVE_ARGUMENT);
    expect(Op.EXTENDED_ARG).toBe(fx.EXTENDED_ARG);
  });
  it('allOpname, allOpmap and deopt equal dis._all_opname, _all_opmap and deoptmap', () => {
    expect(allOpname).toEqual(fx.all_opname);
    expect(allOpmap).toEqual(fx.all_opmap);
    for (const [special, base] of Object.entries(fx.deoptmap)) expect(deopt[allOpmap[special]]).toBe(opmap[base]);
    const families = Object.fromEntries(Object.entries(SPECIALIZATIONS).map(([b, f]) => [b, f.map(([n]) => n)]));
    expect(families).toEqual(fx.specializations);
  });
  it('the has* lists equal opcode.py', () => {
    expect({ hasconst, hasname, hasjrel, hasjabs, haslocal, hasfree, hascompare }).toEqual(fx.has);
  });
  it('cache layouts and counts equal _cache_format and _inline_cache_entries', () => {
    expect(CACHE_FORMAT).toEqual(fx.cache_format);
    expect(Array.from(inlineCacheEntries)).toEqual(fx.inline_cache_entries);
  });
  it('operator, comparison, conversion and flag names equal opcode.py and dis.py', () => {
    expect(NB_OPS).toEqual(fx.nb_ops);
    expect(CMP_OP).toEqual(fx.cmp_op);
    expect(FORMAT_VALUE_CONVERSIONS).toEqual(fx.format_value);
    expect(MAKE_FUNCTION_FLAGS).toEqual(fx.make_function_flags);
  });
});

describe('dis.stack_effect', () => {
  it('matches for every opcode × oparg × jump', () => {
    let compared = 0;
    for (const [key, rows] of Object.entries(fx.stack_effects)) {
      fx.opargs.forEach((oparg, i) => {
        fx.jumps.forEach((jump, j) => {
          const want = rows[i][j];
          let got: number | string;
          try {
            got = disStackEffect(Number(key), oparg, jump);
          } catch (e) {
            if (!(e instanceof StackEffectError)) throw e;
            got = `E${fx.errors.indexOf(e.message)}`;
          }
          if (got !== want) expect({ op: key, oparg, jump, got }).toEqual({ op: key, oparg, jump, got: want });
          compared++;
        });
      });
    }
    expect(compared).toBeGreaterThan(15000);
  });
});

describe('derived flags', () => {
  // Specialized forms carry their base's flags; python3's lists name base opcodes only.
  const baseCodes = opname.map((_, code) => code).filter((code) => !(opFlags(code) & OpFlag.SPECIALIZED));
  it('backward jumps are dis._is_backward_jump', () => {
    const backward = baseCodes.filter(isBackwardJump);
    expect(backward).toEqual(fx.backward);
  });
  it('jumps are hasjrel plus the virtual jumps, and every virtual jump resolves to real ones', () => {
    const real = baseCodes.filter(isJump);
    expect(real).toEqual(fx.has.hasjrel);
    for (const [name, { forward, backward }] of Object.entries(VIRTUAL_JUMP_TARGETS)) {
      expect(isJump(Op[name] as number)).toBe(true);
      expect(isBackwardJump(Op[forward])).toBe(false);
      expect(isBackwardJump(Op[backward])).toBe(true);
    }
  });
  it('classifies terminators, scope exits and unconditional jumps', () => {
    expect(isScopeExit(Op.RETURN_VALUE) && isTerminator(Op.RERAISE) && isTerminator(Op.POP_JUMP_IF_FALSE)).toBe(true);
    expect(isUnconditionalJump(Op.JUMP) && !isUnconditionalJump(Op.FOR_ITER) && !isTerminator(Op.SETUP_FINALLY)).toBe(true);
    expect(opFlags(Op.SETUP_WITH) & OpFlag.BLOCK_PUSH).toBeTruthy();
    expect(opFlags(allOpmap.JUMP_BACKWARD_QUICK) & OpFlag.BACKWARD).toBeTruthy();
  });
  it('instruction sizes count EXTENDED_ARG prefixes and caches', () => {
    expect(instructionSize(Op.LOAD_GLOBAL, 3)).toBe(6);
    expect(instructionSize(Op.LOAD_FAST, 0x1_0000)).toBe(3);
    expect(instructionSize(Op.POP_TOP, 0x1_0000)).toBe(1);
  });
});
