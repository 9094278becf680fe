// The first pass's state and primitives (CPython's struct symtable with
// symtable_enter_block, symtable_exit_block and symtable_add_def).
//
// The visitors in visit-stmt.ts and visit-expr.ts walk the AST and call these
// primitives; every name goes through `addDef`, which mangles it, merges its
// flags, catches duplicate parameters and walrus/iteration-variable clashes,
// and mirrors `global` declarations into the module block.

import type { AstNode } from '../../ast/nodes.js';
import { SymtableBlock } from './block.js';
import { type ErrorSite, type Span, type SymtableMessage, rangedError } from './errors.js';
import { BlockType, type BlockTypeKind, DefFlag } from './flags.js';
import type { FutureFlags } from './future.js';
import { mangle } from './mangle.js';

export class SymtableBuilder {
  /** Blocks being visited, innermost last (annotation blocks included). */
  readonly stack: SymtableBlock[] = [];
  /** Every block but annotation blocks, by the AST node that opens it. */
  readonly blocks = new Map<AstNode, SymtableBlock>();
  top: SymtableBlock | null = null;
  /** The class name that mangles `__private` names, while inside a class body. */
  privateName: string | null = null;

  constructor(readonly site: ErrorSite, readonly future: FutureFlags) {}

  /** The block being visited. */
  get cur(): SymtableBlock {
    return this.stack[this.stack.length - 1];
  }

  /** Opens a block for `node` and makes it current (symtable_enter_block). */
  enterBlock(name: string, type: BlockTypeKind, node: AstNode, span: Span): SymtableBlock {
    const prev = this.stack.length > 0 ? this.cur : null;
    const block = new SymtableBlock(type, name, spanOf(span));
    if (prev !== null) {
      block.nested = prev.nested || prev.type === BlockType.FUNCTION;
      // bpo-37757: a walrus anywhere inside a comprehension's iterable, even in a nested lambda, is refused.
      block.compIterExpr = prev.compIterExpr;
    }
    this.stack.push(block);
    // Annotation blocks only keep names out of the enclosing scope; they are never analysed or compiled.
    if (type === BlockType.ANNOTATION) return block;
    this.blocks.set(node, block);
    if (prev === null) this.top = block;
    else prev.children.push(block);
    return block;
  }

  exitBlock(): void {
    this.stack.pop();
  }

  /** The module block's symbols, where `global` declarations are mirrored (st_global). */
  get globalSymbols(): Map<string, number> {
    return this.top!.symbols;
  }

  /** The flags the current block has for `name` (mangled first; symtable_lookup). */
  lookup(name: string): number {
    return this.cur.flagsOf(mangle(this.privateName, name));
  }

  /** Records `flag` for `name` in `block` (symtable_add_def_helper). */
  addDef(name: string, flag: number, span: Span, block: SymtableBlock = this.cur): void {
    const mangled = mangle(this.privateName, name);
    const old = block.symbols.get(mangled);
    let flags = flag;
    if (old !== undefined) {
      if (flag & old & DefFlag.PARAM) throw this.error('duplicateArgument', span, name);
      flags |= old;
    }
    if (block.compIterTarget) {
      if (flags & (DefFlag.GLOBAL | DefFlag.NONLOCAL)) throw this.error('namedExprCompInnerLoopConflict', span, name);
      flags |= DefFlag.COMP_ITER;
    }
    block.symbols.set(mangled, flags);
    if (flag & DefFlag.PARAM) {
      block.varnames.push(mangled);
    } else if (flag & DefFlag.GLOBAL) {
      const globals = this.globalSymbols;
      globals.set(mangled, flag | (globals.get(mangled) ?? 0));
    }
  }

  /** Remembers a declaration's position for errors found by the analysis (symtable_record_directive). */
  recordDirective(name: string, span: Span): void {
    this.cur.directives.push({ name: mangle(this.privateName, name), ...spanOf(span) });
  }

  /** A SyntaxError located at `span`, ready to throw. */
  error(kind: SymtableMessage, span: Span, name?: string): Error {
    return rangedError(this.site, kind, span, name);
  }
}

/** Copies the four position fields (nodes carry more fields than a span). */
export function spanOf(node: Span): Span {
  return { lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}

/** The span CPython gives the module block. */
export const MODULE_SPAN: Span = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
