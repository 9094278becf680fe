// The Python 3.11 abstract syntax, declared once.
//
// This table plays the part of CPython's Parser/Python.asdl: every node kind,
// its fields in order with their types, and whether it carries positions.
// The parser builds nodes of these shapes, the dumper walks fields in this
// order, and the TypeScript types below are derived from the table, so a
// field added here reaches every consumer.
//
// Field type spelling: `T` one value, `T?` optional (null when absent),
// `T*` a list, `T?*` a list whose entries may be null (ASDL spells these `T*`
// too, but CPython stores None in them: Dict keys for `**d`, kw_defaults of
// keyword-only parameters without a default). Base types are the sums and products below, `identifier`,
// `string`, `int` and `constant`.
//
// In memory a node is a plain object `{ _type: 'Name', id, ctx, lineno, ... }`
// with its fields in table order, then the four position attributes. The
// simple enumerations (expr_context, operator, ...) are stored as their
// names, e.g. 'Load' or 'Add'.

/** Sum types: each maps its constructors to their fields. */
export const SUM_TYPES = {
  mod: {
    Module: { body: 'stmt*', type_ignores: 'type_ignore*' },
    Interactive: { body: 'stmt*' },
    Expression: { body: 'expr' },
    FunctionType: { argtypes: 'expr*', returns: 'expr' },
  },
  stmt: {
    FunctionDef: {
      name: 'identifier', args: 'arguments', body: 'stmt*', decorator_list: 'expr*',
      returns: 'expr?', type_comment: 'string?',
    },
    AsyncFunctionDef: {
      name: 'identifier', args: 'arguments', body: 'stmt*', decorator_list: 'expr*',
      returns: 'expr?', type_comment: 'string?',
    },
    ClassDef: { name: 'identifier', bases: 'expr*', keywords: 'keyword*', body: 'stmt*', decorator_list: 'expr*' },
    Return: { value: 'expr?' },
    Delete: { targets: 'expr*' },
    Assign: { targets: 'expr*', value: 'expr', type_comment: 'string?' },
    AugAssign: { target: 'expr', op: 'operator', value: 'expr' },
    AnnAssign: { target: 'expr', annotation: 'expr', value: 'expr?', simple: 'int' },
    For: { target: 'expr', iter: 'expr', body: 'stmt*', orelse: 'stmt*', type_comment: 'string?' },
    AsyncFor: { target: 'expr', iter: 'expr', body: 'stmt*', orelse: 'stmt*', type_comment: 'string?' },
    While: { test: 'expr', body: 'stmt*', orelse: 'stmt*' },
    If: { test: 'expr', body: 'stmt*', orelse: 'stmt*' },
    With: { items: 'withitem*', body: 'stmt*', type_comment: 'string?' },
    AsyncWith: { items: 'withitem*', body: 'stmt*', type_comment: 'string?' },
    Match: { subject: 'expr', cases: 'match_case*' },
    Raise: { exc: 'expr?', cause: 'expr?' },
    Try: { body: 'stmt*', handlers: 'excepthandler*', orelse: 'stmt*', finalbody: 'stmt*' },
    TryStar: { body: 'stmt*', handlers: 'excepthandler*', orelse: 'stmt*', finalbody: 'stmt*' },
    Assert: { test: 'expr', msg: 'expr?' },
    Import: { names: 'alias*' },
    ImportFrom: { module: 'identifier?', names: 'alias*', level: 'int?' },
    Global: { names: 'identifier*' },
    Nonlocal: { names: 'identifier*' },
    Expr: { value: 'expr' },
    Pass: {},
    Break: {},
    Continue: {},
  },
  expr: {
    BoolOp: { op: 'boolop', values: 'expr*' },
    NamedExpr: { target: 'expr', value: 'expr' },
    BinOp: { left: 'expr', op: 'operator', right: 'expr' },
    UnaryOp: { op: 'unaryop', operand: 'expr' },
    Lambda: { args: 'arguments', body: 'expr' },
    IfExp: { test: 'expr', body: 'expr', orelse: 'expr' },
    Dict: { keys: 'expr?*', values: 'expr*' },
    Set: { elts: 'expr*' },
    ListComp: { elt: 'expr', generators: 'comprehension*' },
    SetComp: { elt: 'expr', generators: 'comprehension*' },
    DictComp: { key: 'expr', value: 'expr', generators: 'comprehension*' },
    GeneratorExp: { elt: 'expr', generators: 'comprehension*' },
    Await: { value: 'expr' },
    Yield: { value: 'expr?' },
    YieldFrom: { value: 'expr' },
    Compare: { left: 'expr', ops: 'cmpop*', comparators: 'expr*' },
    Call: { func: 'expr', args: 'expr*', keywords: 'keyword*' },
    FormattedValue: { value: 'expr', conversion: 'int', format_spec: 'expr?' },
    JoinedStr: { values: 'expr*' },
    Constant: { value: 'constant', kind: 'string?' },
    Attribute: { value: 'expr', attr: 'identifier', ctx: 'expr_context' },
    Subscript: { value: 'expr', slice: 'expr', ctx: 'expr_context' },
    Starred: { value: 'expr', ctx: 'expr_context' },
    Name: { id: 'identifier', ctx: 'expr_context' },
    List: { elts: 'expr*', ctx: 'expr_context' },
    Tuple: { elts: 'expr*', ctx: 'expr_context' },
    Slice: { lower: 'expr?', upper: 'expr?', step: 'expr?' },
  },
  excepthandler: {
    ExceptHandler: { type: 'expr?', name: 'identifier?', body: 'stmt*' },
  },
  pattern: {
    MatchValue: { value: 'expr' },
    MatchSingleton: { value: 'constant' },
    MatchSequence: { patterns: 'pattern*' },
    MatchMapping: { keys: 'expr*', patterns: 'pattern*', rest: 'identifier?' },
    MatchClass: { cls: 'expr', patterns: 'pattern*', kwd_attrs: 'identifier*', kwd_patterns: 'pattern*' },
    MatchStar: { name: 'identifier?' },
    MatchAs: { pattern: 'pattern?', name: 'identifier?' },
    MatchOr: { patterns: 'pattern*' },
  },
  type_ignore: {
    TypeIgnore: { lineno: 'int', tag: 'string' },
  },
} as const;

