// The walk that finds compile.c's errors: it visits the optimized AST in the
// order CPython 3.11's code generator does, keeping only what those errors
// depend on — the current location, the unit being compiled (its scope kind
// and symtable block) and the unit's stack of frame blocks (loops, try, with)
// — so that the first error it raises is the one CPython raises. The
// warnings compile.c issues on the way are collected in order, as many times
// as codegen visits their node (a `finally` body is compiled two or three
// times, a `while` test twice).

import {
  type Arguments, type Comprehension, type ExceptHandler, type Expr, type Keyword, type Mod, PyTuple, type Stmt,
} from '../../ast/nodes.js';
import type { CompileWarning } from '../../errors/format-warning.js';
import type { SymtableBlock } from '../symtable/block.js';
import type { ErrorSite } from '../symtable/errors.js';
import { BlockType, DefFlag } from '../symtable/flags.js';
import type { Symtable } from '../symtable.js';
import { checkCaller, checkCompare, checkIndex, checkSubscripter, type LiteralWarning } from './literal-checks.js';
import { type CompileMessage, compileError, compileWarning, Location } from './messages.js';
import { checkMatch } from './patterns.js';

/** compile.c's scope kinds (COMPILER_SCOPE_*). */
export type UnitScope = 'module' | 'class' | 'function' | 'async' | 'lambda' | 'comprehension';

/** Frame block kinds (compile.c's fblocktype); only their nesting and a few kinds matter here. */
type FBlockKind =
  | 'while' | 'for' | 'tryExcept' | 'finallyTry' | 'finallyEnd' | 'with' | 'asyncWith' | 'handlerCleanup'
  | 'popValue' | 'exceptionHandler' | 'exceptionGroupHandler' | 'asyncComprehension';

interface FBlock {
  kind: FBlockKind;
  /** The `finally` body a finallyTry block replays when a jump leaves it. */
  finalbody: Stmt[] | null;
  /** The with statement a with block belongs to (its position is entered when unwinding). */
  withStmt: Stmt | null;
}

interface Unit {
  scope: UnitScope;
  ste: SymtableBlock;
  fblocks: FBlock[];
}

/** CO_MAXBLOCKS: the deepest frame-block nesting codegen accepts. */
const MAX_BLOCKS = 20;
/** STACK_USE_GUIDELINE: calls with this many arguments or more are not compiled as method calls. */
const STACK_USE_GUIDELINE = 30;
/** UNPACK_EX holds the count before the star in one byte. */
const MAX_BEFORE_STAR = 1 << 8;

export interface CheckerOptions {
  optimize: number;
  futureAnnotations: boolean;
  /** Line of the last `from __future__` import the future scan accepted (-1: none). */
  futureLineno: number;
  warnings: CompileWarning[] | undefined;
}

type Positioned = { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number };

export class Checker {
  readonly loc = new Location();
  private unit!: Unit;
  private readonly units: Unit[] = [];

  constructor(readonly st: Symtable, readonly site: ErrorSite, readonly options: CheckerOptions) {}

  // ---- state -------------------------------------------------------------------------------------

  error(kind: CompileMessage, ...args: string[]): never {
    throw compileError(this.site, this.loc, kind, ...args);
  }

  warn(w: LiteralWarning | null): void {
    if (w !== null) this.options.warnings?.push(compileWarning(this.loc, ...w));
  }

  setLoc(n: Positioned): void {
    this.loc.set(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset);
  }

  /** Runs `body` and puts the location back, as compiler_visit_expr and a few others do. */
  keepLoc(body: () => void): void {
    const { lineno, col, endLineno, endCol } = this.loc;
    body();
    this.loc.set(lineno, col, endLineno, endCol);
  }

  private enter(scope: UnitScope, node: object, body: () => void): void {
    const ste = this.st.blocks.get(node as never);
    if (ste === undefined) throw new Error('compile-errors: no symtable block for a scope node');
    const saved = new Location();
    saved.copyFrom(this.loc);
    this.units.push(this.unit);
    this.unit = { scope, ste, fblocks: [] };
    body();
    this.unit = this.units.pop() as Unit;
    this.loc.copyFrom(saved);
  }

