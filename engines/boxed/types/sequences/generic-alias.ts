// A minimal types.GenericAlias for list[int], tuple[str, ...] (__class_getitem__ of the builtin
// sequence types): it keeps __origin__ and __args__ and prints as CPython does.

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { builtinType } from '../../builtin-types.js';
import { defineGetSets, defineMethods } from '../../define.js';
import { newStr } from '../../strings.js';
import { PyType } from '../../type.js';
import { PyTuple } from '../sequences.js';
import { PyStr } from '../str.js';
import { Ellipsis } from '../singletons.js';
import { repr } from '../../protocols/objects.js';

export const genericAliasType = builtinType('types.GenericAlias', {
  subclassable: false,
  make: () => { throw new Error('GenericAlias instances are made by genericAlias'); },
});

class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple) {
    super(genericAliasType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.origin);
    decref(this.args);
  }
}

/** cls[params]: a new GenericAlias. */
export function genericAlias(cls: PyValue, params: PyValue): PyValue {
  const args = params instanceof PyTuple ? newref(params) : new PyTuple([newref(params)]);
  return new PyGenericAlias(newref(cls), args);
}

function itemRepr(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) {
    const mod = v.ns.getStr('__module__');
    const qual = v.ns.getStr('__qualname__');
    const q = qual instanceof PyStr ? qual.value : v.qualname;
    return mod instanceof PyStr && mod.value !== 'builtins' ? `${mod.value}.${q}` : q;
  }
  return repr(v);
}

let installed = false;
export function installGenericAlias(): void {
  if (installed) return;
  installed = true;
  defineMethods(genericAliasType, {
    __repr__(self) {
      const g = self as PyGenericAlias;
      const items = g.args.items.length === 0 ? '()' : g.args.items.map(itemRepr).join(', ');
      return newStr(`${itemRepr(g.origin)}[${items}]`);
    },
  });
  defineGetSets(genericAliasType, {
    __origin__: (self) => newref((self as PyGenericAlias).origin),
    __args__: (self) => newref((self as PyGenericAlias).args),
  });
}
