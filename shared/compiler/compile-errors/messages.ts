// The SyntaxErrors and SyntaxWarnings that CPython 3.11 raises while generating
// code (Python/compile.c), declared once, and the positioned values built from them.
//
// compile.c reports an error at the compiler's *current* location: the last
// node whose position it entered (a statement, an expression while it is being
// visited, a match pattern, a keyword...), as four numbers it may also have
// reset to -1. `offset` is the 0-based byte column + 1, as in the symtable's
// errors (see symtable/errors.ts), so an unset column gives 0.

import { PySyntaxError } from '../../errors/syntax-error.js';
import type { CompileWarning } from '../../errors/format-warning.js';
import type { ErrorSite } from '../symtable/errors.js';

/** Every error message; `{0}`, `{1}` are replaced by the arguments given. */
export const COMPILE_MESSAGES = {
  returnOutsideFunction: "'return' outside function",
  returnValueInAsyncGen: "'return' with value in async generator",
  yieldOutsideFunction: "'yield' outside function",
  yieldFromInAsync: "'yield from' inside async function",
  awaitOutsideFunction: "'await' outside function",
  awaitOutsideAsync: "'await' outside async function",
  asyncComprehensionOutsideAsync: 'asynchronous comprehension outside of an asynchronous function',
  asyncForOutsideAsync: "'async for' outside async function",
  asyncWithOutsideAsync: "'async with' outside async function",
  breakOutsideLoop: "'break' outside loop",
  continueOutsideLoop: "'continue' not properly in loop",
  exitInExceptStar: "'break', 'continue' and 'return' cannot appear in an except* block",
  tooManyBlocks: 'too many statically nested blocks',
  defaultExceptNotLast: "default 'except:' must be last",
  lateFuture: 'from __future__ imports must occur at the beginning of the file',
  starredAssignTarget: 'starred assignment target must be in a list or tuple',
  starredHere: "can't use starred expression here",
  multipleStarred: 'multiple starred expressions in assignment',
  tooManyBeforeStar: 'too many expressions in star-unpacking assignment',
  tooManyBeforeStarPattern: 'too many expressions in star-unpacking sequence pattern',
  assignDebug: 'cannot assign to __debug__',
  deleteDebug: 'cannot delete __debug__',
  keywordRepeated: 'keyword argument repeated: {0}',
  captureUnreachable: 'name capture {0} makes remaining patterns unreachable',
  wildcardUnreachable: 'wildcard makes remaining patterns unreachable',
  patternDuplicateStore: 'multiple assignments to name {0} in pattern',
  alternativesDiffer: 'alternative patterns bind different names',
  classAttrRepeated: 'attribute name repeated in class pattern: {0}',
  multipleStarredPattern: 'multiple starred names in sequence pattern',
  mappingKeyKind: 'mapping pattern keys may only match literals and attribute lookups',
  mappingDuplicateKey: 'mapping pattern checks duplicate key ({0})',
  patternValueKind: 'patterns may only match literals and attribute lookups',
} as const;

export type CompileMessage = keyof typeof COMPILE_MESSAGES;

/** Every SyntaxWarning message of compile.c (compiler_warn). */
export const COMPILE_WARNINGS = {
  isLiteral: '"is" with a literal. Did you mean "=="?',
  isNotLiteral: '"is not" with a literal. Did you mean "!="?',
  notCallable: "'{0}' object is not callable; perhaps you missed a comma?",
  notSubscriptable: "'{0}' object is not subscriptable; perhaps you missed a comma?",
  badIndex: '{0} indices must be integers or slices, not {1}; perhaps you missed a comma?',
  assertTuple: 'assertion is always true, perhaps remove parentheses?',
} as const;

export type CompileWarningMessage = keyof typeof COMPILE_WARNINGS;

function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)]);
}

/** The compiler's current location (compile.c's u_lineno, u_col_offset, ...); -1 when unset. */
export class Location {
  lineno = -1;
  col = -1;
  endLineno = -1;
  endCol = -1;

  set(lineno: number, col: number, endLineno: number, endCol: number): void {
    this.lineno = lineno;
    this.col = col;
    this.endLineno = endLineno;
    this.endCol = endCol;
  }

  copyFrom(other: Location): void {
    this.set(other.lineno, other.col, other.endLineno, other.endCol);
  }
}

/** The SyntaxError compiler_error raises at `loc`. */
export function compileError(site: ErrorSite, loc: Location, kind: CompileMessage, ...args: string[]): PySyntaxError {
  const text = loc.lineno >= 1 ? site.lines?.[loc.lineno - 1] ?? null : null;
  return new PySyntaxError(
    'SyntaxError', fill(COMPILE_MESSAGES[kind], args), loc.lineno, loc.col + 1, text,
    loc.endLineno, loc.endCol + 1, site.filename,
  );
}

/** The warning compiler_warn issues at `loc` (only its line is kept by the warnings machinery). */
export function compileWarning(loc: Location, kind: CompileWarningMessage, ...args: string[]): CompileWarning {
  return { category: 'SyntaxWarning', message: fill(COMPILE_WARNINGS[kind], args), lineno: loc.lineno };
}
