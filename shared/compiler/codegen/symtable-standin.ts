// TEMPORARY stand-in for C4's symbol table (shared/compiler/symtable.ts), so
// codegen can run before it lands. It resolves names without closures: a name
// bound in a function is LOCAL, a `global` one GLOBAL_EXPLICIT, anything else
// GLOBAL_IMPLICIT; there are no cell or free variables, and no errors.
// Delete this file when codegen switches to buildSymtable.

import type { AstNode, Expr, Stmt } from '../../ast/nodes.js';
import { DefFlag, SymScope, type BlockKind, type ScopeInfo, type SymbolTable } from './scope.js';

const SCOPE_NODES = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Lambda',
  'ListComp', 'SetComp', 'DictComp', 'GeneratorExp']);

class StandinScope implements ScopeInfo {
  readonly bound = new Set<string>();
  readonly globals = new Set<string>();
  readonly imported = new Set<string>();
  readonly used = new Set<string>();
  readonly params: string[] = [];
  generator = false;
  coroutine = false;
  varargs = false;
  varkeywords = false;
  readonly needsClassClosure = false;

  constructor(readonly kind: BlockKind, readonly nested: boolean) {}

  get symbolNames(): string[] {
    return [...new Set([...this.bound, ...this.used, ...this.params])];
  }

  scopeOf(name: string): number {
    if (this.globals.has(name)) return SymScope.GLOBAL_EXPLICIT;
    if (this.kind === 'module') return SymScope.GLOBAL_IMPLICIT;
    if (this.bound.has(name) || this.params.includes(name)) return SymScope.LOCAL;
    return SymScope.GLOBAL_IMPLICIT;
  }

  flagsOf(name: string): number {
    return this.imported.has(name) ? DefFlag.DEF_IMPORT : 0;
  }
}

type AnyNode = AstNode & Record<string, unknown>;

class Builder {
  readonly scopes = new Map<object, StandinScope>();

  visitChildren(node: AnyNode, scope: StandinScope): void {
    for (const [key, value] of Object.entries(node)) {
      if (key === '_type') continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) this.visit(item as AnyNode, scope);
      } else if (isNode(value)) this.visit(value as AnyNode, scope);
    }
  }

  visit(node: AnyNode, scope: StandinScope): void {
    const t = node._type as string;
    if (SCOPE_NODES.has(t)) return this.openScope(node, scope);
    if (t === 'Name') {
      const n = node as unknown as Extract<Expr, { _type: 'Name' }>;
      (n.ctx === 'Load' ? scope.used : scope.bound).add(n.id);
      return;
    }
    if (t === 'Global') for (const n of (node as unknown as { names: string[] }).names) scope.globals.add(n);
    if (t === 'Import' || t === 'ImportFrom') this.bindImports(node, scope);
    if (t === 'ExceptHandler' && node.name) scope.bound.add(node.name as string);
    if ((t === 'MatchAs' || t === 'MatchStar') && node.name) scope.bound.add(node.name as string);
    if (t === 'MatchMapping' && node.rest) scope.bound.add(node.rest as string);
    if (t === 'Yield' || t === 'YieldFrom') scope.generator = true;
    if (t === 'Await') scope.coroutine = true;
    this.visitChildren(node, scope);
  }

  bindImports(node: AnyNode, scope: StandinScope): void {
    for (const a of node.names as { name: string; asname: string | null }[]) {
      const name = a.asname ?? a.name.split('.')[0];
      if (name === '*') continue;
      scope.bound.add(name);
      scope.imported.add(name);
    }
  }

  openScope(node: AnyNode, parent: StandinScope): void {
    const t = node._type as string;
    const nested = parent.kind !== 'module' || parent.nested;
    const kind: BlockKind = t === 'ClassDef' ? 'class' : 'function';
    const scope = new StandinScope(kind, kind === 'function' && (parent.kind === 'function' || parent.nested));
    void nested;
    this.scopes.set(node, scope);
    if (t === 'ClassDef') return this.classScope(node, parent, scope);
    if (t === 'FunctionDef' || t === 'AsyncFunctionDef' || t === 'Lambda') {
      return this.functionScope(node, parent, scope);
    }
    this.comprehensionScope(node, parent, scope);
  }

  classScope(node: AnyNode, parent: StandinScope, scope: StandinScope): void {
    parent.bound.add(node.name as string);
    for (const e of [...(node.decorator_list as Expr[]), ...(node.bases as Expr[])]) this.visit(e as AnyNode, parent);
    for (const k of node.keywords as AnyNode[]) this.visit(k, parent);
    for (const s of node.body as Stmt[]) this.visit(s as AnyNode, scope);
  }

  functionScope(node: AnyNode, parent: StandinScope, scope: StandinScope): void {
    if (node._type !== 'Lambda') {
      parent.bound.add(node.name as string);
      for (const e of node.decorator_list as Expr[]) this.visit(e as AnyNode, parent);
      if (node.returns) this.visit(node.returns as AnyNode, parent);
    }
    if (node._type === 'AsyncFunctionDef') scope.coroutine = true;
    const args = node.args as AnyNode;
    for (const e of args.defaults as Expr[]) this.visit(e as AnyNode, parent);
    for (const e of args.kw_defaults as (Expr | null)[]) if (e) this.visit(e as AnyNode, parent);
    const order = [...(args.posonlyargs as AnyNode[]), ...(args.args as AnyNode[]),
      ...(args.kwonlyargs as AnyNode[])];
    if (args.vararg) scope.varargs = true;
    if (args.kwarg) scope.varkeywords = true;
    const all = [...order];
    if (args.vararg) all.splice(order.length, 0, args.vararg as AnyNode);
    for (const a of [...order, args.vararg, args.kwarg]) {
      if (a && (a as AnyNode).annotation) this.visit((a as AnyNode).annotation as AnyNode, parent);
    }
    // CPython's parameter order: positional, keyword-only, then *args, then **kwargs.
    scope.params.push(...order.map((a) => a.arg as string));
    if (args.vararg) scope.params.push((args.vararg as AnyNode).arg as string);
    if (args.kwarg) scope.params.push((args.kwarg as AnyNode).arg as string);
    const body = node.body;
    if (Array.isArray(body)) for (const s of body) this.visit(s as AnyNode, scope);
    else this.visit(body as AnyNode, scope);
  }

  comprehensionScope(node: AnyNode, parent: StandinScope, scope: StandinScope): void {
    const gens = node.generators as AnyNode[];
    this.visit(gens[0].iter as AnyNode, parent);
    scope.params.push('.0');
    if (node._type === 'GeneratorExp') scope.generator = true;
    gens.forEach((g, i) => {
      if (i > 0) this.visit(g.iter as AnyNode, scope);
      this.visit(g.target as AnyNode, scope);
      for (const cond of g.ifs as AnyNode[]) this.visit(cond, scope);
      if (g.is_async) scope.coroutine = true;
    });
    for (const key of ['elt', 'key', 'value']) if (node[key]) this.visit(node[key] as AnyNode, scope);
  }
}

function isNode(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { _type?: unknown })._type === 'string';
}

/** Builds the stand-in symbol table of a module AST. */
export function buildStandinSymtable(mod: AstNode): SymbolTable {
  const builder = new Builder();
  const top = new StandinScope('module', false);
  builder.visitChildren(mod as AnyNode, top);
  return {
    top,
    scopeFor(node: object): ScopeInfo {
      const s = builder.scopes.get(node);
      if (!s) throw new Error('no scope for node');
      return s;
    },
  };
}
