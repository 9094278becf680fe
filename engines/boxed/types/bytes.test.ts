// PyByteArray's storage: growth, splicing and shrinking keep the contents a plain array model has.

import { describe, expect, it } from 'vitest';
import { PyByteArray } from './bytes.js';

/** A small deterministic generator (xorshift) so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}

describe('PyByteArray storage', () => {
  it('matches an array model under random push/append/splice/setContents', () => {
    const rand = rng(12345);
    const ba = new PyByteArray(new Uint8Array(0));
    let model: number[] = [];
    for (let step = 0; step < 5000; step++) {
      const op = Math.floor(rand() * 4);
      if (op === 0) {
        const b = Math.floor(rand() * 256);
        ba.push(b);
        model.push(b);
      } else if (op === 1) {
        // Appending a view of itself must copy before growing.
        const lo = Math.floor(rand() * (model.length + 1));
        const hi = lo + Math.floor(rand() * (model.length - lo + 1));
        ba.append(ba.value.subarray(lo, hi));
        model = model.concat(model.slice(lo, hi));
      } else if (op === 2) {
        const lo = Math.floor(rand() * (model.length + 1));
        const hi = lo + Math.floor(rand() * (model.length - lo + 1));
        const add = Uint8Array.from({ length: Math.floor(rand() * 6) }, () => Math.floor(rand() * 256));
        ba.splice(lo, hi, add);
        model.splice(lo, hi - lo, ...add);
      } else if (model.length > 200) {
        ba.setContents(new Uint8Array(0));
        model = [];
      }
      expect(ba.length).toBe(model.length);
    }
    expect(Array.from(ba.value)).toEqual(model);
  });
});
