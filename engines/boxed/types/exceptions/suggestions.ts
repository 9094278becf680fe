// 3.11's "Did you mean" (Python/suggestions.c): for an exact AttributeError, the closest name in
// dir(obj); for an exact NameError, the closest name among the local variable names of the
// innermost traceback frame's code, then its globals, then its builtins. Closeness is CPython's
// Levenshtein distance over UTF-8 bytes with its costs (a case flip costs 1, anything else 2)
// and limits (at most 750 candidates, names of at most 40 bytes after trimming common affixes,
// at most a third of the characters changed).

import { decref, type PyValue } from '../../object.js';
import { AttributeError, NameError, PyBaseException } from '../exceptions.js';
import { PyStr } from '../str.js';
import { PyList } from '../sequences.js';
import type { PyDict } from '../dict.js';
import { strType, tracebackType } from '../../builtin-types.js';
import { dirOf } from '../../modules/builtins-attrs.js';
import { coVarnames } from '../../../../shared/bytecode/code-views.js';
import type { PyTraceback } from '../../../cpython/vm/traceback-objects.js';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const encoder = new TextEncoder();

/** The UTF-8 bytes of a name (ASCII names skip the encoder). */
function utf8(s: string): Uint8Array {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  if (!ascii) return encoder.encode(s);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** substitution_cost: 0 for equal bytes, 1 for a case flip of an ASCII letter, else 2. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 0x41 && a <= 0x5a) a += 32;
  if (b >= 0x41 && b <= 0x5a) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

const buffer = new Array<number>(MAX_STRING_SIZE).fill(0);

/** levenshtein_distance: the cost, or maxCost + 1 once it is known to exceed maxCost. */
export function levenshtein(a0: Uint8Array, b0: Uint8Array, maxCost: number): number {
  let aStart = 0;
  let bStart = 0;
  let aEnd = a0.length;
  let bEnd = b0.length;
  while (aStart < aEnd && bStart < bEnd && a0[aStart] === b0[bStart]) { aStart++; bStart++; }
  while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] === b0[bEnd - 1]) { aEnd--; bEnd--; }
  let a = a0.subarray(aStart, aEnd);
  let b = b0.subarray(bStart, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  for (let i = 0, tmp = MOVE_COST; i < a.length; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions over candidate names (null entries are skipped); the best one or null. */
export function bestSuggestion(candidates: readonly (string | null)[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = utf8(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === null || item === name) continue;
    const itemBytes = utf8(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** The str keys of a dict in order; a non-str key makes CPython give up (null). */
function dictKeys(d: PyDict): (string | null)[] | null {
  const out: string[] = [];
  for (let i = d.next(-1); i >= 0; i = d.next(i)) {
    const k = d.keyAt(i);
    if (!(k instanceof PyStr)) return null;
    out.push(k.value);
  }
  return out;
}

function forAttributeError(e: PyBaseException): string | null {
  const name = e.member('name');
  const obj = e.member('obj');
  if (!(name instanceof PyStr) || name.ob_type !== strType || obj === undefined) return null;
  const dir = dirOf(obj);
  try {
    if (!(dir instanceof PyList)) return null;
    const names: (string | null)[] = [];
    for (const item of dir.items) {
      if (!(item instanceof PyStr)) return null;
      names.push(item.value);
    }
    return bestSuggestion(names, name.value);
  } finally {
    decref(dir);
  }
}

function forNameError(e: PyBaseException): string | null {
  const name = e.member('name');
  let tb = e.traceback as PyValue | null;
  if (!(name instanceof PyStr) || name.ob_type !== strType || tb === null || typeof tb === 'number' || tb.ob_type !== tracebackType) {
    return null;
  }
  for (;;) {
    const next: PyValue = (tb as PyTraceback).next;
    if (typeof next === 'number' || next.ob_type !== tracebackType) break;
    tb = next;
  }
  const frame = (tb as PyTraceback).frameObject.frame;
  const locals = bestSuggestion(coVarnames(frame.code.code), name.value);
  if (locals !== null) return locals;
  const globals = dictKeys(frame.globals);
  if (globals === null) return null;
  const fromGlobals = bestSuggestion(globals, name.value);
  if (fromGlobals !== null) return fromGlobals;
  const builtins = dictKeys(frame.builtins);
  return builtins === null ? null : bestSuggestion(builtins, name.value);
}

/** _Py_Offer_Suggestions: only for exact AttributeError and NameError; errors while looking are dropped. */
export function offerSuggestion(e: PyBaseException): string | null {
  const t = e.ob_type;
  if (t !== AttributeError && t !== NameError) return null;
  try {
    return t === AttributeError ? forAttributeError(e) : forNameError(e);
  } catch (err) {
    if (err instanceof PyBaseException) {
      decref(err);
      return null;
    }
    throw err;
  }
}
