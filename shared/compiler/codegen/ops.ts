// The compiler's view of the instruction set, derived from the one opcode
// table (shared/bytecode/opcodes.ts): the opcode numbers, virtual
// instructions included (negative numbers, which assembly lowers to real
// opcodes or removes), and the predicates codegen and the assembler passes ask.
// Nothing here is a table of its own.

import {
  hasArgument, inlineCacheEntries, isBlockPush, isJump, isScopeExit, isTerminator, isUnconditionalJump, Op,
} from '../../bytecode/opcodes.js';

export { isBlockPush, isScopeExit, Op };

/** Inline CACHE code units after each real opcode. */
export const CACHE_COUNT = inlineCacheEntries;
/** Takes an argument (opcode >= HAVE_ARGUMENT); virtual instructions never reach the bytecode. */
export const hasArg = hasArgument;
/** A jump with a target block: virtual jumps and, after lowering, the real relative jumps. */
export const isJumpOp = isJump;
/** Ends a basic block: a jump, or an instruction after which control never falls through. */
export const endsBlock = isTerminator;
/** Unconditional transfers: nothing after them in the block runs. */
export const isUnconditional = (op: number): boolean => isUnconditionalJump(op) || isScopeExit(op);
