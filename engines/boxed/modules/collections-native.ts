// `_collections`: the part of CPython's `_collections` accelerator that collections.py uses for
// namedtuple (registered under CPython's name, so pickle finds `_collections._tuplegetter`), `_tuplegetter(index, doc)` — the descriptor behind each field (Point.x), with its own
// repr, "can't set attribute" on assignment and pickling by __reduce__. collections.py falls back to
// property(itemgetter(index)) on engines without it, as CPython's collections does.

import { decref, newref, PyObject, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { builtinType } from '../builtin-types.js';
import { defineAttribute, defineGetSets, defineMethods, defineStatic, showAsMembers } from '../define.js';
import { checkPositional } from '../args.js';
import { asIndex } from '../convert.js';
import { intern, newStr } from '../strings.js';
import { TypeFlag, type PyType } from '../type.js';
import { PyTuple } from '../types/sequences.js';
import { newTuple } from '../types/sequences/tuple-type.js';
import { None } from '../types/singletons.js';
import { AttributeError, IndexError, OverflowError, TypeError } from '../types/exceptions.js';
import type { PyModule } from '../types/module.js';
import { repr } from '../protocols/objects.js';
import { typeOf } from '../protocols/type-of.js';

export class PyTupleGetter extends PyObject {
  index = 0;
  doc: PyValue = None;

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.doc);
  }
}

export const tupleGetterType = builtinType('_tuplegetter', { subclassable: false, make: (t) => new PyTupleGetter(t) });

const getter = (self: PyValue): PyTupleGetter => self as PyTupleGetter;

let installed = false;

function installType(): void {
  if (installed) return;
  installed = true;
  defineStatic(tupleGetterType, '__new__', (_self, args, kwnames) => {
    const cls = args[0] as PyType;
    // Argument Clinic's _tuplegetter(index, doc, /): positional only, index a Py_ssize_t.
    checkPositional('_tuplegetter', args.slice(1), kwnames, 2);
    const i = asIndex(args[1]!);
    if (typeof i !== 'number' || !Number.isSafeInteger(i)) raise(OverflowError, 'Python int too large to convert to C ssize_t');
    const g = cls.make(cls) as PyTupleGetter;
    g.index = i;
    g.doc = newref(args[2]!);
    return g;
  });
  defineMethods(tupleGetterType, {
    __get__(self, args, kw) {
      checkPositional('__get__', args, kw, 1, 2);
      const obj = args[0]!;
      if (!(obj instanceof PyTuple) || !typeOf(obj).hasFlag(TypeFlag.TUPLE_SUBCLASS)) {
        if (obj === None) return newref(self);
        raise(TypeError, `descriptor for index '${getter(self).index}' for tuple subclasses doesn't apply to '${typeOf(obj).name}' object`);
      }
      const i = getter(self).index;
      if (i < 0 || i >= obj.items.length) raise(IndexError, 'tuple index out of range');
      return newref(obj.items[i]!);
    },
    __set__(_self, args, kw) {
      checkPositional('__set__', args, kw, 2);
      raise(AttributeError, "can't set attribute");
    },
    __delete__(_self, args, kw) {
      checkPositional('__delete__', args, kw, 1);
      raise(AttributeError, "can't delete attribute");
    },
    __reduce__(self, args, kw) {
      checkPositional('__reduce__', args, kw, 0);
      const g = getter(self);
      return newTuple([newref(typeOf(self)), newTuple([g.index, newref(g.doc)])]);
    },
    __repr__(self, args, kw) {
      checkPositional('__repr__', args, kw, 0);
      const g = getter(self);
      const r = repr(g.doc);
      return newStr(`${typeOf(self).name}(${g.index}, ${r})`);
    },
  });
  defineGetSets(tupleGetterType, {
    __doc__: {
      get: (self) => newref(getter(self).doc),
      set(self, v) {
        const g = getter(self);
        const old = g.doc;
        g.doc = newref(v ?? None);
        decref(old);
      },
    },
  });
  showAsMembers(tupleGetterType, '__doc__');
  defineAttribute(tupleGetterType, '__module__', intern('_collections'));
}

/** Registers `_collections` with the import system (the caller passes registerBuiltinModule). */
export function registerCollectionsModule(register: (name: string, init: (mod: PyModule) => void) => void): void {
  register('_collections', (mod) => {
    installType();
    mod.ns.setStr('_tuplegetter', intern('_tuplegetter'), tupleGetterType);
  });
}
