// The AST optimizer: CPython 3.11's constant folding (Python/ast_opt.c), run
// between parsing and the symtable.
//
// It walks the tree bottom-up and rewrites nodes in place: operators on
// constants become constants (within the size guards of safe-ops.ts), tuple
// displays of constants become tuple constants, `x in [..]`/`for x in [..]`
// get a tuple (or frozenset for a set display), `not (a is b)` becomes
// `a is not b`, `'%s' % (x,)` becomes an f-string, and `__debug__` becomes
// True or False. Which fields are walked comes from the node table; the
// folds hang off the node kinds in FOLDS. Nesting deeper than the compiler's
// recursion limit raises CompileRecursionError, as CPython does.

import {
  FIELDS_OF, PRODUCT_TYPES, PyFrozenset, PyTuple, SUM_TYPES, TYPE_OF,
  type Expr, type Mod, type NodeOf, type PyConstant, type Stmt,
} from '../ast/nodes.js';
import { frozensetItems } from '../kernels/set-order.js';
import { subscript, unaryOp } from './ast-optimizer/constant-ops.js';
import { becomeConstant, overwriteNode } from './ast-optimizer/node-edit.js';
import { percentFormatAsJoinedStr } from './ast-optimizer/percent-format.js';
import { moduleInterned } from './ast-optimizer/identifiers.js';
import { RecursionGuard } from './ast-optimizer/recursion.js';
import { NO_FOLD, foldBinary, noFoldOnPythonError, type FoldResult } from './ast-optimizer/safe-ops.js';

export { CompileRecursionError } from './ast-optimizer/recursion.js';

export interface OptimizeOptions {
  /** The -O level: 0 keeps `__debug__` True, 1 or more makes it False. */
  optimize: number;
  /** `from __future__ import annotations` is in effect (annotations are then left as written). Detected when omitted. */
  futureAnnotations?: boolean;
  /** sys.getrecursionlimit() (default 1000). */
  recursionLimit?: number;
  /** Python frames on the stack of the compile() call being modelled (default 0: compiling a script). */
  callerDepth?: number;
}

type AnyNode = { _type: string } & Record<string, unknown>;

/** What the folds need besides the node: the -O level, and which strs are interned while the module compiles. */
interface FoldContext {
  readonly optimize: number;
  readonly interned: (s: string) => boolean;
}

/** Child slots of each node kind: field name and whether it holds a list. */
const CHILD_FIELDS: ReadonlyMap<string, readonly (readonly [string, boolean])[]> = new Map(
  [...FIELDS_OF].map(([kind, fields]) => [kind, fields.flatMap((f) => childSlot(kind, f))]),
);

function childSlot(kind: string, field: string): (readonly [string, boolean])[] {
  const type = TYPE_OF.get(kind)!;
  const table = (type in SUM_TYPES
    ? (SUM_TYPES as Record<string, Record<string, Record<string, string>>>)[type]![kind]
    : (PRODUCT_TYPES as Record<string, Record<string, string>>)[kind])!;
  const spelling = table[field]!;
  const base = spelling.replace(/[?*]+$/, '');
  const isNode = base in SUM_TYPES || base in PRODUCT_TYPES;
  return isNode ? [[field, spelling.endsWith('*')]] : [];
}

/** Node types whose nesting counts against the recursion limit. */
const COUNTED_TYPES: ReadonlySet<string> = new Set(['stmt', 'expr', 'pattern']);

/** Kinds whose `body` is checked for a docstring created by folding. */
const DOCSTRING_OWNERS: ReadonlySet<string> = new Set(['Module', 'FunctionDef', 'AsyncFunctionDef', 'ClassDef']);

/** Annotation slots, left unfolded under `from __future__ import annotations`. */
const ANNOTATION_FIELDS: ReadonlyMap<string, string> = new Map([
  ['arg', 'annotation'], ['FunctionDef', 'returns'], ['AsyncFunctionDef', 'returns'], ['AnnAssign', 'annotation'],
]);

/**
 * One step of the walk. The walk keeps its own stack rather than recursing,
 * because CPython allows about 3000 levels of nesting and JS frames would run
 * out first: a node is entered (its children queued), later exited (its fold
 * applied), and a docstring-owning body is checked once its statements are done.
 */
