// Presents C4's symbol table (symtable.ts) through the ScopeInfo interface
// codegen reads (codegen/scope.ts).

import type { Symtable, SymtableBlock } from '../symtable.js';
import { BlockType } from '../symtable.js';
import type { BlockKind, ScopeInfo, SymbolTable } from './scope.js';

const KIND: Record<number, BlockKind> = {
  [BlockType.FUNCTION]: 'function',
  [BlockType.CLASS]: 'class',
  [BlockType.MODULE]: 'module',
};

class BlockScope implements ScopeInfo {
  constructor(private readonly block: SymtableBlock) {}
  get kind(): BlockKind {
    return KIND[this.block.type] ?? 'function';
  }
  get symbolNames(): readonly string[] {
    return [...this.block.symbols.keys()];
  }
  get params(): readonly string[] {
    return this.block.varnames;
  }
  get generator(): boolean {
    return this.block.generator;
  }
  get coroutine(): boolean {
    return this.block.coroutine;
  }
  get nested(): boolean {
    return this.block.nested;
  }
  get varargs(): boolean {
    return this.block.varargs;
  }
  get varkeywords(): boolean {
    return this.block.varkeywords;
  }
  get needsClassClosure(): boolean {
    return this.block.needsClassClosure;
  }
  scopeOf(name: string): number {
    return this.block.scopeOf(name);
  }
  flagsOf(name: string): number {
    return this.block.flagsOf(name);
  }
}

export function adaptSymtable(st: Symtable): SymbolTable {
  const cache = new Map<SymtableBlock, ScopeInfo>();
  const wrap = (b: SymtableBlock): ScopeInfo => {
    let s = cache.get(b);
    if (!s) {
      s = new BlockScope(b);
      cache.set(b, s);
    }
    return s;
  };
  return {
    top: wrap(st.top),
    scopeFor(node: object): ScopeInfo {
      const b = st.blocks.get(node as never);
      if (!b) throw new Error('no symbol table block for node');
      return wrap(b);
    },
  };
}
