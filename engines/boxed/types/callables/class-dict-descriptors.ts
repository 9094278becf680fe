// The `__dict__` and `__weakref__` attributes a class statement gives its instances
// (typeobject.c's subtype_getsets): `obj.__dict__`, `vars(obj)`, and `'__dict__' in C.__dict__`.
//
// type.__new__ (type-type.ts) makes the class; this wraps it to add the two getsets to the new
// class's namespace when its instances gain a dict (no base provides one yet, and __slots__ is
// absent or names '__dict__') — the rule CPython's type_new_descriptors applies. It also sets
// `__hash__ = None` in a class that defines __eq__ but not __hash__ (type_new_set_hash).

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineStatic } from '../../define.js';
import { dictType, objectType, typeType } from '../../builtin-types.js';
import { intern } from '../../strings.js';
import { PyType, TypeFlag } from '../../type.js';
import { PyDict } from '../dict.js';
import { PyStr } from '../str.js';
import { PyTuple, PyList } from '../sequences.js';
import { None } from '../singletons.js';
import { TypeError } from '../exceptions.js';
import { PyBuiltinFunction, PyGetSetDescriptor } from '../native.js';
import { typeName } from '../../protocols/type-of.js';

/** The names in a class's __slots__ (a str or a sequence of them). */
function slotNames(slots: PyValue): string[] {
  if (slots instanceof PyStr) return [slots.value];
  if (slots instanceof PyTuple || slots instanceof PyList) return slots.items.flatMap((s) => (s instanceof PyStr ? [s.value] : []));
  return [];
}

/** True when some base already gives instances `name` (a __dict__ or __weakref__ descriptor). */
function inherited(t: PyType, name: string): boolean {
  for (const b of t.mro.slice(1)) if (b !== objectType && b.ns.getStr(name) !== undefined) return true;
  return false;
}

function addGetSet(t: PyType, name: string, d: PyGetSetDescriptor): void {
  t.ns.setStr(name, intern(name), d);
  decref(d);
}

function addInstanceDescriptors(t: PyType): void {
  const slots = t.ns.getStr('__slots__');
  const names = slots === undefined ? null : slotNames(slots);
  if ((names === null || names.includes('__dict__')) && !inherited(t, '__dict__')) {
    addGetSet(t, '__dict__', new PyGetSetDescriptor(t, '__dict__', (self) => {
      if (typeof self === 'number') return None;
      return newref((self.dict ??= new PyDict(dictType)));
    }, (self, v) => {
      if (v === undefined) raise(TypeError, 'cannot delete __dict__');
      if (!(v instanceof PyDict)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      if (typeof self === 'number') return;
      const old = self.dict;
      self.dict = newref(v);
      if (old !== null) decref(old);
    }));
  }
  if ((names === null || names.includes('__weakref__')) && !inherited(t, '__weakref__')) {
    addGetSet(t, '__weakref__', new PyGetSetDescriptor(t, '__weakref__', () => None));
  }
  if (t.ns.getStr('__eq__') !== undefined && t.ns.getStr('__hash__') === undefined) {
    t.ns.setStr('__hash__', intern('__hash__'), None);
  }
  t.modified();
}

export function installClassDictDescriptors(): void {
  const original = typeType.ns.getStr('__new__');
  if (!(original instanceof PyBuiltinFunction)) return;
  const typeNew = original.fn;
  defineStatic(typeType, '__new__', (self, args, kwnames) => {
    const r = typeNew(self, args, kwnames);
    if (r instanceof PyType && r.hasFlag(TypeFlag.HEAPTYPE) && args.length - (kwnames?.length ?? 0) === 4) addInstanceDescriptors(r);
    return r;
  });
}
