// The identifiers of a module: every name its parser turned into an
// identifier (variables, attributes, parameters, keywords, imports...).
// CPython's parser interns each of them, so while the module compiles an
// interned str equal to each exists. That matters for frozenset constants:
// a code object interns its str constants, and a frozenset whose str item is
// replaced by an equal, already interned str gets rebuilt, which can change
// its iteration order (see frozensetItems in shared/kernels/set-order.ts).
// Which fields hold identifiers comes from the node table.

import { PRODUCT_TYPES, SUM_TYPES } from '../../ast/nodes.js';

type AnyNode = { _type: string } & Record<string, unknown>;

/** For each node kind, its fields typed `identifier`, `identifier?` or `identifier*`. */
const IDENTIFIER_FIELDS: ReadonlyMap<string, readonly string[]> = new Map(
  [...Object.values(SUM_TYPES).flatMap((ctors) => Object.entries(ctors)), ...Object.entries(PRODUCT_TYPES)]
    .map(([kind, fields]) => [
      kind,
      Object.entries(fields as Record<string, string>).filter(([, type]) => type.startsWith('identifier')).map(([f]) => f),
    ] as [string, string[]]),
);

const isNode = (v: unknown): v is AnyNode => typeof v === 'object' && v !== null && '_type' in v;

/** Adds an identifier; a dotted import name adds each of its parts, which were separate tokens. */
function addName(out: Set<string>, name: string): void {
  out.add(name);
  if (name.includes('.')) for (const part of name.split('.')) out.add(part);
}

/** All identifiers of the tree under `root` (walked without recursion: trees can be deep). */
export function moduleIdentifiers(root: object): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) { for (const item of value) stack.push(item); continue; }
    if (!isNode(value)) continue;
    const named = IDENTIFIER_FIELDS.get(value._type) ?? [];
    for (const [field, child] of Object.entries(value)) {
      if (named.includes(field)) {
        if (typeof child === 'string') addName(out, child);
        else if (Array.isArray(child)) for (const n of child) if (typeof n === 'string') addName(out, n);
      } else if (typeof child === 'object' && child !== null) {
        stack.push(child);
      }
    }
  }
  return out;
}

/**
 * A test for "the parser interned this str" over `mod`'s identifiers,
 * collected on first use (most modules never ask). frozensetItems takes it.
 */
export function moduleInterned(mod: object): (s: string) => boolean {
  let names: Set<string> | null = null;
  return (s) => (names ??= moduleIdentifiers(mod)).has(s);
}
