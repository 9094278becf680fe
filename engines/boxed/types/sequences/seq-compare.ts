// Comparison and searching of item arrays, shared by list and tuple (CPython's list_richcompare /
// tuplerichcompare and the count/index/contains loops): the first pair of items that are not
// equal (identity counting as equal) decides, else the lengths do.

import { decref, incref, type PyValue } from '../../object.js';
import { False, True } from '../numbers.js';
import { PyStr } from '../str.js';
import { Cmp, eq, richCompare } from '../../protocols/compare.js';

/** Anything holding its items in a JS array (list, tuple); re-read after each call into Python. */
export interface HasItems {
  readonly items: PyValue[];
}

function lengthsCompare(a: number, b: number, op: Cmp): PyValue {
  let r: boolean;
  switch (op) {
    case Cmp.LT: r = a < b; break;
    case Cmp.LE: r = a <= b; break;
    case Cmp.EQ: r = a === b; break;
    case Cmp.NE: r = a !== b; break;
    case Cmp.GT: r = a > b; break;
    default: r = a >= b;
  }
  return r ? True : False;
}

/** a == b for two items as containers compare them, holding references during the call. */
export function itemsEqual(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return false;
  if (a instanceof PyStr && b instanceof PyStr && a.ob_type === b.ob_type && a.ob_type.mro.length === 2) return a.value === b.value;
  incref(a);
  incref(b);
  try {
    return eq(a, b);
  } finally {
    decref(a);
    decref(b);
  }
}

/** v <op> w for two sequences of the same kind: a new reference. */
export function compareItems(v: HasItems, w: HasItems, op: Cmp): PyValue {
  if (v.items.length !== w.items.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.EQ ? False : True;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    if (!itemsEqual(v.items[i]!, w.items[i]!)) break;
  }
  const vl = v.items.length;
  const wl = w.items.length;
  if (i >= vl || i >= wl) return lengthsCompare(vl, wl, op);
  if (op === Cmp.EQ) return False;
  if (op === Cmp.NE) return True;
  const a = v.items[i]!;
  const b = w.items[i]!;
  incref(a);
  incref(b);
  try {
    return richCompare(a, b, op);
  } finally {
    decref(a);
    decref(b);
  }
}

/** Position of the first item equal to x in [start, stop), or -1. */
export function indexOf(s: HasItems, x: PyValue, start = 0, stop = Infinity): number {
  for (let i = start; i < s.items.length && i < stop; i++) {
    if (itemsEqual(s.items[i]!, x)) return i;
  }
  return -1;
}

/** How many items equal x. */
export function countOf(s: HasItems, x: PyValue): number {
  let n = 0;
  for (let i = 0; i < s.items.length; i++) if (itemsEqual(s.items[i]!, x)) n++;
  return n;
}
