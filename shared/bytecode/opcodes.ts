// CPython 3.11's instruction set, declared once.
//
// Every opcode is one row of BASE_OPCODES: its name, its number, what its
// argument means (ArgKind) and its stack effect as `dis.stack_effect` computes
// it (a number, or a function of the oparg; a second number when taking the
// jump changes the effect). The specialized forms the adaptive interpreter
// rewrites instructions into (which `dis` shows only with adaptive=True) are
// listed by family under their base opcode, and the compiler's virtual
// instructions (SETUP_FINALLY, JUMP, POP_JUMP_IF_FALSE, ..., negative numbers
// that the assembler turns into NOPs or real jumps) have rows of their own.
// Everything else — opmap/opname, the has* lists of opcode.py, inline cache
// counts, the flag bits the compiler, dis and the VM test — is derived below,
// so nothing is kept in step by hand. shared/bytecode/opcodes.test.ts compares
// every derived table and every stack effect with python3's opcode and dis.

/** What an instruction's oparg means, which decides how dis shows it. */
export type ArgKind =
  | 'none' // no argument (opcode < HAVE_ARGUMENT)
  | 'const' // index into co_consts
  | 'name' // index into co_names
  | 'globalName' // LOAD_GLOBAL: (index into co_names) << 1 | push-NULL bit
  | 'local' // index into localsplus (a fast local)
  | 'free' // index into localsplus (a cell or free variable)
  | 'compare' // index into CMP_OP
  | 'jumpForward' // relative jump, in code units after the instruction and its caches
  | 'jumpBackward' // relative jump backwards, same origin
  | 'jumpTarget' // virtual instructions only: a block the assembler resolves
  | 'binaryOp' // index into NB_OPS
  | 'formatValue' // FORMAT_VALUE: conversion in bits 0-1, bit 2 = has format spec
  | 'makeFunction' // MAKE_FUNCTION: which of defaults/kwdefaults/annotations/closure are on the stack
  | 'raw'; // a plain number (counts, flags, depths)

/** A stack effect: constant, or computed from the oparg. */
export type StackEffect = number | ((oparg: number) => number);

export interface OpcodeSpec<N extends string = string> {
  readonly name: N;
  /** The opcode; negative for the compiler's virtual instructions. */
  readonly code: number;
  readonly arg: ArgKind;
  /** Net stack effect when the instruction falls through (or does not branch). */
  readonly effect: StackEffect;
  /** Net stack effect when the jump (or exception-handler entry) is taken, where that differs. */
  readonly jumpEffect?: number;
}

function op<N extends string>(name: N, code: number, arg: ArgKind, effect: StackEffect, jumpEffect?: number): OpcodeSpec<N> {
  return jumpEffect === undefined ? { name, code, arg, effect } : { name, code, arg, effect, jumpEffect };
}

/** Build ops pop their n items and push one result. */
const collect = (n: number): number => 1 - n;
/** Ops that pop n items and push nothing (or push back what they popped less n). */
const popN = (n: number): number => -n;

