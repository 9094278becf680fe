// The `__dict__` and `__weakref__` attributes a class statement gives its instances
// (typeobject.c's subtype_getsets): `obj.__dict__`, `vars(obj)`, and `'__dict__' in C.__dict__`.
//
// type.__new__ (type-type.ts) decides from __slots__ and the bases whether the new class adds a
// dict or a weakref list to its instances (class-layout.ts) and calls this to put the getsets in
// its namespace, then `__doc__ = None` when the class has no docstring (type_dict_set_doc) and
// `__hash__ = None` in a class that defines __eq__ but not __hash__ (type_ready_set_hash), in
// the order PyType_Ready adds them.

import { decref, newref } from '../../object.js';
import { raise } from '../../errors.js';
import { dictType } from '../../builtin-types.js';
import { intern } from '../../strings.js';
import type { PyType } from '../../type.js';
import { PyDict } from '../dict.js';
import { None } from '../singletons.js';
import { TypeError } from '../exceptions.js';
import { PyGetSetDescriptor } from '../native.js';
import { typeName } from '../../protocols/type-of.js';

function addGetSet(t: PyType, name: string, d: PyGetSetDescriptor): void {
  t.ns.setStr(name, intern(name), d);
  decref(d);
}

export function addInstanceDescriptors(t: PyType, addDict: boolean, addWeak: boolean): void {
  if (addDict) {
    addGetSet(t, '__dict__', new PyGetSetDescriptor(t, '__dict__', (self) => {
      if (typeof self === 'number') return None;
      return newref((self.dict ??= new PyDict(dictType)));
    }, (self, v) => {
      // subtype_setdict lets `del obj.__dict__` drop the dict; the next use starts an empty one.
      if (v !== undefined && !(v instanceof PyDict)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
      if (typeof self === 'number') return;
      const old = self.dict;
      self.dict = v === undefined ? new PyDict(dictType) : newref(v);
      if (old !== null) decref(old);
    }));
  }
  if (addWeak) addGetSet(t, '__weakref__', new PyGetSetDescriptor(t, '__weakref__', () => None));
  if (t.ns.getStr('__doc__') === undefined) t.ns.setStr('__doc__', intern('__doc__'), None);
  if (t.ns.getStr('__eq__') !== undefined && t.ns.getStr('__hash__') === undefined) {
    t.ns.setStr('__hash__', intern('__hash__'), None);
  }
}