  private pushFBlock(kind: FBlockKind, finalbody: Stmt[] | null = null, withStmt: Stmt | null = null): void {
    if (this.unit.fblocks.length >= MAX_BLOCKS) this.error('tooManyBlocks');
    this.unit.fblocks.push({ kind, finalbody, withStmt });
  }

  private popFBlock(): void {
    this.unit.fblocks.pop();
  }

  /** The frame-block stack with `body` running inside one more block. */
  private inFBlock(kind: FBlockKind, body: () => void, finalbody: Stmt[] | null = null, withStmt: Stmt | null = null): void {
    this.pushFBlock(kind, finalbody, withStmt);
    body();
    this.popFBlock();
  }

  // ---- modules and bodies ------------------------------------------------------------------------

  checkModule(mod: Mod): void {
    this.unit = { scope: 'module', ste: this.st.top, fblocks: [] };
    switch (mod._type) {
      case 'Module': this.body(mod.body); break;
      case 'Interactive': for (const s of mod.body) this.stmt(s); break;
      case 'Expression': this.expr(mod.body); break;
      case 'FunctionType': break;
    }
  }

  /** A module, class or function body; its docstring is a constant, which codegen never visits. */
  private body(stmts: readonly Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  // ---- statements --------------------------------------------------------------------------------

  stmt(s: Stmt): void {
    this.setLoc(s);
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete': return this.exprs(s.targets);
      case 'Assign': this.expr(s.value); return this.exprs(s.targets);
      case 'AugAssign': return this.augAssign(s);
      case 'AnnAssign': return this.annAssign(s);
      case 'For': return this.forStmt(s);
      case 'AsyncFor':
        if (this.unit.scope !== 'async') this.error('asyncForOutsideAsync');
        return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': this.jumpIf(s.test); this.stmts(s.body); return this.stmts(s.orelse);
      case 'With': return this.withStmt(s, 0, 'with');
      case 'AsyncWith':
        if (this.unit.scope !== 'async') this.error('asyncWithOutsideAsync');
        return this.withStmt(s, 0, 'asyncWith');
      case 'Match': return checkMatch(this, s);
      case 'Raise': this.optExpr(s.exc); return this.optExpr(s.cause);
      case 'Try': case 'TryStar': return this.tryStmt(s);
      case 'Assert': return this.assertStmt(s);
      case 'Import': return this.importStmt(s);
      case 'ImportFrom': return this.importFrom(s);
      case 'Expr': if (s.value._type !== 'Constant') this.expr(s.value); return;
      case 'Break': case 'Continue': return this.loopExit(s._type);
      case 'Global': case 'Nonlocal': case 'Pass': return;
    }
  }

