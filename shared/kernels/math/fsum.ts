// math.fsum: the exactly rounded sum of floats (Shewchuk's algorithm as
// CPython's math_fsum runs it). Partial sums are kept exact and
// non-overlapping; the result is their sum rounded once, half to even even
// across partials. Infinities and NaNs are summed apart, as CPython does, so
// inf + -inf is a ValueError and an overflow of finite values is an
// OverflowError. The engine iterates and feeds an accumulator (an item's
// __float__ may run Python code, even another fsum), so the state is per sum.

import { raise } from '../py-error.js';
import { toDouble, type FloatArg } from './to-double.js';

export class FsumAccumulator {
  /** Exact, non-overlapping partial sums in increasing magnitude (the first `count` entries). */
  private partials: number[] = [];
  private count = 0;
  /** Sum of the infinities and NaNs seen, and of the infinities alone. */
  private specialSum = 0;
  private infSum = 0;

  /** Adds one item (a float, or an int converted as float() does). */
  add(item: FloatArg): void {
    let x = toDouble(item);
    const xsave = x;
    const p = this.partials;
    let i = 0;
    for (let j = 0; j < this.count; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    this.count = i;
    if (x !== 0) {
      if (x - x !== 0) {
        // Non-finite: from an inf or nan item, or from overflow of finite ones.
        if (xsave - xsave === 0) raise('OverflowError', 'intermediate overflow in fsum');
        if (xsave === Infinity || xsave === -Infinity) this.infSum += xsave;
        this.specialSum += xsave;
        this.count = 0;
      } else {
        p[this.count++] = x;
      }
    }
  }

  /** The correctly rounded sum of everything added. */
  result(): number {
    if (this.specialSum !== 0) {
      if (this.infSum !== this.infSum) raise('ValueError', '-inf + inf in fsum');
      return this.specialSum;
    }
    const p = this.partials;
    let n = this.count;
    if (n === 0) return 0;
    let hi = p[--n]!;
    let lo = 0;
    // Add from the top while the sum stays exact.
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half to even across partials: a tie in hi + lo is broken by the
    // sign of the next partial down (sum([1e-16, 1, 1e16]) rounds up).
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}

/** math.fsum over an array of floats and ints. */
export function fsum(items: ArrayLike<FloatArg>): number {
  const acc = new FsumAccumulator();
  for (let i = 0; i < items.length; i++) acc.add(items[i]!);
  return acc.result();
}
