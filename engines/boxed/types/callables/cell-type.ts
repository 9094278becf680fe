// Closure cells as Python sees them (Objects/cellobject.c): `cell_contents`, `types.CellType(v)`,
// reprs and comparison by contents.

import { newref, xdecref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineGetSets, defineMethods, defineStatic, defineAttribute } from '../../define.js';
import { checkPositional } from '../../args.js';
import { cellType } from '../../builtin-types.js';
import { newStr } from '../../strings.js';
import { identityHooks } from '../../identity.js';
import { None, NotImplemented } from '../singletons.js';
import { False, True } from '../numbers.js';
import { ValueError } from '../exceptions.js';
import { PyCell } from '../functions.js';
import { Cmp, richCompare } from '../../protocols/compare.js';
import { typeName } from '../../protocols/type-of.js';

const cell = (self: PyValue): PyCell => self as PyCell;

/** Cells compare by contents; an empty cell sorts before any full one. */
function compareCells(self: PyValue, other: PyValue, op: Cmp): PyValue {
  if (!(other instanceof PyCell)) return NotImplemented;
  const a = cell(self).ref;
  const b = other.ref;
  if (a !== undefined && b !== undefined) return richCompare(a, b, op);
  const x = a === undefined ? 0 : 1;
  const y = b === undefined ? 0 : 1;
  const results = [x < y, x <= y, x === y, x !== y, x > y, x >= y];
  return results[op] ? True : False;
}

export function installCellType(): void {
  defineStatic(cellType, '__new__', (_self, args, kw) => {
    checkPositional('cell', args.slice(1), kw, 0, 1);
    return new PyCell(args.length > 1 ? newref(args[1]!) : undefined);
  });
  defineMethods(cellType, {
    __repr__(self) {
      const v = cell(self).ref;
      const addr = identityHooks.addressHex(self);
      if (v === undefined) return newStr(`<cell at ${addr}: empty>`);
      return newStr(`<cell at ${addr}: ${typeName(v)} object at ${identityHooks.addressHex(v)}>`);
    },
    __eq__: (self, args) => compareCells(self, args[0]!, Cmp.EQ),
    __ne__: (self, args) => compareCells(self, args[0]!, Cmp.NE),
    __lt__: (self, args) => compareCells(self, args[0]!, Cmp.LT),
    __le__: (self, args) => compareCells(self, args[0]!, Cmp.LE),
    __gt__: (self, args) => compareCells(self, args[0]!, Cmp.GT),
    __ge__: (self, args) => compareCells(self, args[0]!, Cmp.GE),
  });
  defineAttribute(cellType, '__hash__', None);
  defineGetSets(cellType, {
    cell_contents: {
      get(self) {
        const v = cell(self).ref;
        if (v === undefined) raise(ValueError, 'Cell is empty');
        return newref(v);
      },
      set(self, v) {
        const c = cell(self);
        const old = c.ref;
        c.ref = v === undefined ? undefined : newref(v);
        xdecref(old);
      },
    },
  });
}
