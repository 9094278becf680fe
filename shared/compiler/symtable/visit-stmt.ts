// First pass over statements (CPython's symtable_visit_stmt and the visitors
// of except handlers, with items, match patterns and import aliases).
//
// Definitions bind their name in the enclosing block, evaluate defaults,
// annotations and decorators there, then open their own block. `global` and
// `nonlocal` are checked against what the block already knows of the name,
// since a declaration must come before any use or binding.

import type { Alias, ExceptHandler, Pattern, Stmt, WithItem } from '../../ast/nodes.js';
import type { SymtableBuilder } from './builder.js';
import type { SymtableMessage } from './errors.js';
import { BlockType, DefFlag, FutureFeature } from './flags.js';
import {
  parameterAnnotations, visitAnnotation, visitDefaults, visitExpr, visitExprs, visitKeywords, visitParameters,
} from './visit-expr.js';

type StmtOf<K extends Stmt['_type']> = Extract<Stmt, { _type: K }>;

export function visitStmts(st: SymtableBuilder, body: readonly Stmt[]): void {
  for (const s of body) visitStmt(st, s);
}

export function visitStmt(st: SymtableBuilder, s: Stmt): void {
  switch (s._type) {
    case 'FunctionDef': case 'AsyncFunctionDef': return visitFunctionDef(st, s);
    case 'ClassDef': return visitClassDef(st, s);
    case 'Return':
      if (s.value !== null) {
        visitExpr(st, s.value);
        st.cur.returnsValue = true;
      }
      return;
    case 'Delete': return visitExprs(st, s.targets);
    case 'Assign': visitExprs(st, s.targets); return visitExpr(st, s.value);
    case 'AnnAssign': return visitAnnAssign(st, s);
    case 'AugAssign': visitExpr(st, s.target); return visitExpr(st, s.value);
    case 'For': case 'AsyncFor':
      visitExpr(st, s.target); visitExpr(st, s.iter); visitStmts(st, s.body); return visitStmts(st, s.orelse);
    case 'While': case 'If':
      visitExpr(st, s.test); visitStmts(st, s.body); return visitStmts(st, s.orelse);
    case 'Match':
      visitExpr(st, s.subject);
      for (const c of s.cases) {
        visitPattern(st, c.pattern);
        if (c.guard !== null) visitExpr(st, c.guard);
        visitStmts(st, c.body);
      }
      return;
    case 'Raise':
      // The cause is only visited with an exception; the parser never builds one without the other.
      if (s.exc !== null) {
        visitExpr(st, s.exc);
        if (s.cause !== null) visitExpr(st, s.cause);
      }
      return;
    case 'Try': case 'TryStar':
      // CPython visits the else clause before the handlers; the order shows in the symbols' order.
      visitStmts(st, s.body); visitStmts(st, s.orelse);
      for (const h of s.handlers) visitHandler(st, h);
      return visitStmts(st, s.finalbody);
    case 'Assert': visitExpr(st, s.test); return visitExprs(st, [s.msg]);
    case 'Import': case 'ImportFrom':
      for (const a of s.names) visitAlias(st, a);
      return;
    case 'Global': return visitDeclaration(st, s, DefFlag.GLOBAL);
    case 'Nonlocal': return visitDeclaration(st, s, DefFlag.NONLOCAL);
    case 'Expr': return visitExpr(st, s.value);
    case 'Pass': case 'Break': case 'Continue': return;
    case 'With': case 'AsyncWith':
      for (const item of s.items) visitWithItem(st, item);
      return visitStmts(st, s.body);
  }
}

function visitFunctionDef(st: SymtableBuilder, s: StmtOf<'FunctionDef' | 'AsyncFunctionDef'>): void {
  st.addDef(s.name, DefFlag.LOCAL, s);
  visitDefaults(st, s.args);
  visitSignatureAnnotations(st, s);
  visitExprs(st, s.decorator_list);
  const block = st.enterBlock(s.name, BlockType.FUNCTION, s, s);
  if (s._type === 'AsyncFunctionDef') block.coroutine = true;
  visitParameters(st, s.args);
  visitStmts(st, s.body);
  st.exitBlock();
}

/** Parameter annotations share one annotation block, the return annotation gets its own (symtable_visit_annotations). */
function visitSignatureAnnotations(st: SymtableBuilder, s: StmtOf<'FunctionDef' | 'AsyncFunctionDef'>): void {
  const stringified = (st.future.features & FutureFeature.ANNOTATIONS) !== 0;
  if (stringified) st.enterBlock('_annotation', BlockType.ANNOTATION, s, s);
  for (const annotation of parameterAnnotations(s.args)) visitExpr(st, annotation);
  if (stringified) st.exitBlock();
  if (s.returns !== null) visitAnnotation(st, s.returns);
}