  stmts(list: readonly Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  /** compiler_function: __debug__ parameters, decorators, defaults, annotations, the body, the name. */
  private functionDef(s: Stmt & { _type: 'FunctionDef' | 'AsyncFunctionDef' }): void {
    this.debugArgs(s.args);
    this.exprs(s.decorator_list);
    this.defaults(s.args);
    this.annotations(s.args, s.returns);
    this.enter(s._type === 'AsyncFunctionDef' ? 'async' : 'function', s, () => this.body(s.body));
    this.storeName(s.name);
  }

  /** compiler_class: decorators, the body, then bases and keywords as a call, then the name. */
  private classDef(s: Stmt & { _type: 'ClassDef' }): void {
    this.exprs(s.decorator_list);
    this.enter('class', s, () => this.body(s.body));
    this.callArguments(s.bases, s.keywords);
    this.storeName(s.name);
  }

  private returnStmt(s: Stmt & { _type: 'Return' }): void {
    const ste = this.unit.ste;
    if (ste.type !== BlockType.FUNCTION) this.error('returnOutsideFunction');
    const value = s.value;
    if (value !== null && ste.coroutine && ste.generator) this.error('returnValueInAsyncGen');
    const preserveTos = value !== null && value._type !== 'Constant';
    if (preserveTos) this.expr(value);
    else if (value !== null) this.setLoc(value);
    if (value === null || value.lineno !== s.lineno) this.setLoc(s);
    this.unwindAll(preserveTos, false);
  }

  /** break / continue: unwind to the innermost loop; the error is located at the statement itself. */
  private loopExit(kind: 'Break' | 'Continue'): void {
    const saved = new Location();
    saved.copyFrom(this.loc);
    if (!this.unwindAll(false, true)) {
      this.loc.copyFrom(saved);
      this.error(kind === 'Break' ? 'breakOutsideLoop' : 'continueOutsideLoop');
    }
  }

  /**
   * compiler_unwind_fblock_stack: leaves every frame block from the top, down
   * to the innermost loop when `toLoop`; replays `finally` bodies on the way
   * (with the blocks above and including it popped). Returns whether a loop was found.
   */
  private unwindAll(preserveTos: boolean, toLoop: boolean): boolean {
    const blocks = this.unit.fblocks;
    if (blocks.length === 0) return false;
    const top = blocks[blocks.length - 1];
    if (top.kind === 'exceptionGroupHandler') this.error('exitInExceptStar');
    if (toLoop && (top.kind === 'while' || top.kind === 'for')) return true;
    blocks.pop();
    this.unwindOne(top, preserveTos);
    const found = this.unwindAll(preserveTos, toLoop);
    blocks.push(top);
    return found;
  }

  private unwindOne(block: FBlock, preserveTos: boolean): void {
    if (block.kind === 'with' || block.kind === 'asyncWith') {
      this.loc.set(-1, -1, -1, -1);
    } else if (block.kind === 'finallyTry') {
      if (preserveTos) this.pushFBlock('popValue');
      this.stmts(block.finalbody as Stmt[]);
      if (preserveTos) this.popFBlock();
      // The replayed body is made to look artificial: its location is unset afterwards.
      this.loc.set(-1, -1, -1, -1);
    }
  }

  private augAssign(s: Stmt & { _type: 'AugAssign' }): void {
    const target = s.target;
    this.keepLoc(() => {
      this.setLoc(target);
      if (target._type === 'Attribute') this.expr(target.value);
      else if (target._type === 'Subscript') { this.expr(target.value); this.expr(target.slice); }
    });
    this.expr(s.value);
    this.setLoc(target);
    if (target._type === 'Name') this.storeName(target.id);
  }

  /** compiler_annassign: the assignment first, then what the annotation needs evaluated. */
  private annAssign(s: Stmt & { _type: 'AnnAssign' }): void {
    const target = s.target;
    if (s.value !== null) { this.expr(s.value); this.expr(target); }
    const evaluates = !this.options.futureAnnotations && (this.unit.scope === 'module' || this.unit.scope === 'class');
    if (target._type === 'Name') {
      this.storeName(target.id);
      if (s.simple && evaluates) this.expr(s.annotation);
    } else if (target._type === 'Attribute') {
      this.storeName(target.attr);
      if (s.value === null) this.expr(target.value);
    } else if (target._type === 'Subscript' && s.value === null) {
      this.expr(target.value);
      this.annSubscript(target.slice);
    }
    if (!s.simple && evaluates) this.expr(s.annotation);
  }

  /** check_ann_subscr: the parts of a subscript an annotation-only statement evaluates. */
  private annSubscript(e: Expr): void {
    if (e._type === 'Slice') { this.optExpr(e.lower); this.optExpr(e.upper); this.optExpr(e.step); }
    else if (e._type === 'Tuple') for (const elt of e.elts) this.annSubscript(elt);
    else this.expr(e);
  }

  private forStmt(s: Stmt & { _type: 'For' | 'AsyncFor' }): void {
    this.pushFBlock('for');
    this.expr(s.iter);
    this.expr(s.target);
    this.stmts(s.body);
    this.popFBlock();
    this.stmts(s.orelse);
  }

  /** compiler_while compiles its test twice: before the body and again at its end. */
  private whileStmt(s: Stmt & { _type: 'While' }): void {
    this.pushFBlock('while');
    this.jumpIf(s.test);
    this.stmts(s.body);
    this.setLoc(s);
    this.jumpIf(s.test);
    this.popFBlock();
    this.stmts(s.orelse);
  }

  /** compiler_with: one frame block per item, nested. */
  private withStmt(s: Stmt & { _type: 'With' | 'AsyncWith' }, pos: number, kind: 'with' | 'asyncWith'): void {
    const item = s.items[pos];
    this.expr(item.context_expr);
    this.pushFBlock(kind, null, s);
    this.optExpr(item.optional_vars);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.withStmt(s, pos + 1, kind);
    this.popFBlock();
  }

  private tryStmt(s: Stmt & { _type: 'Try' | 'TryStar' }): void {
    if (s.finalbody.length === 0) return this.tryExcept(s);
    this.inFBlock('finallyTry', () => {
      if (s.handlers.length > 0) this.tryExcept(s);
      else this.stmts(s.body);
    }, s.finalbody);
    this.stmts(s.finalbody);
    this.loc.set(-1, -1, -1, -1);
    this.inFBlock('finallyEnd', () => this.stmts(s.finalbody));
  }

  /** compiler_try_except / compiler_try_star_except: body, else, then the handlers. */
  private tryExcept(s: Stmt & { _type: 'Try' | 'TryStar' }): void {
    this.inFBlock('tryExcept', () => this.stmts(s.body));
    this.stmts(s.orelse);
    this.loc.set(-1, -1, -1, -1);
    const star = s._type === 'TryStar';
    this.inFBlock(star ? 'exceptionGroupHandler' : 'exceptionHandler', () => {
      s.handlers.forEach((h, i) => this.handler(h, !star && i < s.handlers.length - 1));
    });
  }

  private handler(h: ExceptHandler, notLast: boolean): void {
    this.setLoc(h);
    if (h.type === null && notLast) this.error('defaultExceptNotLast');
    this.optExpr(h.type);
    if (h.name !== null) this.storeName(h.name);
    this.inFBlock('handlerCleanup', () => this.stmts(h.body));
  }

  private assertStmt(s: Stmt & { _type: 'Assert' }): void {
    const t = s.test;
    const tuple = (t._type === 'Tuple' && t.elts.length > 0)
      || (t._type === 'Constant' && t.value instanceof PyTuple && t.value.items.length > 0);
    if (tuple) this.warn(['assertTuple']);
    if (this.options.optimize > 0) return;
    this.jumpIf(t);
    this.optExpr(s.msg);
  }

  private importStmt(s: Stmt & { _type: 'Import' }): void {
    for (const alias of s.names) this.storeName(alias.asname ?? alias.name.split('.')[0]);
  }

  private importFrom(s: Stmt & { _type: 'ImportFrom' }): void {
    if (s.lineno > this.options.futureLineno && s.module === '__future__') this.error('lateFuture');
    for (const alias of s.names) if (alias.name !== '*') this.storeName(alias.asname ?? alias.name);
  }

  // ---- names -------------------------------------------------------------------------------------

  /** forbidden_name for a store. */
  storeName(name: string): void {
    if (name === '__debug__') this.error('assignDebug');
  }

  private nameOp(name: string, ctx: 'Load' | 'Store' | 'Del'): void {
    if (name !== '__debug__') return;
    if (ctx === 'Store') this.error('assignDebug');
    if (ctx === 'Del') this.error('deleteDebug');
  }

  /** compiler_check_debug_args. */
  private debugArgs(a: Arguments): void {
    for (const arg of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) {
      if (arg !== null) this.storeName(arg.arg);
    }
  }

  private defaults(a: Arguments): void {
    this.exprs(a.defaults);
    for (const d of a.kw_defaults) this.optExpr(d);
  }

  /** compiler_visit_annotations: `args` before `posonlyargs`, as CPython 3.11 orders them. */
  private annotations(a: Arguments, returns: Expr | null): void {
    if (this.options.futureAnnotations) return;
    for (const arg of [...a.args, ...a.posonlyargs, a.vararg, ...a.kwonlyargs, a.kwarg]) {
      const ann = arg?.annotation ?? null;
      if (ann !== null) this.expr(ann._type === 'Starred' ? ann.value : ann);
    }
    this.optExpr(returns);
  }

  // ---- expressions -------------------------------------------------------------------------------

  exprs(list: readonly Expr[]): void {
    for (const e of list) this.expr(e);
  }

  optExpr(e: Expr | null): void {
    if (e !== null) this.expr(e);
  }

  /** compiler_visit_expr: enter the node's position, visit, restore. */
  expr(e: Expr): void {
    const { lineno, col, endLineno, endCol } = this.loc;
    this.setLoc(e);
    this.expr1(e);
    this.loc.set(lineno, col, endLineno, endCol);
  }

  private expr1(e: Expr): void {
    switch (e._type) {
      case 'NamedExpr': this.expr(e.value); return this.expr(e.target);
      case 'BoolOp': return this.exprs(e.values);
      case 'BinOp': this.expr(e.left); return this.expr(e.right);
      case 'UnaryOp': return this.expr(e.operand);
      case 'Lambda': return this.lambda(e);
      case 'IfExp': this.jumpIf(e.test); this.expr(e.body); return this.expr(e.orelse);
      case 'Dict':
        for (let i = 0; i < e.values.length; i++) { const k = e.keys[i]; if (k !== null) this.expr(k); this.expr(e.values[i]); }
        return;
      case 'Set': return this.starUnpack(e.elts);
      case 'ListComp': case 'SetComp': case 'GeneratorExp': return this.comprehension(e, e.generators, [e.elt]);
      case 'DictComp': return this.comprehension(e, e.generators, [e.key, e.value]);
      case 'Await': return this.awaitExpr(e);
      case 'Yield':
        if (this.unit.ste.type !== BlockType.FUNCTION) this.error('yieldOutsideFunction');
        return this.optExpr(e.value);
      case 'YieldFrom':
        if (this.unit.ste.type !== BlockType.FUNCTION) this.error('yieldOutsideFunction');
        if (this.unit.scope === 'async') this.error('yieldFromInAsync');
        return this.expr(e.value);
      case 'Compare': this.warn(checkCompare(e)); this.expr(e.left); return this.exprs(e.comparators);
      case 'Call': return this.call(e);
      case 'FormattedValue': this.expr(e.value); return this.optExpr(e.format_spec);
      case 'JoinedStr': return this.exprs(e.values);
      case 'Constant': return;
      case 'Attribute': return this.attribute(e);
      case 'Subscript': return this.subscript(e);
      case 'Starred': return this.error(e.ctx === 'Store' ? 'starredAssignTarget' : 'starredHere');
      case 'Name': return this.nameOp(e.id, e.ctx);
      case 'List': case 'Tuple': return this.sequence(e.elts, e.ctx);
      case 'Slice': this.optExpr(e.lower); this.optExpr(e.upper); return this.optExpr(e.step);
    }
  }

  /** compiler_jump_if: conditions are taken apart without entering their positions, except leaves. */
  jumpIf(e: Expr): void {
    switch (e._type) {
      case 'UnaryOp': if (e.op === 'Not') return this.jumpIf(e.operand); break;
      case 'BoolOp': for (const v of e.values) this.jumpIf(v); return;
      case 'IfExp': this.jumpIf(e.test); this.jumpIf(e.body); return this.jumpIf(e.orelse);
      case 'Compare':
        if (e.ops.length > 1) { this.warn(checkCompare(e)); this.expr(e.left); return this.exprs(e.comparators); }
        break;
    }
    this.expr(e);
  }

  private lambda(e: Expr & { _type: 'Lambda' }): void {
    this.debugArgs(e.args);
    this.defaults(e.args);
    this.enter('lambda', e, () => this.expr(e.body));
  }

  private awaitExpr(e: Expr & { _type: 'Await' }): void {
    if (this.unit.ste.type !== BlockType.FUNCTION) this.error('awaitOutsideFunction');
    if (this.unit.scope !== 'async' && this.unit.scope !== 'comprehension') this.error('awaitOutsideAsync');
    this.expr(e.value);
  }

  /** compiler_comprehension: the body in its own unit, then the outermost iterable in the enclosing one. */
  private comprehension(e: Expr, generators: readonly Comprehension[], elts: readonly Expr[]): void {
    const outer = this.unit.scope;
    this.enter('comprehension', e, () => {
      this.setLoc(e);
      const asyncComp = this.unit.ste.coroutine;
      if (asyncComp && e._type !== 'GeneratorExp' && outer !== 'async' && outer !== 'comprehension') {
        this.error('asyncComprehensionOutsideAsync');
      }
      this.generator(generators, 0, elts);
    });
    this.expr(generators[0].iter);
  }

  private generator(generators: readonly Comprehension[], index: number, elts: readonly Expr[]): void {
    const gen = generators[index];
    if (index > 0) this.expr(gen.iter);
    if (gen.is_async) this.pushFBlock('asyncComprehension');
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond);
    if (index + 1 < generators.length) this.generator(generators, index + 1, elts);
    else this.exprs(elts);
    if (gen.is_async) this.popFBlock();
  }

