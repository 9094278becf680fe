// One compilation unit: the state codegen keeps while compiling one code
// object (compile.c's struct compiler_unit).
//
// It owns the blocks, the current block and location, the tables that become
// co_consts / co_names / co_varnames (name or constant key -> index, in order
// of first use), the cell and free variables, and the stack of "frame blocks"
// (loops, try, with, ...) that break/continue/return must unwind.

import type { ConstValue } from '../../bytecode/code.js';
import { Block, BlockList, Instr, type Loc } from './cfg.js';
import { constKey } from './const-key.js';
import { endsBlock, Op } from './ops.js';
import { DefFlag, Scope } from '../symtable/flags.js';
import type { ScopeInfo } from './scope.js';

export const ScopeType = {
  MODULE: 0,
  CLASS: 1,
  FUNCTION: 2,
  ASYNC_FUNCTION: 3,
  LAMBDA: 4,
  COMPREHENSION: 5,
} as const;

export type FBlockType =
  | 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'ASYNC_WITH'
  | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER'
  | 'ASYNC_COMPREHENSION_GENERATOR';

export interface FBlock {
  type: FBlockType;
  block: Block | null;
  exit: Block | null;
  /** Type-specific: the finally body, the with statement, or the handler's bound name. */
  datum: unknown;
}

/** A table of distinct keys in order of first insertion, each with its index. */
export class IndexTable<K> {
  readonly index = new Map<K, number>();
  /** Indices start here: free variables are numbered after the cells, as deref opargs see them. */
  constructor(readonly offset = 0) {}
  add(key: K): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.offset + this.index.size;
      this.index.set(key, i);
    }
    return i;
  }
  get size(): number {
    return this.index.size;
  }
  keys(): K[] {
    return [...this.index.keys()];
  }
}

export class Unit {
  readonly blocks = new BlockList();
  curblock: Block;
  needNewImplicitBlock = false;
  readonly consts = new IndexTable<string>();
  readonly constValues: ConstValue[] = [];
  readonly names = new IndexTable<string>();
  readonly varnames = new IndexTable<string>();
  readonly cellvars = new IndexTable<string>();
  readonly freevars: IndexTable<string>;
  readonly fblocks: FBlock[] = [];
  qualname: string | null = null;
  private_: string | null = null;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly loc: Loc;

  constructor(
    readonly ste: ScopeInfo,
    readonly name: string,
    readonly scopeType: number,
    public firstlineno: number,
  ) {
    for (const p of ste.params) this.varnames.add(p);
    for (const n of [...ste.symbolNames].sort(codePointCompare)) {
      if (ste.scopeOf(n) === Scope.CELL) this.cellvars.add(n);
    }
    if (ste.needsClassClosure) this.cellvars.add('__class__');
    this.freevars = new IndexTable<string>(this.cellvars.size);
    for (const n of [...ste.symbolNames].sort(codePointCompare)) {
      if (ste.scopeOf(n) === Scope.FREE || (ste.flagsOf(n) & DefFlag.FREE_CLASS) !== 0) this.freevars.add(n);
    }
    this.loc = { lineno: firstlineno, endLineno: firstlineno, col: 0, endCol: 0 };
    this.curblock = this.blocks.newBlock();
  }

  addConst(v: ConstValue): number {
    const i = this.consts.add(constKey(v));
    if (i === this.constValues.length) this.constValues.push(v);
    return i;
  }

  /** Appends an instruction at `loc` to the current block, opening a new block after a block-ender. */
  emit(opcode: number, oparg: number, loc: Loc, target: Block | null = null): Instr {
    if (this.needNewImplicitBlock) this.useNextBlock(this.blocks.newBlock());
    const b = this.curblock;
    const instr = new Instr(opcode, oparg, loc.lineno, loc.endLineno, loc.col, loc.endCol);
    instr.target = target;
    b.instrs.push(instr);
    if (opcode === Op.RETURN_VALUE) b.hasReturn = true;
    if (endsBlock(opcode)) this.needNewImplicitBlock = true;
    return instr;
  }

  useNextBlock(block: Block): Block {
    this.curblock.next = block;
    this.curblock = block;
    this.needNewImplicitBlock = false;
    return block;
  }
}

/** Python's str ordering (by code point), which `sorted()` of names uses. */
export function codePointCompare(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
