// The iteration order of sets and frozensets of constants, by replaying
// CPython 3.11's set table (hash-table/set-table.ts) as the items are added
// one by one. Equal items (1, 1.0, True) keep the first. Iteration is slot
// order, which is what repr() shows and marshal starts from.
//
// Hashes come from hash.ts and assume PYTHONHASHSEED=0. None, Ellipsis and NaN
// hash by address in CPython 3.11, which cannot be reproduced: a set holding
// one keeps its given order. Used by the AST optimizer (`x in {1, 2}`) and by
// marshal (loading a frozenset re-adds its items one by one).

import { PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple, type PyConstant } from '../ast/nodes.js';
import { hashBytes, hashComplex, hashFloat, hashInt, hashStr, hashTuple } from './hash.js';
import { SetTable } from './hash-table/set-table.js';
import { INTERNED_AT_COMPILE } from './interned-strings.data.js';
import { strCodePoints } from './py-str.js';

/** hash(v) under PYTHONHASHSEED=0; undefined where CPython hashes by address (None, Ellipsis, NaN) or for frozensets. */
export function constantHash(v: PyConstant): bigint | undefined {
  switch (typeof v) {
    case 'boolean': return v ? 1n : 0n;
    case 'bigint': return hashInt(v);
    case 'number': return v !== v ? undefined : hashFloat(v);
    case 'string': return hashStr(strCodePoints(v));
    case 'symbol': return undefined;
  }
  if (v === null || v instanceof PyFrozenset) return undefined;
  if (v instanceof PyStrCodePoints) return hashStr(v.codePoints);
  if (v instanceof PyBytes) return hashBytes(v.bytes);
  if (v instanceof PyComplex) return v.real !== v.real || v.imag !== v.imag ? undefined : hashComplex(v.real, v.imag);
  if (v instanceof PyTuple) {
    const hashes = allHashes(v.items);
    return hashes === undefined ? undefined : hashTuple(hashes);
  }
  return undefined;
}

/** The hashes of all items, or undefined when one is unknown. */
function allHashes(items: readonly PyConstant[]): bigint[] | undefined {
  const hashes: bigint[] = [];
  for (const item of items) {
    const hash = constantHash(item);
    if (hash === undefined) return undefined;
    hashes.push(hash);
  }
  return hashes;
}

/** The real and imaginary parts of a number constant, or null for other types. */
function numberParts(v: PyConstant): [bigint | number, number] | null {
  if (typeof v === 'boolean') return [v ? 1n : 0n, 0];
  if (typeof v === 'bigint' || typeof v === 'number') return [v, 0];
  if (v instanceof PyComplex) return [v.real, v.imag];
  return null;
}

/** a == b in Python, for constants (numbers compare across types exactly). */
export function constantsEqual(a: PyConstant, b: PyConstant): boolean {
  if (a === b) return true;
  const na = numberParts(a);
  const nb = numberParts(b);
  // JS's == compares a bigint with a number by exact value, as Python does.
  if (na !== null || nb !== null) return na !== null && nb !== null && na[0] == nb[0] && na[1] === nb[1];
  if (a instanceof PyStrCodePoints && b instanceof PyStrCodePoints) return sameItems(a.codePoints, b.codePoints);
  if (a instanceof PyBytes && b instanceof PyBytes) return sameItems(a.bytes, b.bytes);
  if (a instanceof PyTuple && b instanceof PyTuple) {
    return a.items.length === b.items.length && a.items.every((x, i) => constantsEqual(x, b.items[i]!));
  }
  return false;
}

function sameItems(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The order a new set iterates `items` added one by one, given their hashes;
 * an item equal (by `equal`, identity by default) to an earlier one is dropped.
 */
export function setIterationOrder<T>(
  items: readonly T[], hashes: readonly bigint[], equal: (a: T, b: T) => boolean = (a, b) => a === b,
): T[] {
  const table = new SetTable<T>(equal);
  items.forEach((key, k) => {
    const h = hashes[k]!;
    table.add(key, Number(BigInt.asIntN(32, h)), Number(BigInt.asIntN(32, h >> 32n)));
  });
  return table.toArray();
}

/** Distinct constants in the order a set iterates them after adding `items` in order; the given order (first of equals kept) when a hash is unknown. */
export function constantSetOrder(items: readonly PyConstant[]): PyConstant[] {
  const hashes = allHashes(items);
  if (hashes !== undefined) return setIterationOrder(items, hashes, constantsEqual);
  const out: PyConstant[] = [];
  for (const item of items) if (!out.some((kept) => constantsEqual(kept, item))) out.push(item);
  return out;
}

/** A str of ASCII letters, digits and underscores (CPython's all_name_chars), which code objects intern. */
const NAME_LIKE = /^[A-Za-z0-9_]+$/;

/** The strs python3 has interned by the time `python3 -m dis` compiles a file (a generated table). */
let startupInterned: Set<string> | null = null;

const internedAtStartup = (s: string): boolean =>
  (startupInterned ??= new Set(INTERNED_AT_COMPILE.split(' ').filter((w) => w !== ''))).has(s);

/**
 * Would interning this frozenset item swap it for another object? Only a
 * name-like str is interned, and it is swapped when an equal str, a distinct
 * object, is interned already: one python3 interned at startup, or (for two
 * or more characters) an identifier of the module, which the parser interned.
 * A one-character str constant is the shared latin-1 singleton, which the
 * module's identifiers are too; python3's startup interned distinct objects
 * for some letters (those of its deep-frozen modules), which the table holds.
 */
function internSwaps(v: PyConstant, moduleInterned: (s: string) => boolean): boolean {
  if (typeof v !== 'string' || !NAME_LIKE.test(v)) return false;
  return internedAtStartup(v) || (v.length >= 2 && moduleInterned(v));
}

/**
 * The items of the frozenset constant that a 3.11 code object ends up with for
 * a set display of constants (`x in {a, b, c}`), in iteration order. The AST
 * optimizer builds a frozenset from the items in source order; the compiler's
 * constant merging (merge_consts_recursive) rebuilds it from that iteration
 * order. Creating the code object interns its str constants, and when that
 * replaces an item of the frozenset by an equal str interned earlier (by
 * identity, not by value), intern_string_constants rebuilds it once more.
 * `moduleInterned` says which strs the module being compiled has interned:
 * its identifiers. Each rebuild can move colliding items, so the order is
 * replayed as many times (checked against python3 over thousands of random
 * sets). Codegen must not reorder it.
 */
export function frozensetItems(
  items: readonly PyConstant[], moduleInterned: (s: string) => boolean = () => false,
): PyConstant[] {
  const order = constantSetOrder(constantSetOrder(items));
  return order.some((v) => internSwaps(v, moduleInterned)) ? constantSetOrder(order) : order;
}