/** The opcodes of Lib/opcode.py, in number order. */
export const BASE_OPCODES = [
  op('CACHE', 0, 'none', 0),
  op('POP_TOP', 1, 'none', -1),
  op('PUSH_NULL', 2, 'none', 1),
  op('NOP', 9, 'none', 0),
  op('UNARY_POSITIVE', 10, 'none', 0),
  op('UNARY_NEGATIVE', 11, 'none', 0),
  op('UNARY_NOT', 12, 'none', 0),
  op('UNARY_INVERT', 15, 'none', 0),
  op('BINARY_SUBSCR', 25, 'none', -1),
  op('GET_LEN', 30, 'none', 1),
  op('MATCH_MAPPING', 31, 'none', 1),
  op('MATCH_SEQUENCE', 32, 'none', 1),
  op('MATCH_KEYS', 33, 'none', 1),
  op('PUSH_EXC_INFO', 35, 'none', 1),
  op('CHECK_EXC_MATCH', 36, 'none', 0),
  op('CHECK_EG_MATCH', 37, 'none', 0),
  op('WITH_EXCEPT_START', 49, 'none', 1),
  op('GET_AITER', 50, 'none', 0),
  op('GET_ANEXT', 51, 'none', 1),
  op('BEFORE_ASYNC_WITH', 52, 'none', 1),
  op('BEFORE_WITH', 53, 'none', 1),
  op('END_ASYNC_FOR', 54, 'none', -2),
  op('STORE_SUBSCR', 60, 'none', -3),
  op('DELETE_SUBSCR', 61, 'none', -2),
  op('GET_ITER', 68, 'none', 0),
  op('GET_YIELD_FROM_ITER', 69, 'none', 0),
  op('PRINT_EXPR', 70, 'none', -1),
  op('LOAD_BUILD_CLASS', 71, 'none', 1),
  op('LOAD_ASSERTION_ERROR', 74, 'none', 1),
  op('RETURN_GENERATOR', 75, 'none', 0),
  op('LIST_TO_TUPLE', 82, 'none', 0),
  op('RETURN_VALUE', 83, 'none', -1),
  op('IMPORT_STAR', 84, 'none', -1),
  op('SETUP_ANNOTATIONS', 85, 'none', 0),
  op('YIELD_VALUE', 86, 'none', 0),
  op('ASYNC_GEN_WRAP', 87, 'none', 0),
  op('PREP_RERAISE_STAR', 88, 'none', -1),
  op('POP_EXCEPT', 89, 'none', -1),
  // HAVE_ARGUMENT: from here on every opcode takes an oparg.
  op('STORE_NAME', 90, 'name', -1),
  op('DELETE_NAME', 91, 'name', 0),
  op('UNPACK_SEQUENCE', 92, 'raw', (n) => n - 1),
  op('FOR_ITER', 93, 'jumpForward', 1, -1),
  op('UNPACK_EX', 94, 'raw', (n) => (n & 0xff) + (n >> 8)),
  op('STORE_ATTR', 95, 'name', -2),
  op('DELETE_ATTR', 96, 'name', -1),
  op('STORE_GLOBAL', 97, 'name', -1),
  op('DELETE_GLOBAL', 98, 'name', 0),
  op('SWAP', 99, 'raw', 0),
  op('LOAD_CONST', 100, 'const', 1),
  op('LOAD_NAME', 101, 'name', 1),
  op('BUILD_TUPLE', 102, 'raw', collect),
  op('BUILD_LIST', 103, 'raw', collect),
  op('BUILD_SET', 104, 'raw', collect),
  op('BUILD_MAP', 105, 'raw', (n) => 1 - 2 * n),
  op('LOAD_ATTR', 106, 'name', 0),
  op('COMPARE_OP', 107, 'compare', -1),
  op('IMPORT_NAME', 108, 'name', -1),
  op('IMPORT_FROM', 109, 'name', 1),
  op('JUMP_FORWARD', 110, 'jumpForward', 0),
  op('JUMP_IF_FALSE_OR_POP', 111, 'jumpForward', -1, 0),
  op('JUMP_IF_TRUE_OR_POP', 112, 'jumpForward', -1, 0),
  op('POP_JUMP_FORWARD_IF_FALSE', 114, 'jumpForward', -1),
  op('POP_JUMP_FORWARD_IF_TRUE', 115, 'jumpForward', -1),
  op('LOAD_GLOBAL', 116, 'globalName', (n) => 1 + (n & 1)),
  op('IS_OP', 117, 'raw', -1),
  op('CONTAINS_OP', 118, 'raw', -1),
  op('RERAISE', 119, 'raw', -1),
  op('COPY', 120, 'raw', 1),
  op('BINARY_OP', 122, 'binaryOp', -1),
  op('SEND', 123, 'jumpForward', 0, -1),
  op('LOAD_FAST', 124, 'local', 1),
  op('STORE_FAST', 125, 'local', -1),
  op('DELETE_FAST', 126, 'local', 0),
  op('POP_JUMP_FORWARD_IF_NOT_NONE', 128, 'jumpForward', -1),
  op('POP_JUMP_FORWARD_IF_NONE', 129, 'jumpForward', -1),
  op('RAISE_VARARGS', 130, 'raw', popN),
  op('GET_AWAITABLE', 131, 'raw', 0),
  // One item popped per flag among defaults, kwdefaults, annotations, closure.
  op('MAKE_FUNCTION', 132, 'makeFunction', (n) => -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1))),
  op('BUILD_SLICE', 133, 'raw', (n) => (n === 3 ? -2 : -1)),
  op('JUMP_BACKWARD_NO_INTERRUPT', 134, 'jumpBackward', 0),
  op('MAKE_CELL', 135, 'free', 0),
  op('LOAD_CLOSURE', 136, 'free', 1),
  op('LOAD_DEREF', 137, 'free', 1),
  op('STORE_DEREF', 138, 'free', -1),
  op('DELETE_DEREF', 139, 'free', 0),
  op('JUMP_BACKWARD', 140, 'jumpBackward', 0),
  op('CALL_FUNCTION_EX', 142, 'raw', (n) => -2 - (n & 1)),
  op('EXTENDED_ARG', 144, 'raw', 0),
  op('LIST_APPEND', 145, 'raw', -1),
  op('SET_ADD', 146, 'raw', -1),
  op('MAP_ADD', 147, 'raw', -2),
  op('LOAD_CLASSDEREF', 148, 'free', 1),
  op('COPY_FREE_VARS', 149, 'raw', 0),
  op('RESUME', 151, 'raw', 0),
  op('MATCH_CLASS', 152, 'raw', -2),
  op('FORMAT_VALUE', 155, 'formatValue', (n) => ((n & 4) === 4 ? -1 : 0)),
  op('BUILD_CONST_KEY_MAP', 156, 'raw', popN),
  op('BUILD_STRING', 157, 'raw', collect),
  op('LOAD_METHOD', 160, 'name', 1),
  op('LIST_EXTEND', 162, 'raw', -1),
  op('SET_UPDATE', 163, 'raw', -1),
  op('DICT_MERGE', 164, 'raw', -1),
  op('DICT_UPDATE', 165, 'raw', -1),
  op('PRECALL', 166, 'raw', popN),
  op('CALL', 171, 'raw', -1),
  op('KW_NAMES', 172, 'const', 0),
  op('POP_JUMP_BACKWARD_IF_NOT_NONE', 173, 'jumpBackward', -1),
  op('POP_JUMP_BACKWARD_IF_NONE', 174, 'jumpBackward', -1),
  op('POP_JUMP_BACKWARD_IF_FALSE', 175, 'jumpBackward', -1),
  op('POP_JUMP_BACKWARD_IF_TRUE', 176, 'jumpBackward', -1),
] as const;

