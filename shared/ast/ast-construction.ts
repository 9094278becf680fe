// The depth limit of ast.parse's last step: turning the parser's C tree into
// Python `ast` objects (ast2obj in Python/Python-ast.c).
//
// CPython 3.11.7 converts the tree recursively and counts one level per node
// (every node with a type: mod, stmt, expr, pattern, excepthandler and the
// product types arguments, arg, keyword, comprehension, withitem, match_case,
// alias, type_ignore; not the operator and context singletons). The budget is
// three levels per Python frame: the limit is 3 * sys.getrecursionlimit() and
// the count starts at 3 * the Python recursion depth of the compile() call.
// Going past it raises RecursionError "maximum recursion depth exceeded during
// ast construction". Measured against python3: `'-' * n + 'x'` (n + 3 nodes
// deep in exec mode) fails from n = 2986 at depth 4 and from n = 2977 under
// `python3 -m ast` (depth 7); every node kind above adds one level.

import { PY_RECURSION_LIMIT } from './dump.js';

/** Levels ast2obj counts per Python frame (COMPILER_STACK_FRAME_SCALE). */
const FRAME_SCALE = 3;

/** The RecursionError that ast2obj raises on too deep a tree. */
export class AstConstructionRecursionError extends Error {
  readonly pyType = 'RecursionError';
  constructor() {
    super('maximum recursion depth exceeded during ast construction');
  }
}

/**
 * Throws AstConstructionRecursionError when converting `tree` to Python objects
 * would go past ast2obj's limit, for a compile() called at Python recursion
 * depth `pythonDepth`.
 */
export function checkAstConstructionDepth(tree: object, pythonDepth: number, recursionLimit = PY_RECURSION_LIMIT): void {
  const budget = FRAME_SCALE * recursionLimit - FRAME_SCALE * pythonDepth;
  if (deeperThan(tree, budget)) throw new AstConstructionRecursionError();
}

/** True when the subtree at `node` is more than `budget` nodes deep. Recursion stops at the budget. */
function deeperThan(node: object, budget: number): boolean {
  if (budget <= 0) return true;
  const fields = node as Record<string, unknown>;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item) && deeperThan(item, budget - 1)) return true;
    } else if (isNode(value) && deeperThan(value, budget - 1)) {
      return true;
    }
  }
  return false;
}

/** AST nodes carry `_type`; constants' values (bytes, complex, tuples) do not. */
function isNode(value: unknown): value is object {
  return typeof value === 'object' && value !== null && '_type' in value;
}