function visitClassDef(st: SymtableBuilder, s: StmtOf<'ClassDef'>): void {
  st.addDef(s.name, DefFlag.LOCAL, s);
  visitExprs(st, s.bases);
  visitKeywords(st, s.keywords);
  visitExprs(st, s.decorator_list);
  st.enterBlock(s.name, BlockType.CLASS, s, s);
  const outerPrivate = st.privateName;
  st.privateName = s.name;
  visitStmts(st, s.body);
  st.privateName = outerPrivate;
  st.exitBlock();
}

function visitAnnAssign(st: SymtableBuilder, s: StmtOf<'AnnAssign'>): void {
  const target = s.target;
  if (target._type === 'Name') {
    const known = st.lookup(target.id);
    const inModule = st.cur.symbols === st.globalSymbols;
    if (known & (DefFlag.GLOBAL | DefFlag.NONLOCAL) && !inModule && s.simple) {
      throw st.error(known & DefFlag.GLOBAL ? 'globalAnnot' : 'nonlocalAnnot', s, target.id);
    }
    if (s.simple) st.addDef(target.id, DefFlag.ANNOT | DefFlag.LOCAL, target);
    else if (s.value !== null) st.addDef(target.id, DefFlag.LOCAL, target);
  } else {
    visitExpr(st, target);
  }
  visitAnnotation(st, s.annotation);
  if (s.value !== null) visitExpr(st, s.value);
}

/** The error for declaring a name the block already knows, by what it knows first. */
const DECLARATION_CONFLICTS: Record<'global' | 'nonlocal', readonly [number, SymtableMessage][]> = {
  global: [
    [DefFlag.PARAM, 'globalParam'], [DefFlag.USE, 'globalAfterUse'],
    [DefFlag.ANNOT, 'globalAnnot'], [DefFlag.LOCAL, 'globalAfterAssign'],
  ],
  nonlocal: [
    [DefFlag.PARAM, 'nonlocalParam'], [DefFlag.USE, 'nonlocalAfterUse'],
    [DefFlag.ANNOT, 'nonlocalAnnot'], [DefFlag.LOCAL, 'nonlocalAfterAssign'],
  ],
};

function visitDeclaration(st: SymtableBuilder, s: StmtOf<'Global' | 'Nonlocal'>, flag: number): void {
  const conflicts = DECLARATION_CONFLICTS[flag === DefFlag.GLOBAL ? 'global' : 'nonlocal'];
  for (const name of s.names) {
    const known = st.lookup(name);
    const conflict = conflicts.find(([bit]) => known & bit);
    if (conflict !== undefined) throw st.error(conflict[1], s, name);
    st.addDef(name, flag, s);
    st.recordDirective(name, s);
  }
}

function visitHandler(st: SymtableBuilder, h: ExceptHandler): void {
  if (h.type !== null) visitExpr(st, h.type);
  if (h.name !== null) st.addDef(h.name, DefFlag.LOCAL, h);
  visitStmts(st, h.body);
}

function visitWithItem(st: SymtableBuilder, item: WithItem): void {
  visitExpr(st, item.context_expr);
  if (item.optional_vars !== null) visitExpr(st, item.optional_vars);
}

/** `import a.b` binds `a`; `import *` binds nothing and is refused outside modules. */
function visitAlias(st: SymtableBuilder, a: Alias): void {
  const name = a.asname ?? a.name;
  if (name === '*') {
    if (st.cur.type !== BlockType.MODULE) throw st.error('importStar', a);
    return;
  }
  const dot = name.indexOf('.');
  st.addDef(dot < 0 ? name : name.slice(0, dot), DefFlag.IMPORT, a);
}

function visitPattern(st: SymtableBuilder, p: Pattern): void {
  switch (p._type) {
    case 'MatchValue': return visitExpr(st, p.value);
    case 'MatchSingleton': return;
    case 'MatchSequence': return visitPatterns(st, p.patterns);
    case 'MatchStar': return bindCapture(st, p.name, p);
    case 'MatchMapping':
      visitExprs(st, p.keys);
      visitPatterns(st, p.patterns);
      return bindCapture(st, p.rest, p);
    case 'MatchClass':
      visitExpr(st, p.cls);
      visitPatterns(st, p.patterns);
      return visitPatterns(st, p.kwd_patterns);
    case 'MatchAs':
      if (p.pattern !== null) visitPattern(st, p.pattern);
      return bindCapture(st, p.name, p);
    case 'MatchOr': return visitPatterns(st, p.patterns);
  }
}

function visitPatterns(st: SymtableBuilder, patterns: readonly Pattern[]): void {
  for (const p of patterns) visitPattern(st, p);
}

function bindCapture(st: SymtableBuilder, name: string | null, p: Pattern): void {
  if (name !== null) st.addDef(name, DefFlag.LOCAL, p);
}
