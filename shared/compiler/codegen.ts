// Code generation: the AST of one module becomes a tree of code objects, in the
// manner of CPython 3.11's compile.c.
//
// `Codegen` holds the stack of compilation units and the low-level emitters
// (addop, jumps, constants, name resolution). The visitors live beside it, one
// file per family: codegen/expressions.ts, codegen/statements.ts,
// codegen/functions.ts (def, lambda, class, closures, comprehensions),
// codegen/exceptions.ts (try, try/except*, with, async with, frame-block
// unwinding) and codegen/patterns.ts (match). Each unit is handed to the
// assembler (assembler/index.ts) when its body is done.

import { moduleInterned } from './ast-optimizer/identifiers.js';
import type { Expr, Mod, Stmt } from '../ast/nodes.js';
import type { CodeObject, ConstValue } from '../bytecode/code.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { assemble } from './assembler/index.js';
import { type Block, type Loc, NO_LOC } from './codegen/cfg.js';
import { visitExpr } from './codegen/expressions.js';
import { Op } from './codegen/ops.js';
import type { SymbolTable } from './codegen/scope.js';
import { Scope } from './symtable/flags.js';
import { compilerBody, visitStmt } from './codegen/statements.js';
import { ScopeType, Unit, type FBlock, type FBlockType } from './codegen/unit.js';

export interface CodegenOptions {
  filename: string;
  /** 0, 1 (-O: no asserts, __debug__ False) or 2 (-OO: no docstrings either). */
  optimize: number;
  /** `from __future__ import annotations` is in force. */
  futureAnnotations: boolean;
  /** The CO_FUTURE_* bits in force; every code object's co_flags carries them. */
  futureFlags: number;
}

type Positioned = { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null };

export class Codegen {
  u!: Unit;
  private readonly stack: Unit[] = [];
  interactive = false;
  nestlevel = 0;
  /** Which strs the parser interned for this module: it decides frozenset constant order. */
  interned: (s: string) => boolean = () => false;

  constructor(readonly st: SymbolTable, readonly options: CodegenOptions) {}

  // ---- units -------------------------------------------------------------

  enterScope(name: string, scopeType: number, key: object | null, lineno: number): void {
    const ste = key === null ? this.st.top : this.st.scopeFor(key);
    const u = new Unit(ste, name, scopeType, lineno);
    if (this.u) {
      this.stack.push(this.u);
      u.private_ = this.u.private_;
    }
    this.u = u;
    this.nestlevel++;
    if (scopeType === ScopeType.MODULE) u.loc.lineno = 0;
    else this.setQualname();
    this.addopI(Op.RESUME, 0);
    if (scopeType === ScopeType.MODULE) u.loc.lineno = -1;
  }

  exitScope(): void {
    this.nestlevel--;
    this.u = this.stack.pop()!;
  }

  /** Finishes the current unit into a code object. */
  assemble(addNone: boolean): CodeObject {
    return assemble(this, this.u, addNone);
  }

  private setQualname(): void {
    const u = this.u;
    const parent = this.stack[this.stack.length - 1];
    let base: string | null = null;
    if (parent) {
      let forceGlobal = false;
      if (u.scopeType === ScopeType.FUNCTION || u.scopeType === ScopeType.ASYNC_FUNCTION
        || u.scopeType === ScopeType.CLASS) {
        const mangled = mangle(parent.private_, u.name);
        forceGlobal = parent.ste.scopeOf(mangled) === Scope.GLOBAL_EXPLICIT;
      }
      if (!forceGlobal) {
        const fnParent = parent.scopeType === ScopeType.FUNCTION
          || parent.scopeType === ScopeType.ASYNC_FUNCTION || parent.scopeType === ScopeType.LAMBDA;
        base = fnParent ? parent.qualname + '.<locals>' : parent.qualname;
      }
    }
    u.qualname = base !== null ? base + '.' + u.name : u.name;
  }

  // ---- locations ---------------------------------------------------------

  setLoc(node: Positioned): void {
    const l = this.u.loc;
    l.lineno = node.lineno;
    l.col = node.col_offset;
    l.endLineno = node.end_lineno ?? node.lineno;
    l.endCol = node.end_col_offset ?? node.col_offset;
  }

  unsetLoc(): void {
    Object.assign(this.u.loc, NO_LOC);
  }

  saveLoc(): Loc {
    return { ...this.u.loc };
  }

  restoreLoc(saved: Loc): void {
    Object.assign(this.u.loc, saved);
  }

  // ---- emitters ----------------------------------------------------------

  newBlock(): Block {
    return this.u.blocks.newBlock();
  }

  useNextBlock(b: Block): Block {
    return this.u.useNextBlock(b);
  }

  addop(op: number): void {
    this.u.emit(op, 0, this.u.loc);
  }

  addopI(op: number, arg: number): void {
    this.u.emit(op, arg, this.u.loc);
  }

  /** An artificial instruction: no line number (compiler_addop_noline). */
  addopNoline(op: number, arg = 0): void {
    this.u.emit(op, arg, { lineno: -1, endLineno: 0, col: 0, endCol: 0 });
  }

  addopJ(op: number, target: Block): void {
    this.u.emit(op, 0, this.u.loc, target);
  }