/** Product types: a single constructor named after the type. */
export const PRODUCT_TYPES = {
  comprehension: { target: 'expr', iter: 'expr', ifs: 'expr*', is_async: 'int' },
  arguments: {
    posonlyargs: 'arg*', args: 'arg*', vararg: 'arg?', kwonlyargs: 'arg*',
    kw_defaults: 'expr?*', kwarg: 'arg?', defaults: 'expr*',
  },
  arg: { arg: 'identifier', annotation: 'expr?', type_comment: 'string?' },
  keyword: { arg: 'identifier?', value: 'expr' },
  alias: { name: 'identifier', asname: 'identifier?' },
  withitem: { context_expr: 'expr', optional_vars: 'expr?' },
  match_case: { pattern: 'pattern', guard: 'expr?', body: 'stmt*' },
} as const;

/** Enumerations without fields; a node stores the constructor's name. */
export const ENUM_TYPES = {
  expr_context: ['Load', 'Store', 'Del'],
  boolop: ['And', 'Or'],
  operator: ['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'],
  unaryop: ['Invert', 'Not', 'UAdd', 'USub'],
  cmpop: ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'],
} as const;

/** The position attributes, in CPython's order. */
export const POSITION_ATTRIBUTES = ['lineno', 'col_offset', 'end_lineno', 'end_col_offset'] as const;

/** Types whose nodes carry positions (`_attributes` in CPython's ast module). */
export const POSITIONED_TYPES: ReadonlySet<string> = new Set([
  'stmt', 'expr', 'excepthandler', 'pattern', 'arg', 'keyword', 'alias',
]);

// ---------------------------------------------------------------------------
// Constants. Python values that can appear in Constant and MatchSingleton.

/** A Python `bytes` value. */
export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/** A Python `complex` literal (the parser only ever makes pure imaginary ones). */
export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

/** A str constant that a JS string cannot hold faithfully: it contains a high surrogate followed by a
 *  low surrogate as two separate code points (from escapes), which UTF-16 would fuse into one character. */
export class PyStrCodePoints {
  constructor(readonly codePoints: readonly number[]) {}
}

/** A tuple constant: made by constant folding (`(1, 2)`), never by the parser itself. */
export class PyTuple {
  constructor(readonly items: readonly PyConstant[]) {}
}

/** A frozenset constant, made by constant folding (`x in {1, 2}`); items in CPython's iteration order. */
export class PyFrozenset {
  constructor(readonly items: readonly PyConstant[]) {}
}

/** The `Ellipsis` singleton. */
export const ELLIPSIS: unique symbol = Symbol('Ellipsis');

