// The compiler's view of the instruction set: real 3.11 opcodes by name, plus
// the pseudo-instructions codegen emits and the assembler lowers.
//
// TEMPORARY BRIDGE: the real opcode table is C1's shared/bytecode/opcodes.ts.
// Until it lands, the numbers below stand in for it (they are CPython 3.11's
// opcode.opmap); once it exists this file derives everything from it instead.
// Pseudo-instructions are negative, as in 3.11's compile.c, so they can never
// collide with a real opcode and `op < 0` tells them apart.

const REAL = {
  CACHE: 0, POP_TOP: 1, PUSH_NULL: 2, NOP: 9, UNARY_POSITIVE: 10, UNARY_NEGATIVE: 11, UNARY_NOT: 12,
  UNARY_INVERT: 15, BINARY_SUBSCR: 25, GET_LEN: 30, MATCH_MAPPING: 31, MATCH_SEQUENCE: 32, MATCH_KEYS: 33,
  PUSH_EXC_INFO: 35, CHECK_EXC_MATCH: 36, CHECK_EG_MATCH: 37, WITH_EXCEPT_START: 49, GET_AITER: 50,
  GET_ANEXT: 51, BEFORE_ASYNC_WITH: 52, BEFORE_WITH: 53, END_ASYNC_FOR: 54, STORE_SUBSCR: 60,
  DELETE_SUBSCR: 61, GET_ITER: 68, GET_YIELD_FROM_ITER: 69, PRINT_EXPR: 70, LOAD_BUILD_CLASS: 71,
  LOAD_ASSERTION_ERROR: 74, RETURN_GENERATOR: 75, LIST_TO_TUPLE: 82, RETURN_VALUE: 83, IMPORT_STAR: 84,
  SETUP_ANNOTATIONS: 85, YIELD_VALUE: 86, ASYNC_GEN_WRAP: 87, PREP_RERAISE_STAR: 88, POP_EXCEPT: 89,
  STORE_NAME: 90, DELETE_NAME: 91, UNPACK_SEQUENCE: 92, FOR_ITER: 93, UNPACK_EX: 94, STORE_ATTR: 95,
  DELETE_ATTR: 96, STORE_GLOBAL: 97, DELETE_GLOBAL: 98, SWAP: 99, LOAD_CONST: 100, LOAD_NAME: 101,
  BUILD_TUPLE: 102, BUILD_LIST: 103, BUILD_SET: 104, BUILD_MAP: 105, LOAD_ATTR: 106, COMPARE_OP: 107,
  IMPORT_NAME: 108, IMPORT_FROM: 109, JUMP_FORWARD: 110, JUMP_IF_FALSE_OR_POP: 111, JUMP_IF_TRUE_OR_POP: 112,
  POP_JUMP_FORWARD_IF_FALSE: 114, POP_JUMP_FORWARD_IF_TRUE: 115, LOAD_GLOBAL: 116, IS_OP: 117,
  CONTAINS_OP: 118, RERAISE: 119, COPY: 120, BINARY_OP: 122, SEND: 123, LOAD_FAST: 124, STORE_FAST: 125,
  DELETE_FAST: 126, POP_JUMP_FORWARD_IF_NOT_NONE: 128, POP_JUMP_FORWARD_IF_NONE: 129, RAISE_VARARGS: 130,
  GET_AWAITABLE: 131, MAKE_FUNCTION: 132, BUILD_SLICE: 133, JUMP_BACKWARD_NO_INTERRUPT: 134, MAKE_CELL: 135,
  LOAD_CLOSURE: 136, LOAD_DEREF: 137, STORE_DEREF: 138, DELETE_DEREF: 139, JUMP_BACKWARD: 140,
  CALL_FUNCTION_EX: 142, EXTENDED_ARG: 144, LIST_APPEND: 145, SET_ADD: 146, MAP_ADD: 147,
  LOAD_CLASSDEREF: 148, COPY_FREE_VARS: 149, RESUME: 151, MATCH_CLASS: 152, FORMAT_VALUE: 155,
  BUILD_CONST_KEY_MAP: 156, BUILD_STRING: 157, LOAD_METHOD: 160, LIST_EXTEND: 162, SET_UPDATE: 163,
  DICT_MERGE: 164, DICT_UPDATE: 165, PRECALL: 166, CALL: 171, KW_NAMES: 172,
  POP_JUMP_BACKWARD_IF_NOT_NONE: 173, POP_JUMP_BACKWARD_IF_NONE: 174, POP_JUMP_BACKWARD_IF_FALSE: 175,
  POP_JUMP_BACKWARD_IF_TRUE: 176,
} as const;