type Task =
  | { step: 'enter'; node: AnyNode }
  | { step: 'exit'; node: AnyNode; counted: boolean }
  | { step: 'body'; body: Stmt[]; hadDocstring: boolean };

class Folder implements FoldContext {
  constructor(
    readonly optimize: number,
    /** The module's identifiers, which frozenset orders depend on (identifiers.ts). */
    readonly interned: (s: string) => boolean,
    private readonly futureAnnotations: boolean,
    private readonly guard: RecursionGuard,
  ) {}

  run(root: AnyNode): void {
    const stack: Task[] = [{ step: 'enter', node: root }];
    for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
      if (task.step === 'enter') this.enter(task.node, stack);
      else if (task.step === 'exit') this.exit(task.node, task.counted);
      else guardDocstring(task.body, task.hadDocstring);
    }
  }

  private enter(node: AnyNode, stack: Task[]): void {
    const counted = COUNTED_TYPES.has(TYPE_OF.get(node._type)!);
    if (counted) this.guard.enter();
    stack.push({ step: 'exit', node, counted });
    // Children are pushed last-first so that they are visited in field order.
    const skipped = this.futureAnnotations ? ANNOTATION_FIELDS.get(node._type) : undefined;
    const slots = CHILD_FIELDS.get(node._type)!;
    for (let s = slots.length - 1; s >= 0; s--) {
      const [field, isList] = slots[s]!;
      const value = node[field];
      if (field === skipped || value === null) continue;
      if (!isList) {
        stack.push({ step: 'enter', node: value as AnyNode });
        continue;
      }
      const list = value as (AnyNode | null)[];
      if (field === 'body' && DOCSTRING_OWNERS.has(node._type)) {
        stack.push({ step: 'body', body: list as unknown as Stmt[], hadDocstring: docstringOf(list as unknown as Stmt[]) !== null });
      }
      for (let i = list.length - 1; i >= 0; i--) if (list[i] !== null) stack.push({ step: 'enter', node: list[i]! });
    }
  }

  private exit(node: AnyNode, counted: boolean): void {
    FOLDS[node._type]?.(node as never, this);
    if (counted) this.guard.leave();
  }
}

/** A body whose first statement became a str constant by folding must not gain a docstring. */
function guardDocstring(body: Stmt[], hadDocstring: boolean): void {
  const first = docstringOf(body);
  if (hadDocstring || first === null) return;
  const { lineno, col_offset, end_lineno, end_col_offset } = first;
  first.value = { _type: 'JoinedStr', values: [first.value], lineno, col_offset, end_lineno, end_col_offset };
}

/** The docstring statement of a body (an expression statement of a str constant), or null. */
function docstringOf(body: readonly Stmt[]): NodeOf<'stmt', 'Expr'> | null {
  const first = body[0];
  if (first?._type !== 'Expr' || first.value._type !== 'Constant') return null;
  const v = first.value.value;
  return typeof v === 'string' || (v !== null && typeof v === 'object' && 'codePoints' in v) ? first : null;
}

/** Applies a fold's result: a constant replaces the node, NO_FOLD leaves it. */
function settle(node: Expr, result: FoldResult): void {
  if (result !== NO_FOLD) becomeConstant(node, result);
}

const constantOf = (e: Expr): PyConstant | typeof NO_FOLD => (e._type === 'Constant' ? e.value : NO_FOLD);

/** `not` swapped into a single comparison whose operator has an exact opposite. */
const NEGATED_COMPARISON: Partial<Record<string, 'Is' | 'IsNot' | 'In' | 'NotIn'>> = {
  Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In',
};

function foldUnaryOp(node: NodeOf<'expr', 'UnaryOp'>): void {
  const operand = node.operand;
  if (operand._type === 'Constant') {
    try {
      settle(node, unaryOp(node.op, operand.value));
    } catch (e) {
      noFoldOnPythonError(e);
    }
  } else if (node.op === 'Not' && operand._type === 'Compare' && operand.ops.length === 1) {
    const negated = NEGATED_COMPARISON[operand.ops[0]!];
    if (negated !== undefined) {
      operand.ops[0] = negated;
      overwriteNode(node, operand); // the comparison, with its own position, replaces the `not`
    }
  }
}

