// int <op> int when both are JS numbers (safe integers): the VM's fast path for BINARY_OP.
//
// Returns undefined when the result needs the general path: errors (division by zero,
// negative shift), float results of int ** negative int, or operand sizes where float
// arithmetic could round; the boxed int methods then compute it exactly with BigInt.

import type { PyValue } from '../../boxed/object.js';
import { makeInt, PyFloat } from '../../boxed/types/numbers.js';

const SMALL = 0x40000000; // |x| < 2^30: products and quotients stay exact in doubles

export function intBinaryOp(a: number, b: number, op: number): PyValue | undefined {
  if (op >= 13) op -= 13;
  switch (op) {
    case 0: { // +
      const r = a + b;
      return Number.isSafeInteger(r) ? r : makeInt(BigInt(a) + BigInt(b));
    }
    case 10: { // -
      const r = a - b;
      return Number.isSafeInteger(r) ? r : makeInt(BigInt(a) - BigInt(b));
    }
    case 5: { // *
      const r = a * b;
      return Number.isSafeInteger(r) ? r + 0 : makeInt(BigInt(a) * BigInt(b));
    }
    case 2: { // //
      if (b === 0) return undefined;
      if (a > -SMALL && a < SMALL && b > -SMALL && b < SMALL) return Math.floor(a / b) + 0;
      const q = BigInt(a) / BigInt(b);
      const fix = (a % b !== 0) && ((a < 0) !== (b < 0)) ? q - 1n : q;
      return makeInt(fix);
    }
    case 6: { // %
      if (b === 0) return undefined;
      const r = a % b;
      return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
    }
    case 11: // /
      return b === 0 ? undefined : new PyFloat(a / b);
    case 8: { // **
      if (b < 0) return undefined;
      let result = 1;
      let base = a;
      let e = b;
      while (e > 0) {
        if (e & 1) {
          result *= base;
          if (!Number.isSafeInteger(result)) return makeInt(BigInt(a) ** BigInt(b));
        }
        e = Math.floor(e / 2);
        if (e > 0) {
          base *= base;
          if (!Number.isSafeInteger(base)) return makeInt(BigInt(a) ** BigInt(b));
        }
      }
      return result + 0;
    }
    case 3: { // <<
      if (b < 0) return undefined;
      if (b < 53) {
        const r = a * 2 ** b;
        if (Number.isSafeInteger(r)) return r + 0;
      }
      if (a === 0) return 0;
      return makeInt(BigInt(a) << BigInt(b));
    }
    case 9: // >>
      if (b < 0) return undefined;
      if (b >= 53) return a < 0 ? -1 : 0;
      return Math.floor(a / 2 ** b) + 0;
    case 1: // &
      if ((a | 0) === a && (b | 0) === b) return a & b;
      return makeInt(BigInt(a) & BigInt(b));
    case 7: // |
      if ((a | 0) === a && (b | 0) === b) return a | b;
      return makeInt(BigInt(a) | BigInt(b));
    case 12: // ^
      if ((a | 0) === a && (b | 0) === b) return a ^ b;
      return makeInt(BigInt(a) ^ BigInt(b));
    default:
      return undefined;
  }
}

/** float <op> float for exact floats: + - * and / by a non-zero; undefined otherwise. */
export function floatBinaryOp(a: number, b: number, op: number): number | undefined {
  if (op >= 13) op -= 13;
  switch (op) {
    case 0: return a + b;
    case 10: return a - b;
    case 5: return a * b;
    case 11: return b === 0 ? undefined : a / b;
    default: return undefined;
  }
}
