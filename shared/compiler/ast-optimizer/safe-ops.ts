// The size guards of CPython's constant folder. Folding `2 ** 100000` or
// `'x' * 10**9` would make the compiler slow and the .pyc huge, so CPython
// folds *, ** and << only while the result stays small, and never folds
// `str % x` or `bytes % x` (formatting can run arbitrary __format__/__str__
// code and raise). A guard that declines returns NO_FOLD; otherwise the
// operation runs and may still throw the Python error, which also means
// "do not fold".

import { PyFrozenset, PyTuple, type OperatorKind, type PyConstant } from '../../ast/nodes.js';
import { bitLength } from '../../kernels/int-ops.js';
import { KernelError } from '../../kernels/py-error.js';
import { asBigint, binaryOp, constKind, sequenceLength } from './constant-ops.js';

/** CPython 3.11's limits (Python/ast_opt.c). */
export const FOLD_LIMITS = {
  /** Bits of an int result of * ** <<. */
  maxIntBits: 128,
  /** Items of a repeated tuple. */
  maxCollectionSize: 256,
  /** Characters (or bytes) of a repeated str/bytes. */
  maxStrSize: 4096,
  /** Items of a repeated tuple counting nested tuples and frozensets. */
  maxTotalItems: 1024,
} as const;

export const NO_FOLD: unique symbol = Symbol('no fold');
export type FoldResult = PyConstant | typeof NO_FOLD;

const LONG_MAX = (1n << 63n) - 1n;
const SIZE_MAX = (1n << 64n) - 1n;

const isInt = (v: PyConstant): boolean => typeof v === 'bigint' || typeof v === 'boolean';
const isCollection = (v: PyConstant): boolean => v instanceof PyTuple || v instanceof PyFrozenset;
const isText = (v: PyConstant): boolean => {
  const k = constKind(v);
  return k === 'str' || k === 'bytes';
};

/**
 * What remains of `limit` after counting the items of obj and, recursively,
 * of the tuples and frozensets inside it; negative once the limit is passed.
 */
function remainingComplexity(obj: PyConstant, limit: number): number {
  if (!isCollection(obj)) return limit;
  const items = (obj as PyTuple | PyFrozenset).items;
  limit -= items.length;
  for (let i = 0; limit >= 0 && i < items.length; i++) limit = remainingComplexity(items[i]!, limit);
  return limit;
}

/** Does `n * seq` stay within the limits (n an int, seq a collection or text)? */
function repeatAllowed(n: bigint, seq: PyConstant): boolean {
  const size = sequenceLength(seq);
  if (size === 0) return true;
  // A count beyond C long fails PyLong_AsLong, which the folder treats as too big.
  if (n < 0n || n > LONG_MAX) return false;
  const count = Number(n);
  if (isCollection(seq)) {
    if (count > Math.floor(FOLD_LIMITS.maxCollectionSize / size)) return false;
    return count === 0 || remainingComplexity(seq, Math.floor(FOLD_LIMITS.maxTotalItems / count)) >= 0;
  }
  return count <= Math.floor(FOLD_LIMITS.maxStrSize / size);
}

function safeMultiply(a: PyConstant, b: PyConstant): FoldResult {
  if (isInt(a) && isInt(b)) {
    const x = asBigint(a);
    const y = asBigint(b);
    if (x !== 0n && y !== 0n && bitLength(x) + bitLength(y) > FOLD_LIMITS.maxIntBits) return NO_FOLD;
  } else if (isInt(a) && (isCollection(b) || isText(b))) {
    if (!repeatAllowed(asBigint(a), b)) return NO_FOLD;
  } else if (isInt(b) && (isCollection(a) || isText(a))) {
    if (!repeatAllowed(asBigint(b), a)) return NO_FOLD;
  }
  return binaryOp('Mult', a, b);
}

function safePower(a: PyConstant, b: PyConstant): FoldResult {
  if (isInt(a) && isInt(b)) {
    const x = asBigint(a);
    const y = asBigint(b);
    if (x !== 0n && y > 0n) {
      if (y > SIZE_MAX) return NO_FOLD;
      if (bitLength(x) > Math.floor(FOLD_LIMITS.maxIntBits / Number(y))) return NO_FOLD;
    }
  }
  return binaryOp('Pow', a, b);
}

function safeLShift(a: PyConstant, b: PyConstant): FoldResult {
  if (isInt(a) && isInt(b)) {
    const x = asBigint(a);
    const y = asBigint(b);
    if (x !== 0n && y !== 0n) {
      // A negative count fails the size_t conversion: no fold (not even the ValueError).
      if (y < 0n || y > SIZE_MAX) return NO_FOLD;
      const shift = Number(y);
      if (shift > FOLD_LIMITS.maxIntBits || bitLength(x) > FOLD_LIMITS.maxIntBits - shift) return NO_FOLD;
    }
  }
  return binaryOp('LShift', a, b);
}

function safeMod(a: PyConstant, b: PyConstant): FoldResult {
  return isText(a) ? NO_FOLD : binaryOp('Mod', a, b);
}

/** The operators whose folding is guarded; the rest fold whenever Python can compute them. */
const GUARDED: Partial<Record<OperatorKind, (a: PyConstant, b: PyConstant) => FoldResult>> = {
  Mult: safeMultiply,
  Pow: safePower,
  LShift: safeLShift,
  Mod: safeMod,
  MatMult: () => NO_FOLD, // no constant type implements @
};

/** The folded value of `a op b`, or NO_FOLD when CPython leaves the expression alone. */
export function foldBinary(op: OperatorKind, a: PyConstant, b: PyConstant): FoldResult {
  try {
    const guarded = GUARDED[op];
    return guarded ? guarded(a, b) : binaryOp(op, a, b);
  } catch (e) {
    return noFoldOnPythonError(e);
  }
}

/** A Python exception during folding means "no fold"; a JS bug must still surface. */
export function noFoldOnPythonError(e: unknown): typeof NO_FOLD {
  if (e instanceof KernelError) return NO_FOLD;
  throw e;
}
