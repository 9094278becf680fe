// The token vocabulary of Python 3.11, declared once.
//
// Every token kind has a number (the same numbers CPython's `token` module uses,
// so `tokenize -e` output and any marshalled data agree) and a name. Operators
// also carry their spelling; the exact-type lookup, the operator matcher of the
// lexers and the `tok_name` table are all derived from this one list.

/** [name, spelling] in token-number order; spelling is null for non-operators. */
const TOKEN_TABLE = [
  ['ENDMARKER', null],
  ['NAME', null],
  ['NUMBER', null],
  ['STRING', null],
  ['NEWLINE', null],
  ['INDENT', null],
  ['DEDENT', null],
  ['LPAR', '('],
  ['RPAR', ')'],
  ['LSQB', '['],
  ['RSQB', ']'],
  ['COLON', ':'],
  ['COMMA', ','],
  ['SEMI', ';'],
  ['PLUS', '+'],
  ['MINUS', '-'],
  ['STAR', '*'],
  ['SLASH', '/'],
  ['VBAR', '|'],
  ['AMPER', '&'],
  ['LESS', '<'],
  ['GREATER', '>'],
  ['EQUAL', '='],
  ['DOT', '.'],
  ['PERCENT', '%'],
  ['LBRACE', '{'],
  ['RBRACE', '}'],
  ['EQEQUAL', '=='],
  ['NOTEQUAL', '!='],
  ['LESSEQUAL', '<='],
  ['GREATEREQUAL', '>='],
  ['TILDE', '~'],
  ['CIRCUMFLEX', '^'],
  ['LEFTSHIFT', '<<'],
  ['RIGHTSHIFT', '>>'],
  ['DOUBLESTAR', '**'],
  ['PLUSEQUAL', '+='],
  ['MINEQUAL', '-='],
  ['STAREQUAL', '*='],
  ['SLASHEQUAL', '/='],
  ['PERCENTEQUAL', '%='],
  ['AMPEREQUAL', '&='],
  ['VBAREQUAL', '|='],
  ['CIRCUMFLEXEQUAL', '^='],
  ['LEFTSHIFTEQUAL', '<<='],
  ['RIGHTSHIFTEQUAL', '>>='],
  ['DOUBLESTAREQUAL', '**='],
  ['DOUBLESLASH', '//'],
  ['DOUBLESLASHEQUAL', '//='],
  ['AT', '@'],
  ['ATEQUAL', '@='],
  ['RARROW', '->'],
  ['ELLIPSIS', '...'],
  ['COLONEQUAL', ':='],
  ['OP', null],
  ['AWAIT', null],
  ['ASYNC', null],
  ['TYPE_IGNORE', null],
  ['TYPE_COMMENT', null],
  ['SOFT_KEYWORD', null],
  // Only Lib/tokenize.py produces the next four; the parser's lexer never does.
  ['ERRORTOKEN', null],
  ['COMMENT', null],
  ['NL', null],
  ['ENCODING', null],
] as const;

type TokenName = (typeof TOKEN_TABLE)[number][0];

/** Token numbers by name: `Tok.NAME === 1`. */
export const Tok = Object.fromEntries(TOKEN_TABLE.map(([name], i) => [name, i])) as {
  readonly [K in TokenName]: number;
};

/** Token names by number, as `token.tok_name`. */
export const TOK_NAME: readonly string[] = TOKEN_TABLE.map(([name]) => name);

/** Operator spelling → exact token number, as `token.EXACT_TOKEN_TYPES` (3.11 also lists '!=' only). */
export const EXACT_TOKEN_TYPES: ReadonlyMap<string, number> = new Map(
  TOKEN_TABLE.flatMap(([, spelling], i) => (spelling === null ? [] : [[spelling, i] as [string, number]])),
);

/** Every operator spelling, longest first, for maximal-munch matching. */
export const OPERATORS_LONGEST_FIRST: readonly string[] = [...EXACT_TOKEN_TYPES.keys()].sort(
  (a, b) => b.length - a.length,
);

/** The hard keywords of Python 3.11 (`keyword.kwlist`). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Soft keywords of Python 3.11 (`keyword.softkwlist`): names except where the grammar says otherwise. */
export const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match']);
