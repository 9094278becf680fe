// list.sort: CPython's timsort skeleton (natural runs found by count_run, short runs extended
// by binary insertion to minrun, runs merged stably), with key functions and reverse as
// list_sort_impl does them, including "list modified during sort".
//
// The comparisons are made in CPython's order for arrays under 64 items (one run, binary
// insertion), so errors and side effects of __lt__ match there; larger arrays merge without
// galloping, which gives the same result with a different sequence of comparisons.

import { decref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { PyList } from '../sequences.js';
import { PyStr } from '../str.js';
import { strType } from '../../builtin-types.js';
import { None } from '../singletons.js';
import { OverflowError, TypeError, ValueError } from '../exceptions.js';
import { asIndex } from '../../convert.js';
import { call } from '../../protocols/call.js';
import { Cmp, compareBool } from '../../protocols/compare.js';
import { compareText } from '../../../../shared/kernels/str/code-points.js';

/** a < b as list.sort asks it. */
function lt(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (a instanceof PyStr && b instanceof PyStr && a.ob_type === strType && b.ob_type === strType) return compareText(a.value, b.value) < 0;
  return compareBool(a, b, Cmp.LT);
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo]!;
    a[lo] = a[hi]!;
    a[hi] = t;
  }
}

/** Sorts keys (and vals alongside when they are a different array) stably by `lt`. */
class Sorter {
  private readonly runBase: number[] = [];
  private readonly runLen: number[] = [];
  constructor(private readonly keys: PyValue[], private readonly vals: PyValue[] | null) {}

