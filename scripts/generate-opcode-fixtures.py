#!/usr/bin/env python3
"""Writes shared/bytecode/opcodes-fixtures.json: python3's opcode and dis tables and stack effects.

shared/bytecode/opcodes.test.ts compares the TypeScript opcode table with this
file, so the test runs without python3. Stack effects are recorded for every
opcode number from -12 to 257 (the compiler's virtual opcodes are negative),
a range of opargs and jump=None/True/False; a ValueError is recorded as
the string "E<i>", i indexing the "errors" list of messages. Must be run with CPython 3.11.

Usage: python3 scripts/generate-opcode-fixtures.py
"""
import dis
import json
import opcode
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', 'shared', 'bytecode', 'opcodes-fixtures.json')

OPCODES = list(range(-12, 258))
OPARGS = [None, 0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 255, 256, 257, 258, 511, 65535, 65536 + 3]
JUMPS = [None, True, False]


ERRORS = []


def effect(op, arg, jump):
    try:
        return dis.stack_effect(op, arg, jump=jump)
    except ValueError as e:
        if str(e) not in ERRORS:
            ERRORS.append(str(e))
        return 'E%d' % ERRORS.index(str(e))


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('needs CPython 3.11, this is ' + sys.version)
    data = {
        'python': sys.version.split()[0],
        'opname': opcode.opname,
        'opmap': opcode.opmap,
        'all_opname': dis._all_opname,
        'all_opmap': dis._all_opmap,
        'deoptmap': dis.deoptmap,
        'HAVE_ARGUMENT': opcode.HAVE_ARGUMENT,
        'EXTENDED_ARG': opcode.EXTENDED_ARG,
        'cmp_op': list(opcode.cmp_op),
        'nb_ops': [list(p) for p in opcode._nb_ops],
        'specializations': opcode._specializations,
        'cache_format': {k: list(v.items()) for k, v in opcode._cache_format.items()},
        'inline_cache_entries': opcode._inline_cache_entries,
        'has': {name: getattr(opcode, name) for name in
                ('hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hasfree', 'hascompare')},
        'backward': [op for op in range(256) if dis._is_backward_jump(op)],
        'format_value': [conv for _, conv in dis.FORMAT_VALUE_CONVERTERS],
        'make_function_flags': list(dis.MAKE_FUNCTION_FLAGS),
        'opargs': OPARGS,
        'jumps': JUMPS,
        'stack_effects': {str(op): [[effect(op, a, j) for j in JUMPS] for a in OPARGS] for op in OPCODES},
    }
    data['errors'] = ERRORS
    with open(OUT, 'w') as f:
        json.dump(data, f, separators=(',', ':'))
        f.write('\n')


main()