/**
 * The compiler's virtual instructions (Python/compile.c, 3.11): they exist only
 * between codegen and assembly. SETUP_* push an exception handler (their jump
 * effect is the stack on handler entry); the jumps become the real forward or
 * backward opcode named in VIRTUAL_JUMP_TARGETS once block order is known.
 */
export const VIRTUAL_OPCODES = [
  op('SETUP_FINALLY', -1, 'jumpTarget', 0, 1),
  op('SETUP_CLEANUP', -2, 'jumpTarget', 0, 2),
  op('SETUP_WITH', -3, 'jumpTarget', 0, 1),
  op('POP_BLOCK', -4, 'none', 0),
  op('JUMP', -5, 'jumpTarget', 0),
  op('JUMP_NO_INTERRUPT', -6, 'jumpTarget', 0),
  op('POP_JUMP_IF_FALSE', -7, 'jumpTarget', -1),
  op('POP_JUMP_IF_TRUE', -8, 'jumpTarget', -1),
  op('POP_JUMP_IF_NONE', -9, 'jumpTarget', -1),
  op('POP_JUMP_IF_NOT_NONE', -10, 'jumpTarget', -1),
] as const;

type BaseName = (typeof BASE_OPCODES)[number]['name'];
type VirtualName = (typeof VIRTUAL_OPCODES)[number]['name'];

