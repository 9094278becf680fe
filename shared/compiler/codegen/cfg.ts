// The compiler's intermediate form: basic blocks of instructions with source
// locations, as in 3.11's compile.c (struct instr / basicblock).
//
// Codegen appends instructions (real opcodes and pseudo-instructions) to the
// current block; jumps point at blocks, not offsets. Blocks are linked twice:
// `next` is the layout / fall-through order, and `allocIndex` records creation
// order, which several assembler passes walk (compile.c's b_list, newest first).
// A location of lineno -1 means "none" (an artificial instruction).

export class Instr {
  /** Target of a jump or SETUP_* pseudo-instruction. */
  target: Block | null = null;
  /** Exception handler in force at this instruction (set by the exception-labelling pass). */
  except: Block | null = null;

  constructor(
    public opcode: number,
    public oparg: number,
    public lineno: number,
    public endLineno: number,
    public col: number,
    public endCol: number,
  ) {}

  copyLocFrom(other: Instr | Loc): void {
    this.lineno = other.lineno;
    this.endLineno = other.endLineno;
    this.col = other.col;
    this.endCol = other.endCol;
  }

  clone(): Instr {
    const copy = new Instr(this.opcode, this.oparg, this.lineno, this.endLineno, this.col, this.endCol);
    copy.target = this.target;
    copy.except = this.except;
    return copy;
  }
}

/** A source span; the mutable "current location" of codegen. */
export interface Loc {
  lineno: number;
  endLineno: number;
  col: number;
  endCol: number;
}

export const NO_LOC: Readonly<Loc> = { lineno: -1, endLineno: -1, col: -1, endCol: -1 };

export class Block {
  instrs: Instr[] = [];
  /** The block control falls into (layout order). */
  next: Block | null = null;
  predecessors = 0;
  /** Stack depth on entry, computed by the stack-depth pass (INT_MIN-like when unknown). */
  startDepth = -0x80000000;
  /** Code-unit offset, computed when jumps are resolved. */
  offset = 0;
  /** Ends with a return, raise or unconditional jump. */
  nofallthrough = false;
  /** Exception handler that must preserve `lasti` (SETUP_CLEANUP / SETUP_WITH targets). */
  preserveLasti = false;
  visited = false;
  /** Ends with a return or raise. */
  exit = false;
  /** Contains a RETURN_VALUE. */
  hasReturn = false;
  /** Exception-handler stack on entry, used only while labelling handlers. */
  exceptStack: Block[] | null = null;

  constructor(readonly allocIndex: number) {}

  get last(): Instr | undefined {
    return this.instrs[this.instrs.length - 1];
  }
}

/** All blocks of one code unit, in creation order, with the entry block first. */
export class BlockList {
  readonly all: Block[] = [];

  newBlock(): Block {
    const b = new Block(this.all.length);
    this.all.push(b);
    return b;
  }

  get entry(): Block {
    return this.all[0];
  }

  /** compile.c's b_list order: most recently created first. */
  *newestFirst(): IterableIterator<Block> {
    for (let i = this.all.length - 1; i >= 0; i--) yield this.all[i];
  }
}

/** Walks blocks in layout order from `entry`. */
export function* layout(entry: Block): IterableIterator<Block> {
  for (let b: Block | null = entry; b !== null; b = b.next) yield b;
}
