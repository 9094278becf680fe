// The VM's int fast path must agree exactly with int's dunders, which are the shared kernels:
// random and edge-case safe integers through every operator, compared with the kernels' results.

import { describe, expect, it } from 'vitest';
import { intBinaryOp, floatBinaryOp } from './fast-arith.js';
import { PyFloat, PyLong } from '../../boxed/types/numbers.js';
import type { PyValue } from '../../boxed/object.js';
import { addInt, floorDivInt, modInt, mulInt, subInt } from '../../../shared/kernels/numbers/int-arith.js';
import { andInt, lshiftInt, orInt, rshiftInt, xorInt } from '../../../shared/kernels/numbers/int-bits.js';
import { powInt } from '../../../shared/kernels/numbers/int-pow.js';
import { floatFloorDiv, floatMod } from '../../../shared/kernels/float-ops.js';
import type { PyInt } from '../../../shared/kernels/numbers/py-int.js';
import { prng } from '../../../test/support/prng.js';

const MAX = Number.MAX_SAFE_INTEGER;
const EDGES = [0, 1, -1, 2, -2, 3, 7, -7, 52, 53, 64, 2 ** 30 - 1, -(2 ** 30), 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 52, -(2 ** 52), MAX, -MAX, MAX - 1];

const KERNELS: Record<number, (a: PyInt, b: PyInt) => PyInt | number> = {
  0: addInt, 10: subInt, 5: mulInt, 2: floorDivInt, 6: modInt, 3: lshiftInt, 9: rshiftInt, 1: andInt, 7: orInt, 12: xorInt, 8: powInt,
};

const plain = (v: PyValue): number | bigint | string => {
  if (typeof v === 'number') return v;
  if (v instanceof PyLong) return v.value;
  if (v instanceof PyFloat) return `float ${v.value}`;
  return 'other';
};

function check(a: number, b: number): void {
  for (const [opText, kernel] of Object.entries(KERNELS)) {
    const op = Number(opText);
    const fast = intBinaryOp(a, b, op);
    if (fast === undefined) continue;
    // Exponents are kept small so the kernel's answer stays cheap to build.
    const expected = kernel(a, b);
    const got = plain(fast);
    expect(got, `${a} op${op} ${b}`).toEqual(expected);
    expect(Object.is(got, -0), `${a} op${op} ${b} gave -0`).toBe(false);
  }
  const q = intBinaryOp(a, b, 11);
  if (b !== 0) expect(plain(q!)).toBe(`float ${a / b}`);
}

describe('intBinaryOp', () => {
  it('agrees with the int kernels on edge values', () => {
    for (const a of EDGES) for (const b of EDGES) {
      check(a, b);
      check(-a + 0, b);
    }
  });
  it('agrees with the int kernels on random operands', () => {
    const seed = 20261126;
    const rand = prng(seed);
    for (let i = 0; i < 3000; i++) {
      const scaleA = 2 ** Math.floor(rand() * 54);
      const scaleB = 2 ** Math.floor(rand() * 54);
      const a = Math.min(MAX, Math.floor(rand() * scaleA)) * (rand() < 0.5 ? -1 : 1) + 0;
      let b = Math.min(MAX, Math.floor(rand() * scaleB)) * (rand() < 0.5 ? -1 : 1) + 0;
      if (rand() < 0.3) b = Math.floor(rand() * 70);
      check(a, b);
    }
  });
  it('leaves errors and float results to the general path', () => {
    expect(intBinaryOp(1, 0, 2)).toBeUndefined();
    expect(intBinaryOp(1, 0, 6)).toBeUndefined();
    expect(intBinaryOp(1, 0, 11)).toBeUndefined();
    expect(intBinaryOp(2, -1, 8)).toBeUndefined();
    expect(intBinaryOp(1, -1, 3)).toBeUndefined();
    expect(intBinaryOp(1, -1, 9)).toBeUndefined();
    expect(intBinaryOp(1, 2 ** 40, 3)).toBeUndefined();
    expect(intBinaryOp(2, 2 ** 40, 8)).toBeUndefined();
  });
});

describe('floatBinaryOp', () => {
  it('matches the float kernels for // and %', () => {
    const values = [0, -0, 1.5, -1.5, 7, -7, 0.1, 1e300, -1e-300, Infinity, -Infinity, NaN];
    for (const a of values) for (const b of values) {
      if (b === 0) {
        expect(floatBinaryOp(a, b, 2)).toBeUndefined();
        continue;
      }
      expect(Object.is(floatBinaryOp(a, b, 2), floatFloorDiv(a, b))).toBe(true);
      expect(Object.is(floatBinaryOp(a, b, 6), floatMod(a, b))).toBe(true);
    }
  });
});