/** The real opcode each virtual jump becomes, by direction (compile.c's normalize_jumps). */
export const VIRTUAL_JUMP_TARGETS: Readonly<Record<string, { forward: BaseName; backward: BaseName }>> = {
  JUMP: { forward: 'JUMP_FORWARD', backward: 'JUMP_BACKWARD' },
  JUMP_NO_INTERRUPT: { forward: 'JUMP_FORWARD', backward: 'JUMP_BACKWARD_NO_INTERRUPT' },
  POP_JUMP_IF_FALSE: { forward: 'POP_JUMP_FORWARD_IF_FALSE', backward: 'POP_JUMP_BACKWARD_IF_FALSE' },
  POP_JUMP_IF_TRUE: { forward: 'POP_JUMP_FORWARD_IF_TRUE', backward: 'POP_JUMP_BACKWARD_IF_TRUE' },
  POP_JUMP_IF_NONE: { forward: 'POP_JUMP_FORWARD_IF_NONE', backward: 'POP_JUMP_BACKWARD_IF_NONE' },
  POP_JUMP_IF_NOT_NONE: { forward: 'POP_JUMP_FORWARD_IF_NOT_NONE', backward: 'POP_JUMP_BACKWARD_IF_NOT_NONE' },
};

/**
 * The specialized (quickened) forms by family, with the numbers CPython gives
 * them: the free slots of the opcode space, filled in family order
 * (opcode.py's `_specializations`, numbered as dis's `_all_opmap`).
 */
export const SPECIALIZATIONS: Readonly<Partial<Record<BaseName, readonly (readonly [string, number])[]>>> = {
  BINARY_OP: [
    ['BINARY_OP_ADAPTIVE', 3], ['BINARY_OP_ADD_FLOAT', 4], ['BINARY_OP_ADD_INT', 5],
    ['BINARY_OP_ADD_UNICODE', 6], ['BINARY_OP_INPLACE_ADD_UNICODE', 7], ['BINARY_OP_MULTIPLY_FLOAT', 8],
    ['BINARY_OP_MULTIPLY_INT', 13], ['BINARY_OP_SUBTRACT_FLOAT', 14], ['BINARY_OP_SUBTRACT_INT', 16],
  ],
  BINARY_SUBSCR: [
    ['BINARY_SUBSCR_ADAPTIVE', 17], ['BINARY_SUBSCR_DICT', 18], ['BINARY_SUBSCR_GETITEM', 19],
    ['BINARY_SUBSCR_LIST_INT', 20], ['BINARY_SUBSCR_TUPLE_INT', 21],
  ],
  CALL: [['CALL_ADAPTIVE', 22], ['CALL_PY_EXACT_ARGS', 23], ['CALL_PY_WITH_DEFAULTS', 24]],
  COMPARE_OP: [
    ['COMPARE_OP_ADAPTIVE', 26], ['COMPARE_OP_FLOAT_JUMP', 27], ['COMPARE_OP_INT_JUMP', 28],
    ['COMPARE_OP_STR_JUMP', 29],
  ],
  EXTENDED_ARG: [['EXTENDED_ARG_QUICK', 34]],
  JUMP_BACKWARD: [['JUMP_BACKWARD_QUICK', 38]],
  LOAD_ATTR: [
    ['LOAD_ATTR_ADAPTIVE', 39], ['LOAD_ATTR_INSTANCE_VALUE', 40], ['LOAD_ATTR_MODULE', 41],
    ['LOAD_ATTR_SLOT', 42], ['LOAD_ATTR_WITH_HINT', 43],
  ],
  LOAD_CONST: [['LOAD_CONST__LOAD_FAST', 44]],
  LOAD_FAST: [['LOAD_FAST__LOAD_CONST', 45], ['LOAD_FAST__LOAD_FAST', 46]],
  LOAD_GLOBAL: [['LOAD_GLOBAL_ADAPTIVE', 47], ['LOAD_GLOBAL_BUILTIN', 48], ['LOAD_GLOBAL_MODULE', 55]],
  LOAD_METHOD: [
    ['LOAD_METHOD_ADAPTIVE', 56], ['LOAD_METHOD_CLASS', 57], ['LOAD_METHOD_MODULE', 58],
    ['LOAD_METHOD_NO_DICT', 59], ['LOAD_METHOD_WITH_DICT', 62], ['LOAD_METHOD_WITH_VALUES', 63],
  ],
  PRECALL: [
    ['PRECALL_ADAPTIVE', 64], ['PRECALL_BOUND_METHOD', 65], ['PRECALL_BUILTIN_CLASS', 66],
    ['PRECALL_BUILTIN_FAST_WITH_KEYWORDS', 67], ['PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS', 72],
    ['PRECALL_NO_KW_BUILTIN_FAST', 73], ['PRECALL_NO_KW_BUILTIN_O', 76], ['PRECALL_NO_KW_ISINSTANCE', 77],
    ['PRECALL_NO_KW_LEN', 78], ['PRECALL_NO_KW_LIST_APPEND', 79], ['PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST', 80],
    ['PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS', 81], ['PRECALL_NO_KW_METHOD_DESCRIPTOR_O', 113],
    ['PRECALL_NO_KW_STR_1', 121], ['PRECALL_NO_KW_TUPLE_1', 127], ['PRECALL_NO_KW_TYPE_1', 141],
    ['PRECALL_PYFUNC', 143],
  ],
  RESUME: [['RESUME_QUICK', 150]],
  STORE_ATTR: [
    ['STORE_ATTR_ADAPTIVE', 153], ['STORE_ATTR_INSTANCE_VALUE', 154], ['STORE_ATTR_SLOT', 158],
    ['STORE_ATTR_WITH_HINT', 159],
  ],
  STORE_FAST: [['STORE_FAST__LOAD_FAST', 161], ['STORE_FAST__STORE_FAST', 167]],
  STORE_SUBSCR: [['STORE_SUBSCR_ADAPTIVE', 168], ['STORE_SUBSCR_DICT', 169], ['STORE_SUBSCR_LIST_INT', 170]],
  UNPACK_SEQUENCE: [
    ['UNPACK_SEQUENCE_ADAPTIVE', 177], ['UNPACK_SEQUENCE_LIST', 178], ['UNPACK_SEQUENCE_TUPLE', 179],
    ['UNPACK_SEQUENCE_TWO_TUPLE', 180],
  ],
};

