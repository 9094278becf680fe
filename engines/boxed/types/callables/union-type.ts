// types.UnionType (Objects/unionobject.c): what `int | str` makes — type.__or__/__ror__, the
// union's __args__, equality, hash, repr and further `|`. isinstance/issubclass read __args__
// (builtins-attrs.ts).

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { builtinType, noneType, typeType } from '../../builtin-types.js';
import { defineAttribute, defineGetSets, defineMethods } from '../../define.js';
import { intern, newStr } from '../../strings.js';
import { PyType } from '../../type.js';
import { False, True, makeInt } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { PyTuple } from '../sequences.js';
import { eq } from '../../protocols/compare.js';
import { hash, repr } from '../../protocols/objects.js';
import { typeOf } from '../../protocols/type-of.js';
import { genericAliasType } from '../mappings/generic-alias.js';
import { qualifiedName } from '../object-type.js';
import { runtimeHooks } from '../../runtime-hooks.js';

export class PyUnion extends PyObject {
  constructor(readonly args: PyTuple) {
    super(unionType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.args);
  }
}

export const unionType = builtinType('UnionType', { subclassable: false });

/** Can `v` be a member of a union? (a class, None, a generic alias or another union) */
function unionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyUnion || typeOf(v) === genericAliasType;
}

/** The flattened, de-duplicated members of a | b (None as NoneType). */
function unionOf(a: PyValue, b: PyValue): PyValue {
  const members: PyValue[] = [];
  const add = (v: PyValue): void => {
    if (v instanceof PyUnion) { for (const m of v.args.items) add(m); return; }
    const m = v === None ? noneType : v;
    if (!members.some((x) => x === m || (typeOf(x) === genericAliasType && typeOf(m) === genericAliasType && eq(x, m)))) members.push(m);
  };
  add(a);
  add(b);
  if (members.length === 1) return newref(members[0]!);
  return new PyUnion(new PyTuple(members.map((m) => newref(m))));
}

function memberRepr(v: PyValue): string {
  if (v === noneType) return 'None';
  if (v instanceof PyType) return qualifiedName(v);
  return repr(v);
}

function unionOr(self: PyValue, other: PyValue, reflected: boolean): PyValue {
  if (!unionable(self) || !unionable(other)) return NotImplemented;
  return reflected ? unionOf(other, self) : unionOf(self, other);
}

export function installUnionType(): void {
  defineMethods(typeType, {
    __or__: (self, args) => unionOr(self, args[0]!, false),
    __ror__: (self, args) => unionOr(self, args[0]!, true),
  });
  defineAttribute(unionType, '__module__', intern('types'));
  defineMethods(unionType, {
    __or__: (self, args) => unionOr(self, args[0]!, false),
    __ror__: (self, args) => unionOr(self, args[0]!, true),
    __repr__: (self) => newStr((self as PyUnion).args.items.map(memberRepr).join(' | ')),
    __eq__(self, args) {
      const o = args[0]!;
      if (!(o instanceof PyUnion)) return NotImplemented;
      const a = (self as PyUnion).args.items;
      const b = o.args.items;
      const same = a.length === b.length && a.every((x) => b.some((y) => x === y || eq(x, y)));
      return same ? True : False;
    },
    __hash__(self) {
      const f = runtimeHooks.makeFrozenset((self as PyUnion).args.items);
      try {
        const h = hash(f);
        return typeof h === 'number' ? h : makeInt(h);
      } finally {
        decref(f);
      }
    },
  });
  defineGetSets(unionType, {
    __args__: (self) => newref((self as PyUnion).args),
    __parameters__: () => new PyTuple([]),
  });
}