/** Pseudo-instructions: emitted by codegen, gone after assembly. */
const PSEUDO = {
  SETUP_FINALLY: -1, SETUP_CLEANUP: -2, SETUP_WITH: -3, POP_BLOCK: -4, JUMP: -5, JUMP_NO_INTERRUPT: -6,
  POP_JUMP_IF_FALSE: -7, POP_JUMP_IF_TRUE: -8, POP_JUMP_IF_NONE: -9, POP_JUMP_IF_NOT_NONE: -10,
} as const;

export const Op = { ...REAL, ...PSEUDO } as const;
export type OpName = keyof typeof Op;

/** Opcodes at or above this number take an argument (3.11's HAVE_ARGUMENT). */
export const HAVE_ARGUMENT = 90;

/** Inline CACHE entries after each real opcode (3.11's _PyOpcode_Caches). */
const CACHES: Partial<Record<keyof typeof REAL, number>> = {
  BINARY_SUBSCR: 4, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, STORE_ATTR: 4, LOAD_ATTR: 4, COMPARE_OP: 2,
  LOAD_GLOBAL: 5, BINARY_OP: 1, LOAD_METHOD: 10, PRECALL: 1, CALL: 4,
};

export const CACHE_COUNT = new Uint8Array(256);
for (const [name, n] of Object.entries(CACHES)) CACHE_COUNT[REAL[name as keyof typeof REAL]] = n;

/** Real opcodes whose argument is a relative jump (all of 3.11's jumps are relative). */
export const REAL_JUMPS: ReadonlySet<number> = new Set([
  REAL.FOR_ITER, REAL.JUMP_FORWARD, REAL.JUMP_IF_FALSE_OR_POP, REAL.JUMP_IF_TRUE_OR_POP,
  REAL.POP_JUMP_FORWARD_IF_FALSE, REAL.POP_JUMP_FORWARD_IF_TRUE, REAL.SEND,
  REAL.POP_JUMP_FORWARD_IF_NOT_NONE, REAL.POP_JUMP_FORWARD_IF_NONE, REAL.JUMP_BACKWARD_NO_INTERRUPT,
  REAL.JUMP_BACKWARD, REAL.POP_JUMP_BACKWARD_IF_NOT_NONE, REAL.POP_JUMP_BACKWARD_IF_NONE,
  REAL.POP_JUMP_BACKWARD_IF_FALSE, REAL.POP_JUMP_BACKWARD_IF_TRUE,
]);

/** Pseudo jumps (the assembler picks the forward or backward real opcode). */
export const PSEUDO_JUMPS: ReadonlySet<number> = new Set([
  PSEUDO.JUMP, PSEUDO.JUMP_NO_INTERRUPT, PSEUDO.POP_JUMP_IF_FALSE, PSEUDO.POP_JUMP_IF_TRUE,
  PSEUDO.POP_JUMP_IF_NONE, PSEUDO.POP_JUMP_IF_NOT_NONE,
]);

export const isJumpOp = (op: number): boolean => PSEUDO_JUMPS.has(op) || REAL_JUMPS.has(op);
export const isBlockPush = (op: number): boolean =>
  op === PSEUDO.SETUP_FINALLY || op === PSEUDO.SETUP_CLEANUP || op === PSEUDO.SETUP_WITH;
export const hasArg = (op: number): boolean => op >= HAVE_ARGUMENT;
/** Ends a basic block: a jump, or an instruction after which control never falls through. */
export const endsBlock = (op: number): boolean =>
  isJumpOp(op) || op === REAL.RETURN_VALUE || op === REAL.RAISE_VARARGS || op === REAL.RERAISE;
/** Leaves the code object (b_exit in compile.c). */
export const isScopeExit = (op: number): boolean =>
  op === REAL.RETURN_VALUE || op === REAL.RAISE_VARARGS || op === REAL.RERAISE;
/** Unconditional transfers: nothing after them in the block runs. */
export const isUnconditional = (op: number): boolean =>
  op === PSEUDO.JUMP || op === PSEUDO.JUMP_NO_INTERRUPT || isScopeExit(op);