/**
 * Layout of the inline CACHE entries that follow an instruction, in code
 * units per field (opcode.py's `_cache_format`; dis names them with show_caches).
 */
export const CACHE_FORMAT: Readonly<Partial<Record<BaseName, readonly (readonly [string, number])[]>>> = {
  LOAD_GLOBAL: [['counter', 1], ['index', 1], ['module_keys_version', 2], ['builtin_keys_version', 1]],
  BINARY_OP: [['counter', 1]],
  UNPACK_SEQUENCE: [['counter', 1]],
  COMPARE_OP: [['counter', 1], ['mask', 1]],
  BINARY_SUBSCR: [['counter', 1], ['type_version', 2], ['func_version', 1]],
  LOAD_ATTR: [['counter', 1], ['version', 2], ['index', 1]],
  STORE_ATTR: [['counter', 1], ['version', 2], ['index', 1]],
  LOAD_METHOD: [['counter', 1], ['type_version', 2], ['dict_offset', 1], ['keys_version', 2], ['descr', 4]],
  CALL: [['counter', 1], ['func_version', 2], ['min_args', 1]],
  PRECALL: [['counter', 1]],
  STORE_SUBSCR: [['counter', 1]],
};

/** BINARY_OP's operators by oparg (opcode.py's `_nb_ops`): [C name, symbol dis prints]. */
export const NB_OPS: readonly (readonly [string, string])[] = [
  ['NB_ADD', '+'], ['NB_AND', '&'], ['NB_FLOOR_DIVIDE', '//'], ['NB_LSHIFT', '<<'],
  ['NB_MATRIX_MULTIPLY', '@'], ['NB_MULTIPLY', '*'], ['NB_REMAINDER', '%'], ['NB_OR', '|'],
  ['NB_POWER', '**'], ['NB_RSHIFT', '>>'], ['NB_SUBTRACT', '-'], ['NB_TRUE_DIVIDE', '/'], ['NB_XOR', '^'],
  ['NB_INPLACE_ADD', '+='], ['NB_INPLACE_AND', '&='], ['NB_INPLACE_FLOOR_DIVIDE', '//='],
  ['NB_INPLACE_LSHIFT', '<<='], ['NB_INPLACE_MATRIX_MULTIPLY', '@='], ['NB_INPLACE_MULTIPLY', '*='],
  ['NB_INPLACE_REMAINDER', '%='], ['NB_INPLACE_OR', '|='], ['NB_INPLACE_POWER', '**='],
  ['NB_INPLACE_RSHIFT', '>>='], ['NB_INPLACE_SUBTRACT', '-='], ['NB_INPLACE_TRUE_DIVIDE', '/='],
  ['NB_INPLACE_XOR', '^='],
];

