// The math module as data: every function of CPython 3.11's math module with
// its arity, how the engine converts each argument before the call, and the
// kernel that computes it, plus the module's constants. The engine builds the
// module object from MATH_FUNCTIONS; argument conversion (__float__,
// __index__, iteration) and __floor__/__ceil__/__trunc__ dispatch are its job,
// everything after is the kernels'.

import { erf, erfc } from './erf.js';
import { FsumAccumulator, fsum } from './fsum.js';
import {
  ceil, copysign, degrees, fabs, floor, fmod, frexp, isclose, isfinite, isinf, isnan, ldexp, modf, nextafter,
  radians, remainder, trunc, ulp,
} from './float-bits.js';
import { gamma, lgamma } from './gamma.js';
import { comb, factorial, gcd, isqrt, lcm, perm } from './integers.js';
import {
  acos, acosh, asin, asinh, atan, atan2, atanh, cbrt, cos, cosh, exp, exp2, expm1, log1p, pow, sin, sinh, sqrt, tan,
  tanh,
} from './libm.js';
import { log, log10, log2 } from './logarithms.js';
import { dist, hypot } from './vector-norm.js';

export { FsumAccumulator };

/**
 * How the engine turns one Python argument into what the kernel takes:
 * - 'float': a float as a number, an int as a number or bigint (the kernel
 *   converts ints itself, raising OverflowError as float() does), anything
 *   else through __float__ (or __index__ when it lacks __float__, as PyFloat_AsDouble does);
 * - 'int': operator.index(x), as a number or bigint;
 * - 'int-or-none': as 'int', with None passed as undefined (perm's k);
 * - 'int-exact': an int only, no __index__ (ldexp's exponent: TypeError
 *   "Expected an int as second argument to ldexp." otherwise);
 * - 'number': a float or int as it is; other objects first dispatch the
 *   special method named in `dispatch`, and only then go through __float__;
 * - 'floats': an iterable whose items are converted as 'float' (dist's points
 *   must be sequences or iterables made into tuples; fsum iterates lazily,
 *   see FsumAccumulator);
 * - 'object': left to the engine entirely (prod).
 */
export type MathArgKind = 'float' | 'int' | 'int-or-none' | 'int-exact' | 'number' | 'floats' | 'object';

/** What the kernel returns: a float, an int (number or bigint), a bool, or a pair. */
export type MathResultKind = 'float' | 'int' | 'bool' | 'float-int-pair' | 'float-pair' | 'object';

export interface MathFunction {
  name: string;
  /** Positional parameters in order; a variadic function has one kind repeated (`variadic`). */
  args: readonly MathArgKind[];
  /** Positional arguments required. */
  required: number;
  /** Takes any number of positional arguments of kind args[0], passed as one array. */
  variadic?: boolean;
  /** Names of the positional parameters when a caller may also pass them by keyword (isclose's a and b); otherwise they are positional-only. */
  argNames?: readonly string[];
  /** Keyword-only parameters with defaults (isclose's tolerances, prod's start). */
  keywords?: readonly { name: string; kind: MathArgKind; default: number }[];
  /** Special method the engine tries first on non-float arguments. */
  dispatch?: '__floor__' | '__ceil__' | '__trunc__';
  result: MathResultKind;
  /** The kernel; null where the engine does the whole job (prod). */
  impl: ((...args: never[]) => unknown) | null;
}

const f1 = (name: string, impl: (x: number | bigint) => number): MathFunction =>
  ({ name, args: ['float'], required: 1, result: 'float', impl });
const f2 = (name: string, impl: (x: number | bigint, y: number | bigint) => number): MathFunction =>
  ({ name, args: ['float', 'float'], required: 2, result: 'float', impl });
const b1 = (name: string, impl: (x: number | bigint) => boolean): MathFunction =>
  ({ name, args: ['float'], required: 1, result: 'bool', impl });

