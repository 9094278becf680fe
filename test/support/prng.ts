// The seeded PRNG every randomized test uses (mulberry32: 32-bit state, fast, good enough to
// pick inputs and edits), so a failure is reproduced from the seed the test prints.

/** A generator of floats in [0, 1) determined by `seed`. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