  sort(): void {
    const n = this.keys.length;
    if (n < 2) return;
    const minrun = computeMinrun(n);
    let lo = 0;
    let remaining = n;
    while (remaining > 0) {
      let run = this.countRun(lo, lo + remaining);
      if (run < 0) {
        run = -run;
        reverseRange(this.keys, lo, lo + run);
        if (this.vals) reverseRange(this.vals, lo, lo + run);
      }
      if (run < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, lo + force, lo + run);
        run = force;
      }
      this.runBase.push(lo);
      this.runLen.push(run);
      this.mergeCollapse();
      lo += run;
      remaining -= run;
    }
    while (this.runLen.length > 1) {
      let i = this.runLen.length - 2;
      if (i > 0 && this.runLen[i - 1]! < this.runLen[i + 1]!) i--;
      this.mergeAt(i);
    }
  }

  /** Length of the run starting at lo: negative when it is strictly descending. */
  private countRun(lo: number, hi: number): number {
    const k = this.keys;
    if (lo + 1 === hi) return 1;
    let n = 2;
    if (lt(k[lo + 1]!, k[lo]!)) {
      for (let i = lo + 2; i < hi && lt(k[i]!, k[i - 1]!); i++) n++;
      return -n;
    }
    for (let i = lo + 2; i < hi && !lt(k[i]!, k[i - 1]!); i++) n++;
    return n;
  }

  /** Binary insertion of [start, hi) into the sorted [lo, start). */
  private binarySort(lo: number, hi: number, start: number): void {
    const k = this.keys;
    const v = this.vals;
    if (start === lo) start++;
    for (; start < hi; start++) {
      const pivot = k[start]!;
      let l = lo;
      let r = start;
      do {
        const p = l + ((r - l) >> 1);
        if (lt(pivot, k[p]!)) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) k[p] = k[p - 1]!;
      k[l] = pivot;
      if (v) {
        const pv = v[start]!;
        for (let p = start; p > l; p--) v[p] = v[p - 1]!;
        v[l] = pv;
      }
    }
  }

  private mergeCollapse(): void {
    const len = this.runLen;
    while (len.length > 1) {
      let n = len.length - 2;
      if ((n > 0 && len[n - 1]! <= len[n]! + len[n + 1]!) || (n > 1 && len[n - 2]! <= len[n - 1]! + len[n]!)) {
        if (len[n - 1]! < len[n + 1]!) n--;
      } else if (len[n]! > len[n + 1]!) {
        break;
      }
      this.mergeAt(n);
    }
  }

  /** Merges runs i and i+1 (stable: on ties the left run's item comes first). */
  private mergeAt(i: number): void {
    const base = this.runBase[i]!;
    const na = this.runLen[i]!;
    const nb = this.runLen[i + 1]!;
    this.runLen[i] = na + nb;
    this.runBase.splice(i + 1, 1);
    this.runLen.splice(i + 1, 1);
    const k = this.keys;
    const v = this.vals;
    const tmpK = k.slice(base, base + na);
    const tmpV = v ? v.slice(base, base + na) : null;
    let a = 0;
    let b = base + na;
    const bEnd = base + na + nb;
    let dest = base;
    try {
      while (a < na && b < bEnd) {
        if (lt(k[b]!, tmpK[a]!)) {
          k[dest] = k[b]!;
          if (v) v[dest] = v[b]!;
          b++;
        } else {
          k[dest] = tmpK[a]!;
          if (v) v[dest] = tmpV![a]!;
          a++;
        }
        dest++;
      }
    } finally {
      // Whatever happened, every item is put back exactly once (as CPython's merge does on error).
      while (a < na) {
        k[dest] = tmpK[a]!;
        if (v) v[dest] = tmpV![a]!;
        a++;
        dest++;
      }
    }
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/**
 * list.sort(key=key, reverse=reverse) on `list` (key null or None for none). The list is empty
 * while it is sorted; if Python code changes it meanwhile, ValueError "list modified during sort".
 */
export function sortList(list: PyList, key: PyValue | null, reverse: boolean): void {
  const saved = list.items;
  const during: PyValue[] = [];
  list.items = during;
  const n = saved.length;
  let keys: PyValue[] | null = null;
  const restore = (): void => {
    const added = list.items;
    list.items = saved;
    for (const v of added) decref(v);
  };
  if (key !== null && key !== None) {
    keys = new Array<PyValue>(n);
    let i = 0;
    try {
      for (; i < n; i++) keys[i] = call(key, [saved[i]!]);
    } catch (e) {
      for (let j = 0; j < i; j++) decref(keys[j]!);
      restore();
      throw e;
    }
  }
  if (reverse && n > 1) {
    reverseRange(saved, 0, n);
    if (keys) reverseRange(keys, 0, n);
  }
  let failed = true;
  try {
    new Sorter(keys ?? saved, keys ? saved : null).sort();
    failed = false;
  } finally {
    if (keys) for (const k of keys) decref(k);
    if (reverse && n > 1) reverseRange(saved, 0, n);
    const modified = list.items !== during || during.length !== 0;
    restore();
    if (modified && !failed) raise(ValueError, 'list modified during sort');
  }
}

/**
 * list.sort(*, key=None, reverse=False) with Argument Clinic's errors: no positional arguments,
 * "'x' is an invalid keyword argument for sort()", and reverse converted as a C int (so
 * reverse=None is a TypeError, as in CPython).
 */
export function listSortMethod(list: PyList, args: PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 0) raise(TypeError, 'sort() takes no positional arguments');
  let key: PyValue | null = null;
  let reverse = false;
  for (let i = 0; i < nkw; i++) {
    const name = kwnames![i]!;
    const v = args[npos + i]!;
    if (name === 'key') key = v;
    else if (name === 'reverse') reverse = asCInt(v) !== 0;
    else raise(TypeError, `'${name}' is an invalid keyword argument for sort()`);
  }
  sortList(list, key, reverse);
}

/** _PyLong_AsInt: an int (or __index__) that fits in a C int. */
function asCInt(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n !== 'number' || n > 0x7fffffff || n < -0x80000000) raise(OverflowError, 'Python int too large to convert to C int');
  return n;
}
