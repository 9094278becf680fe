// In-place rewriting of AST nodes, as CPython's folder rewrites its C structs:
// a folded expression object becomes a Constant (keeping its position), or
// takes over another node's contents. Rewriting in place means parents need
// no updating, and nodes keep the documented layout: fields in table order,
// then the four positions.

import { POSITION_ATTRIBUTES, type Expr, type PyConstant } from '../../ast/nodes.js';

type Mutable = Record<string, unknown>;

/** Replaces every property of `node` by those of `source`, in source's order. */
export function overwriteNode(node: Expr, source: object): void {
  const target = node as unknown as Mutable;
  const copy = { ...(source as Mutable) }; // source may be a child of node
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, copy);
}

/** Turns `node` into Constant(value) at the same position. */
export function becomeConstant(node: Expr, value: PyConstant): void {
  const position = Object.fromEntries(POSITION_ATTRIBUTES.map((k) => [k, (node as unknown as Mutable)[k]]));
  overwriteNode(node, { _type: 'Constant', value, kind: null, ...position });
}