/** COMPARE_OP's comparisons by oparg (opcode.py's `cmp_op`). */
export const CMP_OP = ['<', '<=', '==', '!=', '>', '>='] as const;

/** FORMAT_VALUE's conversions by the low two oparg bits (dis: '', 'str', 'repr', 'ascii'). */
export const FORMAT_VALUE_CONVERSIONS = ['', 'str', 'repr', 'ascii'] as const;
/** MAKE_FUNCTION's flag names by bit (dis's MAKE_FUNCTION_FLAGS). */
export const MAKE_FUNCTION_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'] as const;

export const HAVE_ARGUMENT = 90;
/** CPython's marker for "no such opcode/oparg" from its internal stack_effect. */
export const INVALID_STACK_EFFECT = 0x7fffffff;

// ---------------------------------------------------------------------------
// Derived tables.

/** Every opcode number by name: base, specialized and virtual (negative). */
export const Op = {} as { readonly [K in BaseName | VirtualName]: number } & { readonly [name: string]: number | undefined };
/** opcode.opname: base names, `<N>` for unused numbers. */
export const opname: readonly string[] = Array.from({ length: 256 }, (_, i) => `<${i}>`);
/** dis._all_opname: opname with the specialized forms filled in. */
export const allOpname: readonly string[] = [];
/** opcode.opmap (base opcodes only). */
export const opmap: Readonly<Record<string, number>> = {};
/** dis._all_opmap (base and specialized). */
export const allOpmap: Readonly<Record<string, number>> = {};
/** For each opcode 0-255, its base opcode (dis's deoptmap / _PyOpcode_Deopt); itself for base opcodes. */
export const deopt = new Uint8Array(256);
/** opcode._inline_cache_entries: CACHE code units after each base opcode (0 for specialized numbers). */
export const inlineCacheEntries = new Uint8Array(256);

const specByCode = new Map<number, OpcodeSpec>();

function buildNameTables(): void {
  const names = opname as string[];
  const all = allOpname as string[];
  const map = opmap as Record<string, number>;
  const allMap = allOpmap as Record<string, number>;
  const ops = Op as Record<string, number>;
  for (const spec of BASE_OPCODES) {
    names[spec.code] = spec.name;
    map[spec.name] = allMap[spec.name] = ops[spec.name] = spec.code;
    specByCode.set(spec.code, spec);
    deopt[spec.code] = spec.code;
    inlineCacheEntries[spec.code] = (CACHE_FORMAT[spec.name] ?? []).reduce((sum, [, size]) => sum + size, 0);
  }
  all.push(...names);
  for (const [base, family] of Object.entries(SPECIALIZATIONS)) {
    for (const [name, code] of family) {
      all[code] = name;
      allMap[name] = ops[name] = code;
      deopt[code] = map[base];
    }
  }
  for (const spec of VIRTUAL_OPCODES) {
    ops[spec.name] = spec.code;
    specByCode.set(spec.code, spec);
  }
}
buildNameTables();

