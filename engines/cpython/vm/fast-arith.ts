// int <op> int when both are JS numbers (safe integers): the VM's fast path for BINARY_OP.
//
// Returns undefined when the result needs the general path: errors (division by zero,
// negative shift), float results of int ** negative int, or results too big for a safe
// integer where the work is more than one bigint step (**, <<); int's dunders then compute
// them with the same kernels (shared/kernels/numbers), so both paths agree exactly.

import type { PyValue } from '../../boxed/object.js';
import { PyFloat, PyLong } from '../../boxed/types/numbers.js';
import { floorDivInt } from '../../../shared/kernels/numbers/int-arith.js';
import { andInt, orInt, xorInt } from '../../../shared/kernels/numbers/int-bits.js';
import { floatFloorDiv, floatMod } from '../../../shared/kernels/float-ops.js';
import type { PyInt } from '../../../shared/kernels/numbers/py-int.js';

const SMALL = 0x40000000; // |x| < 2^30: products and quotients stay exact in doubles
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A canonical kernel int as a Python int (bigint only outside the safe range). */
const box = (n: PyInt): PyValue => (typeof n === 'number' ? n : new PyLong(n));

export function intBinaryOp(a: number, b: number, op: number): PyValue | undefined {
  if (op >= 13) op -= 13;
  switch (op) {
    case 0: { // +
      const r = a + b;
      return r <= MAX_SAFE && r >= -MAX_SAFE ? r : new PyLong(BigInt(a) + BigInt(b));
    }
    case 10: { // -
      const r = a - b;
      return r <= MAX_SAFE && r >= -MAX_SAFE ? r : new PyLong(BigInt(a) - BigInt(b));
    }
    case 5: { // *
      const r = a * b;
      // A rounded product beyond the safe range means the exact one is beyond it too.
      return r <= MAX_SAFE && r >= -MAX_SAFE ? r + 0 : new PyLong(BigInt(a) * BigInt(b));
    }
    case 2: // //
      if (b === 0) return undefined;
      if (a > -SMALL && a < SMALL && b > -SMALL && b < SMALL) return Math.floor(a / b) + 0;
      return box(floorDivInt(a, b));
    case 6: { // %
      if (b === 0) return undefined;
      const r = a % b; // fmod: exact
      return r !== 0 && (r < 0) !== (b < 0) ? r + b : r + 0;
    }
    case 11: // /  (both operands are exact doubles: one IEEE division is correctly rounded)
      return b === 0 ? undefined : new PyFloat(a / b);
    case 8: { // **
      if (b < 0) return undefined;
      let result = 1;
      let base = a;
      let e = b;
      while (e > 0) {
        if (e & 1) {
          result *= base;
          if (result > MAX_SAFE || result < -MAX_SAFE) return undefined;
        }
        e = Math.floor(e / 2);
        if (e > 0) {
          base *= base;
          if (base > MAX_SAFE) return undefined;
        }
      }
      return result + 0;
    }
    case 3: { // <<
      if (b < 0 || b >= 53) return a === 0 && b >= 0 ? 0 : undefined;
      const r = a * 2 ** b; // exact: scaling by a power of two
      return r <= MAX_SAFE && r >= -MAX_SAFE ? r + 0 : new PyLong(BigInt(a) << BigInt(b));
    }
    case 9: // >>
      if (b < 0) return undefined;
      if (b >= 53) return a < 0 ? -1 : 0;
      if ((a | 0) === a && b < 32) return a >> b;
      return Math.floor(a / 2 ** b) + 0;
    case 1: // &
      return (a | 0) === a && (b | 0) === b ? a & b : box(andInt(a, b));
    case 7: // |
      return (a | 0) === a && (b | 0) === b ? a | b : box(orInt(a, b));
    case 12: // ^
      return (a | 0) === a && (b | 0) === b ? a ^ b : box(xorInt(a, b));
    default:
      return undefined;
  }
}

/** float <op> float for exact floats: + - * / // % (by a non-zero); undefined otherwise. */
export function floatBinaryOp(a: number, b: number, op: number): number | undefined {
  if (op >= 13) op -= 13;
  switch (op) {
    case 0: return a + b;
    case 10: return a - b;
    case 5: return a * b;
    case 11: return b === 0 ? undefined : a / b;
    case 2: return b === 0 ? undefined : floatFloorDiv(a, b);
    case 6: return b === 0 ? undefined : floatMod(a, b);
    default: return undefined;
  }
}