  /** compiler_call: keywords validated first; a call on an attribute may be compiled as a method call. */
  private call(e: Expr & { _type: 'Call' }): void {
    this.validateKeywords(e.keywords);
    if (!this.isMethodCall(e)) this.warn(checkCaller(e.func));
    this.expr(e.func);
    this.callArguments(e.args, e.keywords);
  }

  /** maybe_optimize_method_call's conditions; only whether check_caller runs depends on them. */
  private isMethodCall(e: Expr & { _type: 'Call' }): boolean {
    const f = e.func;
    if (f._type !== 'Attribute' || f.ctx !== 'Load') return false;
    const base = f.value;
    if (base._type === 'Name' && (this.st.top.flagsOf(base.id) & DefFlag.IMPORT) !== 0) return false;
    const n = e.args.length + e.keywords.length + (e.keywords.length > 0 ? 1 : 0);
    if (n >= STACK_USE_GUIDELINE) return false;
    return !e.args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null);
  }

  /** compiler_call_helper: keywords validated, then the positional arguments, then the keyword values. */
  private callArguments(args: readonly Expr[], keywords: readonly Keyword[]): void {
    this.validateKeywords(keywords);
    this.starUnpack(args);
    for (const k of keywords) this.expr(k.value);
  }

  /** validate_keywords: no `__debug__=`, no name twice (reported at the repeat). */
  private validateKeywords(keywords: readonly Keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const name = keywords[i].arg;
      if (name === null) continue;
      this.storeName(name);
      for (let j = i + 1; j < keywords.length; j++) {
        if (keywords[j].arg === name) {
          this.setLoc(keywords[j]);
          this.error('keywordRepeated', name);
        }
      }
    }
  }

  /** Displays and argument lists: a starred element is unpacked, so only its value is visited. */
  private starUnpack(elts: readonly Expr[]): void {
    for (const elt of elts) this.expr(elt._type === 'Starred' ? elt.value : elt);
  }

  private attribute(e: Expr & { _type: 'Attribute' }): void {
    this.expr(e.value);
    this.matchAttrLocation(e);
    if (e.ctx === 'Store') this.storeName(e.attr);
  }

  /** update_start_location_to_match_attr: a multi-line attribute is located at its last line. */
  private matchAttrLocation(e: Expr & { _type: 'Attribute' }): void {
    const loc = this.loc;
    if (loc.lineno === e.end_lineno) return;
    loc.lineno = e.end_lineno;
    const len = [...e.attr].length;
    if (len <= e.end_col_offset) loc.col = e.end_col_offset - len;
    else { loc.col = -1; loc.endCol = -1; }
    loc.endLineno = Math.max(loc.lineno, loc.endLineno);
    if (loc.lineno === loc.endLineno) loc.endCol = Math.max(loc.col, loc.endCol);
  }

  private subscript(e: Expr & { _type: 'Subscript' }): void {
    if (e.ctx === 'Load') {
      this.warn(checkSubscripter(e.value));
      this.warn(checkIndex(e.value, e.slice));
    }
    this.expr(e.value);
    this.expr(e.slice);
  }

  /** A tuple or list: unpacked when a target (assignment_helper), built or deleted element-wise otherwise. */
  private sequence(elts: readonly Expr[], ctx: 'Load' | 'Store' | 'Del'): void {
    if (ctx === 'Load') return this.starUnpack(elts);
    if (ctx === 'Store') {
      this.checkUnpack(elts);
      return this.starUnpack(elts);
    }
    this.exprs(elts);
  }

  /** unpack_helper (and pattern_unpack_helper): at most one starred target, fewer than 256 targets before it. */
  checkUnpack(elts: readonly { _type: string }[], starKind = 'Starred', pattern = false): void {
    let seenStar = false;
    elts.forEach((elt, i) => {
      if (elt._type !== starKind) return;
      if (seenStar) this.error(pattern ? 'multipleStarredPattern' : 'multipleStarred');
      if (i >= MAX_BEFORE_STAR) this.error(pattern ? 'tooManyBeforeStarPattern' : 'tooManyBeforeStar');
      seenStar = true;
    });
  }
}
