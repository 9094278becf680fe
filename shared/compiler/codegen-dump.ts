// A comparable, JSON-shaped dump of a code object tree, and the python3 script
// that dumps CPython's code objects the same way. Tests and the dev loop use
// the pair to compare our compiler with python3 field by field.

import { PyFrozenset, PyTuple, type PyConstant } from '../ast/nodes.js';
import { LocalKind, type CodeObject, type ConstValue } from '../bytecode/code.js';
import { constantRepr } from '../kernels/repr/constant-repr.js';

export interface CodeDump {
  name: string;
  qualname: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  code: string;
  consts: (string | CodeDump)[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  linetable: string;
  exceptiontable: string;
}

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function isCode(v: ConstValue): v is CodeObject {
  return typeof v === 'object' && v !== null && 'co_code' in v;
}

export function constRepr(v: PyConstant): string {
  if (v instanceof PyTuple) {
    const items = v.items.map(constRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
  }
  if (v instanceof PyFrozenset) return v.items.length ? `frozenset({${v.items.map(constRepr).join(', ')}})` : 'frozenset()';
  return constantRepr(v);
}

function namesOfKind(co: CodeObject, kind: number): string[] {
  return co.co_localsplusnames.filter((_, i) => (co.co_localspluskinds[i] & kind) !== 0);
}

export function dumpCode(co: CodeObject): CodeDump {
  return {
    name: co.co_name,
    qualname: co.co_qualname,
    firstlineno: co.co_firstlineno,
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    stacksize: co.co_stacksize,
    flags: co.co_flags,
    code: hex(co.co_code),
    consts: co.co_consts.map((c) => (isCode(c) ? dumpCode(c) : constRepr(c))),
    names: [...co.co_names],
    varnames: namesOfKind(co, LocalKind.LOCAL),
    cellvars: namesOfKind(co, LocalKind.CELL),
    freevars: namesOfKind(co, LocalKind.FREE),
    linetable: hex(co.co_linetable),
    exceptiontable: hex(co.co_exceptiontable),
  };
}

/**
 * python3 source: reads a JSON list of [source, filename] on stdin, prints their dumps (or errors).
 * With PYWB_FRESH_COMPILE set, each is compiled in a forked child of its own.
 */
export const PYTHON_DUMP_SCRIPT = `
import json, os, sys, types
def dump(co):
    return {
        'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount, 'stacksize': co.co_stacksize, 'flags': co.co_flags,
        'code': co.co_code.hex(),
        'consts': [dump(c) if isinstance(c, types.CodeType) else repr(c) for c in co.co_consts],
        'names': list(co.co_names), 'varnames': list(co.co_varnames),
        'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars),
        'linetable': co.co_linetable.hex(), 'exceptiontable': co.co_exceptiontable.hex(),
    }
def one(item):
    src, filename = item
    try:
        return dump(compile(src, filename, 'exec', dont_inherit=True))
    except SyntaxError as e:
        return {'error': f'{type(e).__name__}: {e.msg} ({e.lineno})'}
items = json.load(sys.stdin)
if os.environ.get('PYWB_FRESH_COMPILE'):
    # Each source in a freshly forked interpreter: which strings are already
    # interned can reorder frozenset constants, and a fresh process is what
    # python3 -m dis FILE sees.
    import multiprocessing
    with multiprocessing.get_context('fork').Pool(2, maxtasksperchild=1) as pool:
        out = pool.map(one, items, chunksize=1)
else:
    out = [one(item) for item in items]
print(json.dumps(out))
`;
