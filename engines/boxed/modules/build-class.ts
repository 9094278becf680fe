// builtins.__build_class__: what a class statement calls (Python/bltinmodule.c).
//
// Resolves __mro_entries__, picks the metaclass, asks it for the namespace (__prepare__), runs
// the class body with that namespace as its locals, calls the metaclass, and checks that the
// __class__ cell zero-argument super() uses ended up holding the new class.

import { decref, newref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { typeType } from '../builtin-types.js';
import { PyType } from '../type.js';
import { PyStr } from '../types/str.js';
import { PyDict } from '../types/dict.js';
import { PyTuple } from '../types/sequences.js';
import { PyCell, PyFunction } from '../types/functions.js';
import { TypeError } from '../types/exceptions.js';
import { call, callUnbound } from '../protocols/call.js';
import { getAttrOrUndefined } from '../protocols/attributes.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import { toArray } from '../protocols/iteration.js';
import { calculateMetaclass } from '../types/type-type.js';
import { intern } from '../strings.js';

/** Runs a class body (a function whose code is the body) with `ns` as its locals; returns the __class__ cell or None. */
export const classBodyHooks = {
  runClassBody: (_func: PyFunction, _ns: PyValue): PyValue => { throw new Error('VM not installed'); },
};

export function buildClass(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos < 2) raise(TypeError, '__build_class__: not enough arguments');
  const func = args[0]!;
  if (!(func instanceof PyFunction)) raise(TypeError, '__build_class__: func must be a function');
  const name = args[1]!;
  if (!(name instanceof PyStr)) raise(TypeError, '__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  let meta: PyValue | undefined;
  const kwNames: string[] = [];
  const kwValues: PyValue[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = args[npos + i];
    else { kwNames.push(kwnames![i]!); kwValues.push(args[npos + i]!); }
  }
  const bases = resolveMroEntries(origBases);
  try {
    let isClass = false;
    if (meta === undefined) meta = bases.length === 0 ? typeType : typeOf(bases[0]!);
    if (meta instanceof PyType) {
      isClass = true;
      meta = calculateMetaclass(meta, bases);
    }
    const basesTuple = new PyTuple(bases.map((b) => newref(b)));
    let ns: PyValue;
    const prepare = getAttrOrUndefined(meta, '__prepare__');
    if (prepare !== undefined) {
      try {
        ns = call(prepare, [name, basesTuple, ...kwValues], kwNames.length ? kwNames : null);
      } finally {
        decref(prepare);
      }
      if (typeOf(ns).lookup('__getitem__') === null) {
        const metaName = meta instanceof PyType ? meta.name : '<metaclass>';
        decref(ns);
        raise(TypeError, `${metaName}.__prepare__() must return a mapping, not ${typeName(ns)}`);
      }
    } else ns = new PyDict(typeType.ns.ob_type);
    try {
      const cell = classBodyHooks.runClassBody(func, ns);
      if (origBases !== bases && ns instanceof PyDict) ns.setStr('__orig_bases__', intern('__orig_bases__'), new PyTuple(origBases.map((b) => newref(b))));
      const cls = call(meta, [name, basesTuple, ns, ...kwValues], kwNames.length ? kwNames : null);
      if (cell instanceof PyCell && cls instanceof PyType) {
        if (cell.ref !== cls) {
          if (cell.ref === undefined) {
            raise(RuntimeErrorType(), `__class__ not set defining '${name.value}' as ${reprOfClass(cls)}. Was __classcell__ propagated to type.__new__?`);
          }
          raise(TypeError, `__class__ set to ${reprOfClass(cell.ref as PyType)} defining '${name.value}' as ${reprOfClass(cls)}`);
        }
      }
      decref(cell);
      void isClass;
      return cls;
    } finally {
      decref(ns);
      decref(basesTuple);
    }
  } finally {
    if (bases !== origBases) for (const b of bases) decref(b);
  }
}

function reprOfClass(t: PyType): string {
  return `<class '${t.name}'>`;
}

let RuntimeErrorType = (): PyType => { throw new Error('unset'); };
export function setRuntimeErrorType(f: () => PyType): void {
  RuntimeErrorType = f;
}

/** PEP 560: bases that are not classes may supply __mro_entries__. */
function resolveMroEntries(bases: PyValue[]): PyValue[] {
  if (bases.every((b) => b instanceof PyType)) return bases;
  const out: PyValue[] = [];
  const orig = new PyTuple(bases.map((b) => newref(b)));
  try {
    for (const b of bases) {
      if (b instanceof PyType) { out.push(newref(b)); continue; }
      // Looked up as an attribute of the base (CPython's _PyObject_LookupAttr), so an instance's own
      // __mro_entries__ counts too: typing.NamedTuple and TypedDict are functions that carry one.
      const f = getAttrOrUndefined(b, '__mro_entries__');
      if (f === undefined) { out.push(newref(b)); continue; }
      let r: PyValue;
      try {
        r = call(f, [orig]);
      } finally {
        decref(f);
      }
      if (!(r instanceof PyTuple)) { decref(r); raise(TypeError, '__mro_entries__ must return a tuple'); }
      for (const x of toArray(r)) out.push(x);
      decref(r);
    }
  } finally {
    decref(orig);
  }
  return out;
}