/** The row of a base or virtual opcode; undefined for specialized and unused numbers. */
export function opcodeSpec(code: number): OpcodeSpec | undefined {
  return specByCode.get(code);
}

function codesWhere(test: (spec: OpcodeSpec) => boolean): readonly number[] {
  return BASE_OPCODES.filter(test).map((spec) => spec.code);
}

const isJumpKind = (arg: ArgKind): boolean => arg === 'jumpForward' || arg === 'jumpBackward';

/** The has* lists of opcode.py, derived from the argument kinds. */
export const hasconst = codesWhere((s) => s.arg === 'const');
export const hasname = codesWhere((s) => s.arg === 'name' || s.arg === 'globalName');
export const hasjrel = codesWhere((s) => isJumpKind(s.arg));
/** 3.11 has no absolute jumps; kept because opcode.py exports the (empty) list. */
export const hasjabs: readonly number[] = [];
export const haslocal = codesWhere((s) => s.arg === 'local');
export const hasfree = codesWhere((s) => s.arg === 'free');
export const hascompare = codesWhere((s) => s.arg === 'compare');

// ---------------------------------------------------------------------------
// Flags: the categories compile.c and the VM test, one bit each.

export const OpFlag = {
  HAS_ARG: 1 << 0,
  /** A jump (real relative jumps and the virtual jumps; not SETUP_*). */
  JUMP: 1 << 1,
  BACKWARD: 1 << 2,
  UNCONDITIONAL_JUMP: 1 << 3,
  /** Leaves the frame: RETURN_VALUE, RAISE_VARARGS, RERAISE. */
  SCOPE_EXIT: 1 << 4,
  /** Must end its basic block: jumps and scope exits. */
  TERMINATOR: 1 << 5,
  /** SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH. */
  BLOCK_PUSH: 1 << 6,
  /** Has a target block: jumps and block pushes. */
  HAS_TARGET: 1 << 7,
  /** Emitted only by the assembler (JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT). */
  ASSEMBLER_ONLY: 1 << 8,
  SPECIALIZED: 1 << 9,
  VIRTUAL: 1 << 10,
} as const;