/**
 * A constant: None (null), bool, int (bigint: ints are always bigint so that
 * `1` and `1.0` stay distinct), float (number), complex, str (a JS string, or
 * PyStrCodePoints in the rare case UTF-16 cannot express), bytes, Ellipsis,
 * and tuples/frozensets (only built by later constant folding).
 */
export type PyConstant =
  | null | boolean | bigint | number | string | PyStrCodePoints | PyBytes | PyComplex
  | PyTuple | PyFrozenset | typeof ELLIPSIS;

// ---------------------------------------------------------------------------
// Types derived from the tables.

type Sums = typeof SUM_TYPES;
type Products = typeof PRODUCT_TYPES;
type Enums = typeof ENUM_TYPES;

type Positions = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

/** The TypeScript type of one field, from its spelling in the table. */
type FieldType<S> = S extends `${infer B}?*`
  ? (BaseType<B> | null)[]
  : S extends `${infer B}*`
  ? BaseType<B>[]
  : S extends `${infer B}?`
    ? BaseType<B> | null
    : BaseType<S>;

type BaseType<B> = B extends 'identifier' | 'string'
  ? string
  : B extends 'int'
    ? number
    : B extends 'constant'
      ? PyConstant
      : B extends keyof Enums
        ? Enums[B][number]
        : B extends keyof Sums
          ? SumNode<B>
          : B extends keyof Products
            ? ProductNode<B>
            : never;

type Fields<F> = { -readonly [K in keyof F]: FieldType<F[K]> };
// Only the types listed in POSITIONED_TYPES carry positions (not mod, type_ignore,
// comprehension, arguments, withitem, match_case).
type WithPositions<T extends string, N> = T extends 'stmt' | 'expr' | 'excepthandler' | 'pattern' | 'arg' | 'keyword' | 'alias'
  ? N & Positions
  : N;

/** A node of one constructor of a sum type, e.g. `NodeOf<'expr', 'Name'>`. */
export type NodeOf<T extends keyof Sums, K extends keyof Sums[T]> = WithPositions<
  T,
  { _type: K } & Fields<Sums[T][K]>
>;

/** Any node of a sum type, e.g. `SumNode<'expr'>`. */
export type SumNode<T extends keyof Sums> = { [K in keyof Sums[T]]: NodeOf<T, K> }[keyof Sums[T]];

/** A node of a product type, e.g. `ProductNode<'arguments'>`. */
export type ProductNode<T extends keyof Products> = WithPositions<T, { _type: T } & Fields<Products[T]>>;

export type Mod = SumNode<'mod'>;
export type Stmt = SumNode<'stmt'>;
export type Expr = SumNode<'expr'>;
export type ExceptHandler = SumNode<'excepthandler'>;
export type Pattern = SumNode<'pattern'>;
export type TypeIgnore = SumNode<'type_ignore'>;
export type Comprehension = ProductNode<'comprehension'>;
export type Arguments = ProductNode<'arguments'>;
export type Arg = ProductNode<'arg'>;
export type Keyword = ProductNode<'keyword'>;
export type Alias = ProductNode<'alias'>;
export type WithItem = ProductNode<'withitem'>;
export type MatchCase = ProductNode<'match_case'>;
export type ExprContext = Enums['expr_context'][number];
export type BoolOpKind = Enums['boolop'][number];
export type OperatorKind = Enums['operator'][number];
export type UnaryOpKind = Enums['unaryop'][number];
export type CmpOpKind = Enums['cmpop'][number];

/** Any AST node. */
export type AstNode = Mod | Stmt | Expr | ExceptHandler | Pattern | TypeIgnore | {
  [K in keyof Products]: ProductNode<K>;
}[keyof Products];

/** Field names of a node kind in declaration order (constructor name or product name). */
export const FIELDS_OF: ReadonlyMap<string, readonly string[]> = new Map([
  ...Object.values(SUM_TYPES).flatMap((ctors) =>
    Object.entries(ctors).map(([name, fields]) => [name, Object.keys(fields)] as [string, string[]]),
  ),
  ...Object.entries(PRODUCT_TYPES).map(([name, fields]) => [name, Object.keys(fields)] as [string, string[]]),
]);

/** The type (sum or product name) each constructor belongs to. */
export const TYPE_OF: ReadonlyMap<string, string> = new Map([
  ...Object.entries(SUM_TYPES).flatMap(([type, ctors]) =>
    Object.keys(ctors).map((name) => [name, type] as [string, string]),
  ),
  ...Object.keys(PRODUCT_TYPES).map((name) => [name, name] as [string, string]),
]);
