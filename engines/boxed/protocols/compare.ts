// Rich comparison (PyObject_RichCompare): the reflected method first when the right operand's
// type is a proper subclass that overrides it, NotImplemented falls through to the reflection,
// == and != fall back to identity, and ordering raises CPython's TypeError.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../recursion.js';
import { strType } from '../builtin-types.js';
import { PyStr } from '../types/str.js';
import { compareText } from '../../../shared/kernels/str/code-points.js';
import { False, True, PyFloat } from '../types/numbers.js';
import { NotImplemented } from '../types/singletons.js';
import { TypeError } from '../types/exceptions.js';
import { callUnbound } from './call.js';
import { truthy } from './objects.js';
import { typeOf, typeName } from './type-of.js';

export const enum Cmp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }

const NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const SWAPPED = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
const SYMBOLS = ['<', '<=', '==', '!=', '>', '>='];

function numberCompare(a: number, b: number, op: Cmp): boolean {
  switch (op) {
    case Cmp.LT: return a < b;
    case Cmp.LE: return a <= b;
    case Cmp.EQ: return a === b;
    case Cmp.NE: return a !== b;
    case Cmp.GT: return a > b;
    default: return a >= b;
  }
}

/** a <op> b: a new reference to the result object. */
export function richCompare(a: PyValue, b: PyValue, op: Cmp): PyValue {
  if (typeof a === 'number' && typeof b === 'number') return numberCompare(a, b, op) ? True : False;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta === strType && tb === strType) return stringCompare((a as PyStr).value, (b as PyStr).value, op) ? True : False;
  if (a instanceof PyFloat && b instanceof PyFloat && ta === tb && ta.mro.length === 2) return numberCompare(a.value, b.value, op) ? True : False;
  enterRecursiveCall(' in comparison');
  try {
    let checkedReverse = false;
    if (ta !== tb && tb.isSubtype(ta)) {
      const rf = tb.lookup(NAMES[SWAPPED[op]]!);
      if (rf !== null && rf !== ta.lookup(NAMES[SWAPPED[op]]!)) {
        checkedReverse = true;
        const r = callUnbound(rf, b, [a]);
        if (r !== NotImplemented) return r;
      }
    }
    const f = ta.lookup(NAMES[op]!);
    if (f !== null) {
      const r = callUnbound(f, a, [b]);
      if (r !== NotImplemented) return r;
    }
    if (!checkedReverse) {
      const rf = tb.lookup(NAMES[SWAPPED[op]]!);
      if (rf !== null) {
        const r = callUnbound(rf, b, [a]);
        if (r !== NotImplemented) return r;
      }
    }
  } finally {
    leaveRecursiveCall();
  }
  if (op === Cmp.EQ) return a === b ? True : False;
  if (op === Cmp.NE) return a !== b ? True : False;
  raise(TypeError, `'${SYMBOLS[op]}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** Python string order is code point order; JS compares UTF-16 units, which differs only across surrogates. */
export function stringCompare(a: string, b: string, op: Cmp): boolean {
  if (op === Cmp.EQ) return a === b;
  if (op === Cmp.NE) return a !== b;
  const c = compareText(a, b);
  switch (op) {
    case Cmp.LT: return c < 0;
    case Cmp.LE: return c <= 0;
    case Cmp.GT: return c > 0;
    default: return c >= 0;
  }
}

/** a == b as a JS boolean (identity first, as containers compare). */
export function eq(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const r = richCompare(a, b, Cmp.EQ);
  if (r === True) return true;
  if (r === False) return false;
  const t = truthy(r);
  decref(r);
  return t;
}

/** a <op> b as a JS boolean. */
export function compareBool(a: PyValue, b: PyValue, op: Cmp): boolean {
  const r = richCompare(a, b, op);
  if (r === True) return true;
  if (r === False) return false;
  const t = truthy(r);
  decref(r);
  return t;
}
