// types.GenericAlias, the value of list[int], dict[str, int] and set[int] (PEP 585): an origin class and
// a tuple of arguments, with CPython's repr (builtins shown by qualname, other classes as
// module.qualname, generic aliases and everything else by repr). Calling it calls the origin.
// `classGetItemOf(name)` makes the `__class_getitem__` class method of a builtin generic class.
// One type for every builtin generic: its __name__ is 'GenericAlias' and its __module__ 'types'.

import { decref, newref, PyObject, type PyValue } from '../object.js';
import { builtinType } from '../builtin-types.js';
import { defineAttribute, defineGetSets, defineMethods, defineStatic } from '../define.js';
import { intern, newStr } from '../strings.js';
import { PyStr } from './str.js';
import { PyTuple } from './sequences.js';
import { Ellipsis, NotImplemented as _NI } from './singletons.js';
import type { NativeMethod } from './native.js';
import { PyType } from '../type.js';
import { finishInstance } from './sequences/common.js';
import { call } from '../protocols/call.js';
import { raise } from '../errors.js';
import { TypeError } from './exceptions.js';
import { genericGetAttr, getAttr, getAttrOrUndefined, missingAttribute } from '../protocols/attributes.js';
import { asAttrName } from '../convert.js';
import { repr, hash } from '../protocols/objects.js';
import { eq } from '../protocols/compare.js';
import { False, True, makeInt } from './numbers.js';
import { oneArg } from './mappings/common.js';

const noInstances = (t: PyType): PyObject => { throw new Error(`cannot create '${t.name}' instances`); };
export const genericAliasType = builtinType('GenericAlias', { make: noInstances });

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyValue, readonly args: PyTuple) {
    super(genericAliasType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.origin);
    decref(this.args);
  }
}

/** A new GenericAlias; `item` is a tuple of arguments or the single argument (borrowed). */
export function makeGenericAlias(origin: PyValue, item: PyValue): PyGenericAlias {
  const args = item instanceof PyTuple ? newref(item) : new PyTuple([newref(item)]);
  return new PyGenericAlias(newref(origin), args);
}

/** cls[params] (the sequences' spelling of makeGenericAlias). */
export const genericAlias = (cls: PyValue, params: PyValue): PyValue => makeGenericAlias(cls, params);

/** `__class_getitem__` of a builtin generic class named `owner`: cls[item] → GenericAlias(cls, item). */
export function classGetItemOf(owner: string): NativeMethod {
  return (cls, args, kw) => makeGenericAlias(cls, oneArg(`${owner}.__class_getitem__`, args, kw));
}

function strAttr(v: PyValue, name: string): string | null | undefined {
  const a = getAttrOrUndefined(v, name);
  if (a === undefined) return undefined;
  const s = a instanceof PyStr ? a.value : null;
  decref(a);
  return s;
}

/** ga_repr_item. */
function reprItem(p: PyValue): string {
  if (p === Ellipsis) return '...';
  const origin = getAttrOrUndefined(p, '__origin__');
  if (origin !== undefined) {
    decref(origin);
    const a = getAttrOrUndefined(p, '__args__');
    if (a !== undefined) { decref(a); return repr(p); }
  }
  const qual = strAttr(p, '__qualname__');
  if (qual === undefined || qual === null) return repr(p);
  const mod = getAttrOrUndefined(p, '__module__');
  if (mod === undefined) return repr(p);
  try {
    if (mod instanceof PyStr) return mod.value === 'builtins' ? qual : `${mod.value}.${qual}`;
    return repr(p);
  } finally {
    decref(mod);
  }
}

function aliasRepr(ga: PyGenericAlias): string {
  const items = ga.args.items;
  const inner = items.length === 0 ? '()' : items.map(reprItem).join(', ');
  return `${reprItem(ga.origin)}[${inner}]`;
}

let installed = false;
/** The names ga_getattro looks up on the alias itself (attr_exceptions). */
const ALIAS_OWN = new Set(['__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
  '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__', '__reduce__', '__copy__', '__deepcopy__']);

function raiseMissing(self: PyValue, name: string): never {
  throw missingAttribute(self, name);
}

export function installGenericAlias(): void {
  if (installed) return;
  installed = true;
  // types.GenericAlias(origin, args): what collections.abc's __class_getitem__ = classmethod(GenericAlias) calls.
  defineStatic(genericAliasType, '__new__', (_self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'GenericAlias() takes no keyword arguments');
    if (args.length !== 3) raise(TypeError, `GenericAlias expected 2 arguments, got ${args.length - 1}`);
    const cls = args[0]!;
    if (!(cls instanceof PyType) || !cls.isSubtype(genericAliasType)) raise(TypeError, 'GenericAlias.__new__(X): X is not a subtype of GenericAlias');
    const ga = makeGenericAlias(args[1]!, args[2]!);
    if (cls !== genericAliasType) {
      ga.ob_type = cls;
      finishInstance(ga, cls);
    }
    return ga;
  });
  defineMethods(genericAliasType, {
    __repr__: (self) => newStr(aliasRepr(self as PyGenericAlias)),
    __call__: (self, args, kw) => call((self as PyGenericAlias).origin, args, kw),
    __eq__(self, args) {
      const o = args[0]!;
      if (!(o instanceof PyGenericAlias)) return _NI;
      const a = self as PyGenericAlias;
      return eq(a.origin, o.origin) && eq(a.args, o.args) ? True : False;
    },
    __hash__(self) {
      const a = self as PyGenericAlias;
      const h = hash(a.origin);
      const g = hash(a.args);
      return typeof h === 'number' && typeof g === 'number' ? (h ^ g) | 0 : makeInt(BigInt(h) ^ BigInt(g));
    },
    __mro_entries__: (self) => new PyTuple([newref((self as PyGenericAlias).origin)]),
    // ga_getattro: all but the alias's own attributes are the origin's (list[int].append, .__name__).
    __getattribute__(self, args) {
      const name = asAttrName(args[0]!);
      if (ALIAS_OWN.has(name)) return genericGetAttr(self, name) ?? raiseMissing(self, name);
      return getAttr((self as PyGenericAlias).origin, name);
    },
    // ga_getitem: only an alias with type-variable parameters can be subscripted, and these have none.
    __getitem__: (self) => raise(TypeError, `${aliasRepr(self as PyGenericAlias)} is not a generic class`),
    // ga_instancecheck / ga_subclasscheck: a parameterized generic is no class to test against.
    __instancecheck__: () => raise(TypeError, 'isinstance() argument 2 cannot be a parameterized generic'),
    __subclasscheck__: () => raise(TypeError, 'issubclass() argument 2 cannot be a parameterized generic'),
  });
  defineGetSets(genericAliasType, {
    __origin__: (self) => newref((self as PyGenericAlias).origin),
    __args__: (self) => newref((self as PyGenericAlias).args),
    __parameters__: () => new PyTuple([]),
  });
  defineAttribute(genericAliasType, '__module__', intern('types'));
}