const UNCONDITIONAL = new Set<string>(['JUMP', 'JUMP_NO_INTERRUPT', 'JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT']);
const SCOPE_EXITS = new Set<string>(['RETURN_VALUE', 'RAISE_VARARGS', 'RERAISE']);
const BLOCK_PUSHES = new Set<string>(['SETUP_FINALLY', 'SETUP_CLEANUP', 'SETUP_WITH']);
const ASSEMBLER_ONLY = new Set<string>(['JUMP_FORWARD', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT']);

/** Virtual opcodes -1..-10 live after the 256 real ones: slot 256 - code. */
const flagTable = new Uint16Array(256 + 16);
const flagSlot = (code: number): number => (code < 0 ? 256 - code : code);

function flagsOf(spec: OpcodeSpec): number {
  const jump = isJumpKind(spec.arg) || (spec.arg === 'jumpTarget' && !BLOCK_PUSHES.has(spec.name));
  const scopeExit = SCOPE_EXITS.has(spec.name);
  let flags = 0;
  if (spec.code >= HAVE_ARGUMENT) flags |= OpFlag.HAS_ARG;
  if (jump) flags |= OpFlag.JUMP | OpFlag.HAS_TARGET;
  if (spec.arg === 'jumpBackward') flags |= OpFlag.BACKWARD;
  if (UNCONDITIONAL.has(spec.name)) flags |= OpFlag.UNCONDITIONAL_JUMP;
  if (scopeExit) flags |= OpFlag.SCOPE_EXIT;
  if (jump || scopeExit) flags |= OpFlag.TERMINATOR;
  if (BLOCK_PUSHES.has(spec.name)) flags |= OpFlag.BLOCK_PUSH | OpFlag.HAS_TARGET;
  if (ASSEMBLER_ONLY.has(spec.name)) flags |= OpFlag.ASSEMBLER_ONLY;
  if (spec.code < 0) flags |= OpFlag.VIRTUAL;
  return flags;
}

function buildFlags(): void {
  for (const spec of [...BASE_OPCODES, ...VIRTUAL_OPCODES]) flagTable[flagSlot(spec.code)] = flagsOf(spec);
  // A specialized form behaves like its base for control flow.
  for (const family of Object.values(SPECIALIZATIONS)) {
    for (const [, code] of family) flagTable[code] = flagTable[deopt[code]] | OpFlag.SPECIALIZED;
  }
}
buildFlags();

/** The OpFlag bits of an opcode (base, specialized or virtual); 0 for unused numbers. */
export function opFlags(code: number): number {
  return code >= -10 && code < 256 ? flagTable[flagSlot(code)] : 0;
}

export const hasArgument = (code: number): boolean => code >= HAVE_ARGUMENT;
export const isJump = (code: number): boolean => (opFlags(code) & OpFlag.JUMP) !== 0;
export const isBackwardJump = (code: number): boolean => (opFlags(code) & OpFlag.BACKWARD) !== 0;
export const isUnconditionalJump = (code: number): boolean => (opFlags(code) & OpFlag.UNCONDITIONAL_JUMP) !== 0;
export const isScopeExit = (code: number): boolean => (opFlags(code) & OpFlag.SCOPE_EXIT) !== 0;
export const isTerminator = (code: number): boolean => (opFlags(code) & OpFlag.TERMINATOR) !== 0;
export const isBlockPush = (code: number): boolean => (opFlags(code) & OpFlag.BLOCK_PUSH) !== 0;
export const hasTarget = (code: number): boolean => (opFlags(code) & OpFlag.HAS_TARGET) !== 0;

/** Code units an instruction occupies: EXTENDED_ARG prefixes, itself, its caches (compile.c's instr_size). */
export function instructionSize(code: number, oparg: number): number {
  const arg = code >= HAVE_ARGUMENT ? oparg : 0;
  const extended = (arg > 0xffffff ? 1 : 0) + (arg > 0xffff ? 1 : 0) + (arg > 0xff ? 1 : 0);
  return extended + 1 + inlineCacheEntries[code];
}

// ---------------------------------------------------------------------------
// Stack effects.

/**
 * The net stack effect of an instruction, as compile.c's stack_effect: `jump`
 * true for the branch taken, false for the fall-through, undefined for the
 * larger of the two. INVALID_STACK_EFFECT for specialized or unused numbers.
 */
export function stackEffect(code: number, oparg: number, jump?: boolean): number {
  const spec = specByCode.get(code);
  if (spec === undefined) return INVALID_STACK_EFFECT;
  const fallThrough = typeof spec.effect === 'number' ? spec.effect : spec.effect(oparg);
  if (spec.jumpEffect === undefined) return fallThrough;
  if (jump === undefined) return Math.max(fallThrough, spec.jumpEffect);
  return jump ? spec.jumpEffect : fallThrough;
}

/** The ValueError texts of `dis.stack_effect` (Modules/_opcode.c). */
export const STACK_EFFECT_ERRORS = {
  needsOparg: 'stack_effect: opcode requires oparg but oparg was not specified',
  noOparg: 'stack_effect: opcode does not permit oparg but oparg was specified',
  invalid: 'invalid opcode or oparg',
} as const;

export class StackEffectError extends Error {}

/**
 * `dis.stack_effect(opcode, oparg, jump=...)` with its argument checks: the
 * oparg must be given exactly when opcode >= HAVE_ARGUMENT; errors throw
 * StackEffectError carrying CPython's ValueError message.
 */
export function disStackEffect(code: number, oparg: number | null = null, jump: boolean | null = null): number {
  if (code >= HAVE_ARGUMENT) {
    if (oparg === null) throw new StackEffectError(STACK_EFFECT_ERRORS.needsOparg);
  } else if (oparg !== null) {
    throw new StackEffectError(STACK_EFFECT_ERRORS.noOparg);
  }
  const effect = stackEffect(code, oparg ?? 0, jump ?? undefined);
  if (effect === INVALID_STACK_EFFECT) throw new StackEffectError(STACK_EFFECT_ERRORS.invalid);
  return effect;
}
