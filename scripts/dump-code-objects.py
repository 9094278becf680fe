#!/usr/bin/env python3
"""Prints python3's code objects as JSON, for the bytecode table tests.

Reads {"every": N, "sources": [source texts]} on stdin (every Nth .py file
at the top of the stdlib, in name order, and the given sources), compiles each (exec mode) and prints, per module, the marshalled module
code (hex) and a flat pre-order list of its code objects (nested ones through
co_consts) with what the tests compare: the raw tables as hex, co_positions(),
co_lines(), dis._parse_exception_table (byte offsets), the variable views and
the localsplus names. Used by shared/bytecode/*.test.ts; needs CPython 3.11.
"""
import dis
import json
import marshal
import os
import sys
import sysconfig
import types


def localsplus(co):
    names = []
    while True:
        try:
            names.append(co._varname_from_oparg(len(names)))
        except IndexError:
            return names


def describe(co):
    return {
        'name': co.co_qualname,
        'firstlineno': co.co_firstlineno,
        'code': co.co_code.hex(),
        'linetable': co.co_linetable.hex(),
        'exceptiontable': co.co_exceptiontable.hex(),
        'positions': [list(p) for p in co.co_positions()],
        'lines': [list(r) for r in co.co_lines()],
        'linestarts': [list(p) for p in dis.findlinestarts(co)],
        'exceptions': [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(co)],
        'varnames': list(co.co_varnames),
        'cellvars': list(co.co_cellvars),
        'freevars': list(co.co_freevars),
        'nlocals': co.co_nlocals,
        'localsplus': localsplus(co),
    }


def walk(co, out):
    out.append(describe(co))
    for const in co.co_consts:
        if isinstance(const, types.CodeType):
            walk(const, out)
    return out


def module(source, filename):
    co = compile(source, filename, 'exec', dont_inherit=True)
    return {'file': filename, 'marshal': marshal.dumps(co).hex(), 'codes': walk(co, [])}


def main():
    request = json.load(sys.stdin)
    stdlib = sysconfig.get_paths()['stdlib']
    modules = []
    every = request.get('every', 0)
    files = sorted(f for f in os.listdir(stdlib) if f.endswith('.py'))[::every] if every else []
    for rel in files:
        with open(os.path.join(stdlib, rel), 'rb') as f:
            modules.append(module(f.read(), rel))
    for i, source in enumerate(request.get('sources', [])):
        modules.append(module(source, '<source %d>' % i))
    json.dump(modules, sys.stdout)


main()