  addopJNoline(op: number, target: Block): void {
    this.u.emit(op, 0, { lineno: -1, endLineno: 0, col: 0, endCol: 0 }, target);
  }

  loadConst(v: ConstValue): void {
    this.addopI(Op.LOAD_CONST, this.u.addConst(v));
  }

  /** An opcode whose argument indexes co_names, with private-name mangling. */
  addopName(op: number, name: string): void {
    this.addopI(op, this.u.names.add(mangle(this.u.private_, name)));
  }

  /** An opcode whose argument indexes co_names, without mangling (compile.c's ADDOP_N). */
  addopNameRaw(op: number, name: string): void {
    this.addopI(op, this.u.names.add(name));
  }

  // ---- frame blocks ------------------------------------------------------

  pushFBlock(type: FBlockType, block: Block | null, exit: Block | null, datum: unknown = null): void {
    this.u.fblocks.push({ type, block, exit, datum });
  }

  popFBlock(type: FBlockType): FBlock {
    const f = this.u.fblocks.pop()!;
    if (f.type !== type) throw new Error(`frame block mismatch: ${f.type} vs ${type}`);
    return f;
  }

  // ---- names -------------------------------------------------------------

  /** Loads, stores or deletes a name with the instruction its scope calls for (compiler_nameop). */
  nameop(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    const mangled = mangle(this.u.private_, name);
    const ste = this.u.ste;
    const scope = ste.scopeOf(mangled);
    let kind: 'fast' | 'global' | 'deref' | 'name' = 'name';
    let table = this.u.names;
    if (scope === Scope.FREE) { kind = 'deref'; table = this.u.freevars; }
    else if (scope === Scope.CELL) { kind = 'deref'; table = this.u.cellvars; }
    else if (scope === Scope.LOCAL) { if (ste.kind === 'function') kind = 'fast'; }
    else if (scope === Scope.GLOBAL_IMPLICIT) { if (ste.kind === 'function') kind = 'global'; }
    else if (scope === Scope.GLOBAL_EXPLICIT) kind = 'global';
    const op = NAME_OPS[kind][ctx];
    if (kind === 'fast') return this.addopI(op, this.u.varnames.add(mangled));
    if (kind === 'deref' && ctx === 'Load' && ste.kind === 'class') {
      return this.addopI(Op.LOAD_CLASSDEREF, table.add(mangled));
    }
    const arg = table.add(mangled);
    this.addopI(op, op === Op.LOAD_GLOBAL ? arg << 1 : arg);
  }

  // ---- errors ------------------------------------------------------------

  error(msg: string): PySyntaxError {
    const l = this.u.loc;
    return new PySyntaxError('SyntaxError', msg, l.lineno, l.col + 1, null, l.endLineno, l.endCol + 1,
      this.options.filename);
  }

  // ---- visitors ----------------------------------------------------------

  visitExpr(e: Expr): void {
    visitExpr(this, e);
  }

  visitStmt(s: Stmt): void {
    visitStmt(this, s);
  }

  visitStmts(body: readonly Stmt[]): void {
    for (const s of body) visitStmt(this, s);
  }

  // ---- the module --------------------------------------------------------

  compileMod(mod: Mod): CodeObject {
    this.interned = moduleInterned(mod);
    this.enterScope('<module>', ScopeType.MODULE, null, 1);
    this.u.loc.lineno = 1;
    let addNone = true;
    if (mod._type === 'Module') compilerBody(this, mod.body);
    else if (mod._type === 'Interactive') {
      if (findAnnotations(mod.body)) this.addop(Op.SETUP_ANNOTATIONS);
      this.interactive = true;
      this.visitStmts(mod.body);
    } else if (mod._type === 'Expression') {
      this.visitExpr(mod.body);
      addNone = false;
    } else throw new Error('cannot compile a FunctionType module');
    const co = this.assemble(addNone);
    this.exitScope();
    return co;
  }
}

const NAME_OPS = {
  fast: { Load: Op.LOAD_FAST, Store: Op.STORE_FAST, Del: Op.DELETE_FAST },
  global: { Load: Op.LOAD_GLOBAL, Store: Op.STORE_GLOBAL, Del: Op.DELETE_GLOBAL },
  deref: { Load: Op.LOAD_DEREF, Store: Op.STORE_DEREF, Del: Op.DELETE_DEREF },
  name: { Load: Op.LOAD_NAME, Store: Op.STORE_NAME, Del: Op.DELETE_NAME },
} as const;

/** Private name mangling: `__x` inside class `C` becomes `_C__x` (_Py_Mangle). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

/** Does a statement list contain an annotated assignment, outside nested scopes (find_ann)? */
export function findAnnotations(stmts: readonly Stmt[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnnotations(st.body) || findAnnotations(st.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnnotations(st.body)) return true;
        break;
      case 'Try': case 'TryStar':
        for (const h of st.handlers) if (findAnnotations(h.body)) return true;
        if (findAnnotations(st.body) || findAnnotations(st.finalbody) || findAnnotations(st.orelse)) return true;
        break;
      case 'Match':
        for (const m of st.cases) if (findAnnotations(m.body)) return true;
        break;
      default: break;
    }
  }
  return false;
}
