// The SyntaxErrors of the symbol-table pass and of the `__future__` scan,
// with CPython 3.11's exact messages, declared in one table.
//
// CPython locates these errors from AST positions: `offset` is the node's
// col_offset + 1 and `end_offset` its end_col_offset + 1, both counted in
// UTF-8 bytes as the AST counts them (CPython does not convert them to
// characters here, unlike the parser's own errors). `text` is the source line
// when the caller passes the source (CPython reads it back from the file; for
// compile() of a string whose filename is not a file it is None).

import { PySyntaxError } from '../../errors/syntax-error.js';

/** Every message the pass can raise; `{name}` is replaced by the offending identifier. */
export const SYMTABLE_MESSAGES = {
  globalParam: "name '{name}' is parameter and global",
  nonlocalParam: "name '{name}' is parameter and nonlocal",
  globalAfterAssign: "name '{name}' is assigned to before global declaration",
  nonlocalAfterAssign: "name '{name}' is assigned to before nonlocal declaration",
  globalAfterUse: "name '{name}' is used prior to global declaration",
  nonlocalAfterUse: "name '{name}' is used prior to nonlocal declaration",
  globalAnnot: "annotated name '{name}' can't be global",
  nonlocalAnnot: "annotated name '{name}' can't be nonlocal",
  importStar: 'import * only allowed at module level',
  namedExprCompInClass: 'assignment expression within a comprehension cannot be used in a class body',
  namedExprCompConflict: "assignment expression cannot rebind comprehension iteration variable '{name}'",
  namedExprCompInnerLoopConflict: "comprehension inner loop cannot rebind assignment expression target '{name}'",
  namedExprCompIterExpr: 'assignment expression cannot be used in a comprehension iterable expression',
  annotationNotAllowed: "'{name}' can not be used within an annotation",
  duplicateArgument: "duplicate argument '{name}' in function definition",
  nonlocalAndGlobal: "name '{name}' is nonlocal and global",
  nonlocalAtModuleLevel: 'nonlocal declaration not allowed at module level',
  noBindingForNonlocal: "no binding for nonlocal '{name}' found",
  yieldInListComp: "'yield' inside list comprehension",
  yieldInSetComp: "'yield' inside set comprehension",
  yieldInDictComp: "'yield' inside dict comprehension",
  yieldInGenExp: "'yield' inside generator expression",
  futureNotAChance: 'not a chance',
  futureUndefined: 'future feature {name} is not defined',
  futureLate: 'from __future__ imports must occur at the beginning of the file',
} as const;

export type SymtableMessage = keyof typeof SYMTABLE_MESSAGES;

/** A node's span as the AST gives it (0-based byte columns). */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Where errors go: the filename and, optionally, the source to quote. */
export interface ErrorSite {
  filename: string;
  /** The source lines, each with its line ending, to fill SyntaxError.text; absent: text is null. */
  lines: readonly string[] | null;
}

/** The message with its `{name}` filled in. */
export function messageText(kind: SymtableMessage, name = ''): string {
  return SYMTABLE_MESSAGES[kind].replace('{name}', name);
}

/** A SyntaxError spanning `span` (PyErr_RangedSyntaxLocationObject with col + 1). */
export function rangedError(site: ErrorSite, kind: SymtableMessage, span: Span, name?: string): PySyntaxError {
  return new PySyntaxError(
    'SyntaxError', messageText(kind, name), span.lineno, span.col_offset + 1, lineText(site, span.lineno),
    span.end_lineno, span.end_col_offset + 1, site.filename,
  );
}

/**
 * A SyntaxError with only a start (PyErr_SyntaxLocationObject): end_lineno is the
 * line and end_offset unknown (CPython's None, our 0). `offset` is passed as
 * CPython computes it, which for the late-`__future__` case is col_offset itself.
 */
export function pointError(site: ErrorSite, kind: SymtableMessage, lineno: number, offset: number, name?: string): PySyntaxError {
  return new PySyntaxError(
    'SyntaxError', messageText(kind, name), lineno, offset, lineText(site, lineno), lineno, 0, site.filename,
  );
}

function lineText(site: ErrorSite, lineno: number): string | null {
  return site.lines?.[lineno - 1] ?? null;
}
