// How targeted error messages name an expression, and which part of a would-be
// target is not assignable.
//
// `exprName` is pegen's _PyPegen_get_expr_name: the words that fill "cannot
// assign to %s" ("function call", "literal", "comparison", ...). `invalidTarget`
// is _PyPegen_get_invalid_target: it walks a tuple/list/starred expression that
// was parsed where a target belongs and returns the first sub-expression that
// cannot be assigned to (or deleted), or null when every part is a valid target.
// The names are one table so that the message texts stay in one place.

import { ELLIPSIS, type Expr } from '../../ast/nodes.js';

/** The noun CPython uses for each expression kind (Constant is refined by `exprName`). */
const EXPR_NAMES: Readonly<Record<Expr['_type'], string>> = {
  Attribute: 'attribute',
  Subscript: 'subscript',
  Starred: 'starred',
  Name: 'name',
  List: 'list',
  Tuple: 'tuple',
  Lambda: 'lambda',
  Call: 'function call',
  BoolOp: 'expression',
  BinOp: 'expression',
  UnaryOp: 'expression',
  GeneratorExp: 'generator expression',
  Yield: 'yield expression',
  YieldFrom: 'yield expression',
  Await: 'await expression',
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  Dict: 'dict literal',
  Set: 'set display',
  JoinedStr: 'f-string expression',
  FormattedValue: 'f-string expression',
  Constant: 'literal',
  Compare: 'comparison',
  IfExp: 'conditional expression',
  NamedExpr: 'named expression',
  // Never reaches a message in CPython (a slice is not an expression there).
  Slice: 'slice',
};

/** _PyPegen_get_expr_name: "None"/"True"/"False"/"ellipsis" for those constants, else the kind's noun. */
export function exprName(e: Expr): string {
  if (e._type === 'Constant') {
    const v = e.value;
    if (v === null) return 'None';
    if (v === true) return 'True';
    if (v === false) return 'False';
    if (v === ELLIPSIS) return 'ellipsis';
  }
  return EXPR_NAMES[e._type];
}

/** Where a target appears: `x = ...`/`with ... as x` (star), `for x in` (for), `del x` (del). */
export type TargetsKind = 'star' | 'for' | 'del';

/** _PyPegen_get_invalid_target: the first part of `e` that cannot be a target of this kind, or null. */
export function invalidTarget(e: Expr, kind: TargetsKind): Expr | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      // Only lists and tuples can hold valid targets when parsed as expressions.
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      // `for a in b` reaches here parsed as the comparison `a in b`: look at its left side.
      if (kind === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}
