"""python3's side of the symbol-table tests.

Reads a JSON list of jobs on stdin, each {"source": str} or {"path": str}, and
writes a JSON list with, for each job, python3's symbol table as the
`_symtable` module exposes it (type, name, lineno, nested, varnames, raw
flags of every symbol, children), or the SyntaxError it raises.  A job with
"code": true asks instead for what compile() derives from the symbol table:
for every code object its name, first line, the co_flags bits the symbol
table decides, and its cell and free variables.  One process answers a whole
batch.
"""
import json
import sys
import _symtable


def table(entry):
    return {
        "type": entry.type,
        "name": entry.name,
        "lineno": entry.lineno,
        "nested": bool(entry.nested),
        "varnames": list(entry.varnames),
        "symbols": dict(entry.symbols),
        "children": [table(child) for child in entry.children],
    }


# CO_OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS, NESTED, GENERATOR, COROUTINE, ASYNC_GENERATOR
SYMTABLE_CODE_FLAGS = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200


def code_objects(code):
    yield code
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            yield from code_objects(const)


def code_facts(code):
    return [
        [c.co_name, c.co_firstlineno, c.co_flags & SYMTABLE_CODE_FLAGS, sorted(c.co_cellvars), sorted(c.co_freevars)]
        for c in code_objects(code)
    ]


def answer(job):
    if "path" in job:
        with open(job["path"], "rb") as f:
            source = f.read()
    else:
        source = job["source"]
    try:
        if job.get("code"):
            return {"code": code_facts(compile(source, "f", "exec", dont_inherit=True))}
        return {"table": table(_symtable.symtable(source, "f", "exec"))}
    except SyntaxError as e:
        return {"error": [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]}
    except (ValueError, RecursionError, MemoryError) as e:
        return {"error": [type(e).__name__, str(e), None, None, None, None]}


def main():
    jobs = json.load(sys.stdin)
    json.dump([answer(job) for job in jobs], sys.stdout)


if __name__ == "__main__":
    main()
