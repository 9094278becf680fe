// A small seeded generator (mulberry32: 32-bit state, fast, good enough to pick test inputs and
// to make synthetic data), for randomized tests and the synthetic benchmark results the report
// formats are tested and previewed with; a failure is reproduced from the seed.

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
