// The fixture cases where our result is one unit in the last place away from
// CPython's. CPython takes these values from glibc's libm, whose exp, log,
// sin, cos, tan and inverse trigonometric functions are correctly rounded
// except in rare near-halfway cases (their error bound is about 0.52 ulp);
// ours (accurate-exp-log.ts, accurate-trig.ts) round correctly there, so the
// two differ exactly in those cases: here cos(200.0) and one asin, whose true
// values lie within 0.001 and 0.01 ulp of a rounding midpoint. In random
// samples this happens for about 0.1% of arguments of exp and log, and
// less for the trigonometric functions. math.test.ts fails if a case differs
// otherwise, or if a listed case no longer differs. Keys: name(encoded args)
// as in the fixture; regenerate by running the test with MATH_DIFF_REPORT=<file>.
//
// Of the 9961 fixture cases every other one is bit-exact.

export const LIBM_DIFFERENCES: ReadonlySet<string> = new Set([
  "cos(\"f:4069000000000000\")",
  "asin(\"f:bfbd0b490d5b6fa0\")",
]);
