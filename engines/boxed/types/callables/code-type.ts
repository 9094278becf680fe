// Code objects as Python sees them (Objects/codeobject.c): the co_* attributes, co_lines(),
// co_positions(), replace() and the repr. The views of the localsplus slots (co_varnames,
// co_cellvars, ...) come from shared/bytecode/code-views.ts, computed as CPython computes them.
//
// co_consts needs the constants as objects, which the VM makes when it prepares a code
// object: it installs `codeHooks.constants`.

import { newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineGetSets, defineMethods, defineReadonlyMembers } from '../../define.js';
import { checkPositional } from '../../args.js';
import { asIndex, asString } from '../../convert.js';
import { codeType } from '../../builtin-types.js';
import { intern, newStr } from '../../strings.js';
import { identityHooks } from '../../identity.js';
import { intFromNumber } from '../numbers.js';
import { None } from '../singletons.js';
import { PyTuple, PyList } from '../sequences.js';
import { PyBytes } from '../bytes.js';
import { TypeError, ValueError } from '../exceptions.js';
import { PyCode } from '../functions.js';
import { getIter } from '../../protocols/iteration.js';
import { typeName } from '../../protocols/type-of.js';
import type { CodeObject } from '../../../../shared/bytecode/code.js';
import { coCellvars, coFreevars, coNlocals, coVarnames } from '../../../../shared/bytecode/code-views.js';
import { decodeLineRanges, decodePositions, NO_LOCATION } from '../../../../shared/bytecode/location-table.js';

export const codeHooks = {
  /** co_consts as objects (borrowed array). */
  constants: (_code: PyCode): PyValue[] => { throw new Error('code constants not installed'); },
};

const co = (self: PyValue): CodeObject => (self as PyCode).code;

const strTuple = (names: readonly string[]): PyTuple => new PyTuple(names.map((n) => intern(n)));
const lineOrNone = (n: number): PyValue => (n === NO_LOCATION || n < 0 ? None : intFromNumber(n));

/** "<code object f at 0x..., file "x.py", line 1>" */
export function codeRepr(code: PyCode): string {
  const c = code.code;
  return `<code object ${c.co_name} at ${identityHooks.addressHex(code)}, file "${c.co_filename}", line ${c.co_firstlineno}>`;
}

/** co_lines(): (start, end, line) per location-table entry, as a list iterator. */
function coLines(c: CodeObject): PyValue {
  const items = decodeLineRanges(c.co_linetable, c.co_firstlineno)
    .map((r) => new PyTuple([r.start, r.end, lineOrNone(r.line)]) as PyValue);
  return iterOver(items);
}

/** co_positions(): (line, end_line, col, end_col) per code unit. */
function coPositions(c: CodeObject): PyValue {
  const p = decodePositions(c.co_linetable, c.co_firstlineno);
  const items: PyValue[] = [];
  for (let i = 0; i < p.length; i++) {
    items.push(new PyTuple([lineOrNone(p.lineno[i]!), lineOrNone(p.endLineno[i]!), lineOrNone(p.col[i]!), lineOrNone(p.endCol[i]!)]));
  }
  return iterOver(items);
}

function iterOver(items: PyValue[]): PyValue {
  const list = new PyList(items);
  try {
    return getIter(list);
  } finally {
    // The iterator holds its own reference to the list.
    list.ob_refcnt--;
  }
}

/** code.replace(**changes): the fields that are plain values; tables and constants stay as they are. */
function codeReplace(self: PyCode, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length > (kwnames?.length ?? 0)) raise(TypeError, 'replace() takes no positional arguments');
  const changes: Record<string, unknown> = {};
  const npos = args.length - (kwnames?.length ?? 0);
  for (let i = 0; i < (kwnames?.length ?? 0); i++) {
    const name = kwnames![i]!;
    const v = args[npos + i]!;
    switch (name) {
      case 'co_name': case 'co_qualname': case 'co_filename':
        changes[name] = asString(v, `replace() argument '${name}'`);
        break;
      case 'co_argcount': case 'co_posonlyargcount': case 'co_kwonlyargcount': case 'co_stacksize':
      case 'co_flags': case 'co_firstlineno':
        changes[name] = Number(asIndex(v));
        break;
      case 'co_code': case 'co_linetable': case 'co_exceptiontable':
        if (!(v instanceof PyBytes)) raise(TypeError, `replace() argument '${name}' must be bytes, not ${typeName(v)}`);
        changes[name] = v.value;
        break;
      default:
        raise(ValueError, `replace() of '${name}' is not supported`);
    }
  }
  return new PyCode({ ...self.code, ...changes } as CodeObject);
}

export function installCodeType(): void {
  defineMethods(codeType, {
    __repr__: (self) => newStr(codeRepr(self as PyCode)),
    co_lines: (self, args, kw) => { checkPositional('co_lines', args, kw, 0); return coLines(co(self)); },
    co_positions: (self, args, kw) => { checkPositional('co_positions', args, kw, 0); return coPositions(co(self)); },
    replace: (self, args, kwnames) => codeReplace(self as PyCode, args, kwnames),
    __sizeof__: (self) => intFromNumber(200 + co(self).co_code.length),
  });
  // Members (READONLY) and getsets as in CPython 3.11's code_memberlist and code_getsetlist.
  defineReadonlyMembers(codeType, {
    co_name: (self) => intern(co(self).co_name),
    co_qualname: (self) => intern(co(self).co_qualname),
    co_filename: (self) => newStr(co(self).co_filename),
    co_firstlineno: (self) => intFromNumber(co(self).co_firstlineno),
    co_argcount: (self) => intFromNumber(co(self).co_argcount),
    co_posonlyargcount: (self) => intFromNumber(co(self).co_posonlyargcount),
    co_kwonlyargcount: (self) => intFromNumber(co(self).co_kwonlyargcount),
    co_stacksize: (self) => intFromNumber(co(self).co_stacksize),
    co_flags: (self) => intFromNumber(co(self).co_flags),
    co_nlocals: (self) => intFromNumber(coNlocals(co(self))),
    co_names: (self) => strTuple(co(self).co_names),
    co_consts: (self) => new PyTuple(codeHooks.constants(self as PyCode).map((v) => newref(v))),
    co_linetable: (self) => new PyBytes(co(self).co_linetable),
    co_exceptiontable: (self) => new PyBytes(co(self).co_exceptiontable),
  });
  defineGetSets(codeType, {
    co_varnames: (self) => strTuple(coVarnames(co(self))),
    co_cellvars: (self) => strTuple(coCellvars(co(self))),
    co_freevars: (self) => strTuple(coFreevars(co(self))),
    co_code: (self) => new PyBytes(co(self).co_code),
    _co_code_adaptive: (self) => new PyBytes(co(self).co_code),
    co_lnotab: () => new PyBytes(new Uint8Array(0)),

  });
}
