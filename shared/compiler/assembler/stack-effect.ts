// Stack effect of each instruction, as 3.11's compile.c computes it for the
// stack-depth pass: the net change when the instruction falls through
// (`jump` false) or takes its jump / exception edge (`jump` true).
//
// TEMPORARY: this belongs in C1's opcode table (shared/bytecode/opcodes.ts,
// one stack-effect column); switch to it when it lands.

import { Op } from '../codegen/ops.js';

type Effect = number | ((oparg: number, jump: boolean) => number);

const EFFECTS: Partial<Record<keyof typeof Op, Effect>> = {
  NOP: 0, EXTENDED_ARG: 0, RESUME: 0, CACHE: 0, POP_TOP: -1, SWAP: 0,
  UNARY_POSITIVE: 0, UNARY_NEGATIVE: 0, UNARY_NOT: 0, UNARY_INVERT: 0,
  SET_ADD: -1, LIST_APPEND: -1, MAP_ADD: -2, BINARY_SUBSCR: -1, STORE_SUBSCR: -3, DELETE_SUBSCR: -2,
  GET_ITER: 0, PRINT_EXPR: -1, LOAD_BUILD_CLASS: 1, RETURN_VALUE: -1, IMPORT_STAR: -1,
  SETUP_ANNOTATIONS: 0, ASYNC_GEN_WRAP: 0, YIELD_VALUE: 0, POP_BLOCK: 0, POP_EXCEPT: -1,
  STORE_NAME: -1, DELETE_NAME: 0,
  UNPACK_SEQUENCE: (a) => a - 1, UNPACK_EX: (a) => (a & 0xff) + (a >> 8) ,
  FOR_ITER: (_a, j) => (j ? -1 : 1), SEND: (_a, j) => (j ? -1 : 0),
  STORE_ATTR: -2, DELETE_ATTR: -1, STORE_GLOBAL: -1, DELETE_GLOBAL: 0, LOAD_CONST: 1, LOAD_NAME: 1,
  BUILD_TUPLE: (a) => 1 - a, BUILD_LIST: (a) => 1 - a, BUILD_SET: (a) => 1 - a, BUILD_STRING: (a) => 1 - a,
  BUILD_MAP: (a) => 1 - 2 * a, BUILD_CONST_KEY_MAP: (a) => -a, LOAD_ATTR: 0,
  COMPARE_OP: -1, IS_OP: -1, CONTAINS_OP: -1, CHECK_EXC_MATCH: 0, CHECK_EG_MATCH: 0,
  IMPORT_NAME: -1, IMPORT_FROM: 1,
  JUMP_FORWARD: 0, JUMP_BACKWARD: 0, JUMP: 0, JUMP_BACKWARD_NO_INTERRUPT: 0, JUMP_NO_INTERRUPT: 0,
  JUMP_IF_TRUE_OR_POP: (_a, j) => (j ? 0 : -1), JUMP_IF_FALSE_OR_POP: (_a, j) => (j ? 0 : -1),
  POP_JUMP_BACKWARD_IF_NONE: -1, POP_JUMP_FORWARD_IF_NONE: -1, POP_JUMP_IF_NONE: -1,
  POP_JUMP_BACKWARD_IF_NOT_NONE: -1, POP_JUMP_FORWARD_IF_NOT_NONE: -1, POP_JUMP_IF_NOT_NONE: -1,
  POP_JUMP_FORWARD_IF_FALSE: -1, POP_JUMP_BACKWARD_IF_FALSE: -1, POP_JUMP_IF_FALSE: -1,
  POP_JUMP_FORWARD_IF_TRUE: -1, POP_JUMP_BACKWARD_IF_TRUE: -1, POP_JUMP_IF_TRUE: -1,
  LOAD_GLOBAL: (a) => (a & 1) + 1,
  // The handler of SETUP_* starts with the exception (and lasti) pushed.
  SETUP_FINALLY: (_a, j) => (j ? 1 : 0), SETUP_CLEANUP: (_a, j) => (j ? 2 : 0),
  SETUP_WITH: (_a, j) => (j ? 1 : 0),
  PREP_RERAISE_STAR: -1, RERAISE: -1, PUSH_EXC_INFO: 1, WITH_EXCEPT_START: 1,
  LOAD_FAST: 1, STORE_FAST: -1, DELETE_FAST: 0, RETURN_GENERATOR: 0,
  RAISE_VARARGS: (a) => -a, PRECALL: (a) => -a, KW_NAMES: 0, CALL: -1,
  CALL_FUNCTION_EX: (a) => -2 - (a & 1),
  MAKE_FUNCTION: (a) => -((a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1)),
  BUILD_SLICE: (a) => (a === 3 ? -2 : -1),
  MAKE_CELL: 0, COPY_FREE_VARS: 0, LOAD_CLOSURE: 1, LOAD_DEREF: 1, LOAD_CLASSDEREF: 1,
  STORE_DEREF: -1, DELETE_DEREF: 0, GET_AWAITABLE: 0, BEFORE_ASYNC_WITH: 1, BEFORE_WITH: 1,
  GET_AITER: 0, GET_ANEXT: 1, GET_YIELD_FROM_ITER: 0, END_ASYNC_FOR: -2,
  FORMAT_VALUE: (a) => ((a & 4) === 4 ? -1 : 0), LOAD_METHOD: 1, LOAD_ASSERTION_ERROR: 1,
  LIST_TO_TUPLE: 0, LIST_EXTEND: -1, SET_UPDATE: -1, DICT_MERGE: -1, DICT_UPDATE: -1,
  MATCH_CLASS: -2, GET_LEN: 1, MATCH_MAPPING: 1, MATCH_SEQUENCE: 1, MATCH_KEYS: 1,
  COPY: 1, PUSH_NULL: 1, BINARY_OP: -1,
};

const BY_OPCODE = new Map<number, Effect>(
  Object.entries(EFFECTS).map(([name, eff]) => [Op[name as keyof typeof Op], eff!]),
);

export function stackEffect(opcode: number, oparg: number, jump: boolean): number {
  const eff = BY_OPCODE.get(opcode);
  if (eff === undefined) throw new Error(`no stack effect for opcode ${opcode}`);
  return typeof eff === 'number' ? eff : eff(oparg, jump);
}
