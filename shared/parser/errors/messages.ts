// Every SyntaxError message the parser's error layer can raise, in one table.
//
// The texts are CPython 3.11's, character for character: they come from the
// `invalid_*` rules of Grammar/python.gram and from the helpers of pegen that
// those rules call (argument parsing errors, invalid targets, the generic
// fallbacks of the second pass). A `%s` or `%d` in a text is filled in order by
// `message()`; nothing else in the error layer spells a message out, so a test
// can walk this table and a reader can find every text in one place.

export const MESSAGES = {
  // Generic outcomes of a failed parse (pegen_errors.c).
  invalidSyntax: 'invalid syntax',
  unexpectedIndent: 'unexpected indent',
  unexpectedUnindent: 'unexpected unindent',
  neverClosed: "'%s' was never closed",
  unexpectedEof: 'unexpected EOF while parsing',
  expectedToken: "expected '%s'",
  multipleStatements: 'multiple statements found while compiling a single statement',

  // Call arguments: invalid_arguments, invalid_kwarg.
  iterableUnpackAfterKwUnpack: 'iterable argument unpacking follows keyword argument unpacking',
  genexpMustBeParenthesized: 'Generator expression must be parenthesized',
  maybeEqualOrWalrus: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
  positionalAfterKeyword: 'positional argument follows keyword argument',
  positionalAfterKeywordUnpacking: 'positional argument follows keyword argument unpacking',
  kwargExpressionAssign: 'expression cannot contain assignment, perhaps you meant "=="?',

  // Expressions: invalid_legacy_expression, invalid_expression, invalid_named_expression, invalid_group.
  missingParentheses: "Missing parentheses in call to '%s'. Did you mean %s(...)?",
  forgotComma: 'invalid syntax. Perhaps you forgot a comma?',
  expectedElse: "expected 'else' after 'if' expression",
  walrusTarget: 'cannot use assignment expressions with %s',
  assignHereMaybeEqual: "cannot assign to %s here. Maybe you meant '==' instead of '='?",
  starredHere: 'cannot use starred expression here',
  doubleStarredHere: 'cannot use double starred expression here',

  // Targets: invalid_assignment, invalid_del_stmt, invalid_for_target, invalid_with_item.
  cannotAssign: 'cannot assign to %s',
  cannotDelete: 'cannot delete %s',
  onlySingleTarget: 'only single target (not %s) can be annotated',
  illegalAnnotationTarget: 'illegal target for annotation',
  assignToYield: 'assignment to yield expression not possible',
  illegalAugAssign: "'%s' is an illegal expression for augmented assignment",

  // Comprehensions and displays.
  unpackInComprehension: 'iterable unpacking cannot be used in comprehension',
  comprehensionTargetParens: 'did you forget parentheses around the comprehension target?',
  dictUnpackInComprehension: 'dict unpacking cannot be used in dict comprehension',
  starredDictValue: 'cannot use a starred expression in a dictionary value',
  dictValueExpected: "expression expected after dictionary key and ':'",
  dictColonExpected: "':' expected after dictionary key",

  // Parameters: invalid_parameters, invalid_default, invalid_star_etc, invalid_kwds and the lambda copies.
  nonDefaultAfterDefault: 'non-default argument follows default argument',
  parametersParenthesized: 'Function parameters cannot be parenthesized',
  lambdaParametersParenthesized: 'Lambda expression parameters cannot be parenthesized',
  slashFirst: 'at least one argument must precede /',
  slashTwice: '/ may appear only once',
  slashAfterStar: '/ must be ahead of *',
  commaBetweenSlashAndStar: 'expected comma between / and *',
  expectedDefault: 'expected default value expression',
  bareStar: 'named arguments must follow bare *',
  bareStarTypeComment: 'bare * has associated type comment',
  varPositionalDefault: 'var-positional argument cannot have default value',
  starTwice: '* argument may appear only once',
  varKeywordDefault: 'var-keyword argument cannot have default value',
  afterVarKeyword: 'arguments cannot follow var-keyword argument',
  twoTypeComments: 'Cannot have two type comments on def',

  // Statements and blocks.
  importTrailingComma: 'trailing comma not allowed without surrounding parentheses',
  expectedColon: "expected ':'",
  expectedIndentedBlock: 'expected an indented block',
  blockAfterStatement: "expected an indented block after '%s' statement on line %d",
  blockAfterFunction: 'expected an indented block after function definition on line %d',
  blockAfterClass: 'expected an indented block after class definition on line %d',
  expectedExceptOrFinally: "expected 'except' or 'finally' block",
  exceptAndExceptStar: "cannot have both 'except' and 'except*' on the same 'try'",
  exceptTypesParenthesized: 'multiple exception types must be parenthesized',
  exceptStarTypes: 'expected one or more exception types',

  // Match statements: invalid_as_pattern, invalid_class_pattern.
  underscoreTarget: "cannot use '_' as a target",
  invalidPatternTarget: 'invalid pattern target',
  positionalPatternsAfterKeyword: 'positional patterns follow keyword patterns',
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** The text of message `key` with its `%s`/`%d` placeholders filled from `args` in order. */
export function message(key: MessageKey, ...args: (string | number)[]): string {
  const template: string = MESSAGES[key];
  if (args.length === 0) return template;
  let out = '';
  let next = 0;
  let from = 0;
  for (let i = template.indexOf('%'); i >= 0; i = template.indexOf('%', i + 2)) {
    out += template.slice(from, i) + String(args[next++]);
    from = i + 2;
  }
  return out + template.slice(from);
}
