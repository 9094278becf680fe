// How deep CPython's parser would be: a model of pegen's `p->level`, so that
// deeply nested programs fail with python3's MemoryError, never with a
// JavaScript stack overflow.
//
// CPython 3.11's generated parser counts every rule call in `p->level` and gives
// up with MemoryError when a call would go past MAXSTACK (6000) frames. Our
// parser is not pegen (it decides by lookahead and has far fewer frames), so it
// keeps `Parser.level`: the pegen level of the innermost atom that the parse is
// heading for, in absolute frames. Pegen descends the whole rule chain
// (expression, disjunction, ..., primary, atom) before it looks at a token, so
// every nesting construct is followed by a visit at that leaf level, and
// checking when the level grows (`Parser.nest`) finds the same first failure.
// The costs below were measured by bisecting python3's MemoryError threshold
// over `-` chains placed in each position (`'-' * n + 'x'` costs n + base): the
// deepest frame of a construct depends on the alternatives pegen tries first and
// on its memo tables, so the figures are per position, not per rule.
// Known simplification: on an input that is also a syntax error, CPython's
// second (error-reporting) pass goes 3 to 8 frames deeper through its invalid_*
// rules; we keep the first pass's figures, so within that window python3 says
// MemoryError where we report the SyntaxError. Assignment targets, patterns and
// `del` targets add nothing of their own.
//
// The JS stack: chains that nest without brackets (unary operators, `not`,
// `**`, lambda bodies, `else` parts, elif) are read in loops, so the parser's
// own recursion only follows brackets (at most 200 levels, the tokenizer's
// limit), blocks (100 indentation levels) and lambda defaults (pegen stops
// them at 747): a default Node stack holds all of these with room to spare.

/** A pegen call that would make the level exceed this raises MemoryError. */
export const MAX_LEVEL = 6000;

/** The leaf level of an expression at the start of each kind of input. */
export const BASE_LEVEL = {
  /** An expression statement of a file (exec mode), and so every simple statement's base. */
  exec: 31,
  eval: 25,
  single: 29,
  func_type: 24, // its `-> E`
  /** The f-string sub-parser starts from level 0 and reads `(expr)`: 26 + the group's 28 = 54. */
  fstring: 26,
} as const;

/**
 * Frames that each construct adds between the leaf level of its own position
 * and that of its operand (the innermost atom it leads to).
 */
export const LEVEL_COST = {
  // Chains that nest without brackets.
  unary: 1, // factor: '-' factor
  not: 1, // inversion: 'not' inversion
  power: 2, // power: await_primary '**' factor
  lambdaBody: 2, // expression -> lambdef -> expression
  lambdaDefault: 8, // lambda_params ... default -> expression
  ifElse: 1, // expression: disjunction 'if' disjunction 'else' expression
  elifLink: 1, // elif_stmt: 'elif' named_expression ':' block elif_stmt
  compareRight: 3, // compare_op_bitwise_or_pair -> *_bitwise_or -> bitwise_or
  boolRight: 2, // ('or' conjunction)+ / ('and' inversion)+
  yieldValue: 1,
  /** A '*' element reads bitwise_or directly, skipping the frames above it. */
  starElement: -6,
  starExpression: -5,
  typeExpression: 2, // func_type's argument types
  starExpressionsLater: 2, // `a, E`: star_expressions' (',' star_expression)+ loop
  // Brackets: the first element, then the second, then any later one.
  group: 28, // '(' ... ')': tuple, group, genexp element
  tuple2: 30,
  tuple3: 31,
  list: 29, // '[' ']', '{' '}': list, set, dict key or value, comprehension element
  list2: 30,
  compIter: 27, // for_if_clause: 'in' disjunction
  compIf: 29,
  call: 24, // primary '(' ... ')': first positional argument (or genexp element)
  callGenexpIter: 25, // `f(a for a in E)`
  callLater: 28,
  callKeyword: 27, // first argument when it is 'k=', '*' or '**'
  subscript: 24, // primary '[' ... ']': first slice, its bounds
  sliceStep: 25,
  subscriptLater: 27,
  subscriptStar: 26,
  /**
   * At the start of a statement, pegen first tries the expression as an
   * assignment target (t_primary, star_atom), which parses the brackets of the
   * leading primary that many frames higher up and memoizes them.
   */
  statementStartDiscount: 19,
  assignValueStartDiscount: 18,
  /** `((...` at a statement's start: star_atom takes the outer '(' for 1 frame. */
  statementDoubleParen: 1,
} as const;

/** Frames a statement adds to the leaf level of the block it is in, by what the expression is. */
export const STATEMENT_COST = {
  expression: 0,
  assignValue: 2, // `x = E`, `x += E`
  annotatedValue: 3,
  returnValue: 1,
  yieldStatement: 1, // plus LEVEL_COST.yieldValue
  raiseOrAssert: -1,
  ifTest: -1, // if / elif / while conditions
  matchSubject: 1,
  decorator: 2,
  paramDefault: 5,
  paramAnnotation: 6,
  classArguments: 5,
} as const;

/** Frames from a compound statement's header to the statements of its block (NEWLINE INDENT form). */
export const BLOCK_COST = {
  plain: 6, // if, for, while, with, try bodies
  orElse: 7, // else and finally bodies, def and class bodies (an elif body: plain + LEVEL_COST.elifLink)
  except: 8,
  case: 8,
  /** A block written on the header's line (simple_stmts) is this many frames shallower. */
  sameLineSaving: 3,
} as const;

/** The MemoryError pegen raises past MAXSTACK; it prints as `MemoryError`. */
export class ParserMemoryError extends Error {
  readonly pyType = 'MemoryError';
  constructor() {
    super('');
  }
}