function foldBinOp(node: NodeOf<'expr', 'BinOp'>): void {
  const left = constantOf(node.left);
  if (left === NO_FOLD) return;
  if (node.op === 'Mod' && node.right._type === 'Tuple' && isStr(left)) {
    const joined = percentFormatAsJoinedStr(left, node.right.elts, node);
    if (joined !== null) overwriteNode(node, joined);
    return;
  }
  const right = constantOf(node.right);
  if (right !== NO_FOLD) settle(node, foldBinary(node.op, left, right));
}

function isStr(v: PyConstant): v is string {
  return typeof v === 'string' || (v !== null && typeof v === 'object' && 'codePoints' in v);
}

/** The values of a list of expressions when all are constants, else null. */
function constantItems(elts: readonly Expr[]): PyConstant[] | null {
  const out: PyConstant[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    out.push(e.value);
  }
  return out;
}

function foldTuple(node: NodeOf<'expr', 'Tuple'>): void {
  if (node.ctx !== 'Load') return;
  const items = constantItems(node.elts);
  if (items !== null) becomeConstant(node, new PyTuple(items));
}

function foldSubscript(node: NodeOf<'expr', 'Subscript'>): void {
  if (node.ctx !== 'Load' || node.value._type !== 'Constant' || node.slice._type !== 'Constant') return;
  try {
    settle(node, subscript(node.value.value, node.slice.value));
  } catch (e) {
    noFoldOnPythonError(e);
  }
}

/**
 * The iterable of `for`, of a comprehension, or the right side of `in`: a
 * list display becomes a tuple display (a constant one if it can), a set
 * display of constants a frozenset.
 */
function foldIter(node: Expr, ctx: FoldContext): void {
  if (node._type === 'List') {
    if (node.elts.some((e) => e._type === 'Starred')) return;
    const tuple = node as unknown as Record<string, unknown>;
    tuple._type = 'Tuple'; // same fields (elts, ctx), so the layout stays right
    const items = constantItems(node.elts);
    if (items !== null) becomeConstant(node, new PyTuple(items));
  } else if (node._type === 'Set') {
    const items = constantItems(node.elts);
    if (items !== null) becomeConstant(node, new PyFrozenset(frozensetItems(items, ctx.interned)));
  }
}

function foldCompare(node: NodeOf<'expr', 'Compare'>, ctx: FoldContext): void {
  const last = node.ops.length - 1;
  const op = node.ops[last];
  if (op === 'In' || op === 'NotIn') foldIter(node.comparators[last]!, ctx);
}

function foldName(node: NodeOf<'expr', 'Name'>, ctx: FoldContext): void {
  if (node.ctx === 'Load' && node.id === '__debug__') becomeConstant(node, ctx.optimize === 0);
}

/** The fold applied to each node kind once its children are folded. */
const FOLDS: Record<string, ((node: never, ctx: FoldContext) => void) | undefined> = {
  UnaryOp: foldUnaryOp,
  BinOp: foldBinOp,
  Tuple: foldTuple,
  Subscript: foldSubscript,
  Compare: foldCompare,
  Name: foldName,
  For: (node: NodeOf<'stmt', 'For'>, ctx: FoldContext) => foldIter(node.iter, ctx),
  comprehension: (node: { iter: Expr }, ctx: FoldContext) => foldIter(node.iter, ctx),
};

/** Does the module start (after its docstring) with `from __future__ import annotations`? */
export function hasFutureAnnotations(mod: Mod): boolean {
  if (mod._type !== 'Module') return false;
  const body = mod.body;
  let i = docstringOf(body) !== null ? 1 : 0;
  for (; i < body.length; i++) {
    const stmt = body[i]!;
    if (stmt._type !== 'ImportFrom' || stmt.module !== '__future__') break;
    if (stmt.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}

/** Folds constants in `mod`, in place (nodes are rewritten, not copied); returns mod. */
export function optimizeAst(mod: Mod, options: OptimizeOptions): Mod {
  const future = options.futureAnnotations ?? hasFutureAnnotations(mod);
  const folder = new Folder(options.optimize, moduleInterned(mod), future, new RecursionGuard(options.recursionLimit, options.callerDepth));
  // CPython does not fold FunctionType (func_type_input) at all.
  if (mod._type !== 'FunctionType') folder.run(mod as unknown as AnyNode);
  return mod;
}