/** Every function of CPython 3.11's math module, in the order of its method table. */
export const MATH_FUNCTIONS: readonly MathFunction[] = [
  f1('acos', acos),
  f1('acosh', acosh),
  f1('asin', asin),
  f1('asinh', asinh),
  f1('atan', atan),
  f2('atan2', atan2),
  f1('atanh', atanh),
  f1('cbrt', cbrt),
  { name: 'ceil', args: ['number'], required: 1, dispatch: '__ceil__', result: 'int', impl: ceil },
  f2('copysign', copysign),
  f1('cos', cos),
  f1('cosh', cosh),
  f1('degrees', degrees),
  { name: 'dist', args: ['floats', 'floats'], required: 2, result: 'float', impl: dist },
  f1('erf', erf),
  f1('erfc', erfc),
  f1('exp', exp),
  f1('exp2', exp2),
  f1('expm1', expm1),
  f1('fabs', fabs),
  { name: 'factorial', args: ['int'], required: 1, result: 'int', impl: factorial },
  { name: 'floor', args: ['number'], required: 1, dispatch: '__floor__', result: 'int', impl: floor },
  f2('fmod', fmod),
  { name: 'frexp', args: ['float'], required: 1, result: 'float-int-pair', impl: frexp },
  { name: 'fsum', args: ['floats'], required: 1, result: 'float', impl: fsum },
  f1('gamma', gamma),
  { name: 'gcd', args: ['int'], required: 0, variadic: true, result: 'int', impl: gcd },
  { name: 'hypot', args: ['float'], required: 0, variadic: true, result: 'float', impl: hypot },
  {
    name: 'isclose', args: ['float', 'float'], argNames: ['a', 'b'], required: 2, result: 'bool', impl: isclose,
    keywords: [{ name: 'rel_tol', kind: 'float', default: 1e-9 }, { name: 'abs_tol', kind: 'float', default: 0 }],
  },
  b1('isfinite', isfinite),
  b1('isinf', isinf),
  b1('isnan', isnan),
  { name: 'isqrt', args: ['int'], required: 1, result: 'int', impl: isqrt },
  { name: 'lcm', args: ['int'], required: 0, variadic: true, result: 'int', impl: lcm },
  { name: 'ldexp', args: ['float', 'int-exact'], required: 2, result: 'float', impl: ldexp },
  f1('lgamma', lgamma),
  { name: 'log', args: ['float', 'float'], required: 1, result: 'float', impl: log },
  f1('log1p', log1p),
  f1('log10', log10),
  f1('log2', log2),
  { name: 'modf', args: ['float'], required: 1, result: 'float-pair', impl: modf },
  f2('pow', pow),
  f1('radians', radians),
  f2('remainder', remainder),
  f1('sin', sin),
  f1('sinh', sinh),
  f1('sqrt', sqrt),
  f1('tan', tan),
  f1('tanh', tanh),
  { name: 'trunc', args: ['number'], required: 1, dispatch: '__trunc__', result: 'int', impl: trunc },
  {
    name: 'prod', args: ['object'], required: 1, result: 'object', impl: null,
    keywords: [{ name: 'start', kind: 'object', default: 1 }],
  },
  { name: 'perm', args: ['int', 'int-or-none'], required: 1, result: 'int', impl: perm },
  { name: 'comb', args: ['int', 'int'], required: 2, result: 'int', impl: comb },
  f2('nextafter', nextafter),
  f1('ulp', ulp),
];

/** The module's constants, as CPython defines them. */
export const MATH_CONSTANTS: Readonly<Record<'pi' | 'e' | 'tau' | 'inf' | 'nan', number>> = {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
};

export {
  acos, acosh, asin, asinh, atan, atan2, atanh, cbrt, ceil, comb, copysign, cos, cosh, degrees, dist, erf, erfc, exp,
  exp2, expm1, fabs, factorial, floor, fmod, frexp, fsum, gamma, gcd, hypot, isclose, isfinite, isinf, isnan, isqrt,
  lcm, ldexp, lgamma, log, log1p, log10, log2, modf, nextafter, perm, pow, radians, remainder, sin, sinh, sqrt, tan,
  tanh, trunc, ulp,
};
