// object.__dir__, type.__dir__ and module dir (Objects/typeobject.c, Objects/moduleobject.c):
// the unsorted name lists dir() sorts.
//
// An instance's names are its __dict__'s keys plus every name in its class and the class's
// bases, recursively (merge_class_dict); a class's are its own and its bases'; a module's are
// its namespace's keys, unless the module defines its own __dir__.

import { decref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { PyType } from '../../type.js';
import { objectType } from '../../builtin-types.js';
import { PyStr } from '../str.js';
import { PyDict } from '../dict.js';
import { PyList } from '../sequences.js';
import { PyModule } from '../module.js';
import { TypeError } from '../exceptions.js';
import { call } from '../../protocols/call.js';
import { getAttrOrUndefined } from '../../protocols/attributes.js';
import { typeOf } from '../../protocols/type-of.js';
import { toArray } from '../../protocols/iteration.js';

/** Adds a dict's keys to `names` (insertion order kept; duplicates skipped). */
function addKeys(names: Map<string | PyValue, PyValue>, d: PyDict): void {
  for (let i = d.next(-1); i >= 0; i = d.next(i)) {
    const k = d.keyAt(i);
    const id = k instanceof PyStr ? k.value : k;
    if (!names.has(id)) names.set(id, k);
  }
}

/** merge_class_dict: a class's namespace and its bases', as __dict__/__bases__ say. */
function mergeClassDict(names: Map<string | PyValue, PyValue>, cls: PyValue, depth = 0): void {
  if (depth > 200) return;
  if (cls instanceof PyType) {
    addKeys(names, cls.ns);
    for (const b of cls.bases) mergeClassDict(names, b, depth + 1);
    return;
  }
  // A non-type posing as a class: use whatever __dict__ and __bases__ it has.
  const d = getAttrOrUndefined(cls, '__dict__');
  if (d !== undefined) {
    if (d instanceof PyDict) addKeys(names, d);
    decref(d);
  }
  const bases = getAttrOrUndefined(cls, '__bases__');
  if (bases !== undefined) {
    for (const b of toArray(bases)) {
      mergeClassDict(names, b, depth + 1);
      decref(b);
    }
    decref(bases);
  }
}

function listOf(names: Map<string | PyValue, PyValue>): PyList {
  const items = [...names.values()];
  for (const v of items) if (typeof v !== 'number') v.ob_refcnt++;
  return new PyList(items);
}

/** object.__dir__(obj): a new list. */
export function objectDir(obj: PyValue): PyValue {
  // Modules list their namespace (module.__dir__), unless a module subclass overrides __dir__.
  if (obj instanceof PyModule && typeOf(obj).lookup('__dir__') === objectType.ns.getStr('__dir__')) return moduleDir(obj);
  const names = new Map<string | PyValue, PyValue>();
  const d = getAttrOrUndefined(obj, '__dict__');
  if (d !== undefined) {
    if (d instanceof PyDict) addKeys(names, d);
    decref(d);
  }
  const cls = getAttrOrUndefined(obj, '__class__');
  if (cls !== undefined) {
    mergeClassDict(names, cls);
    decref(cls);
  }
  return listOf(names);
}

/** type.__dir__(cls): a new list. */
export function typeDir(cls: PyType): PyValue {
  const names = new Map<string | PyValue, PyValue>();
  mergeClassDict(names, cls);
  return listOf(names);
}

/** module.__dir__: the namespace's own __dir__ if it defines one, else its keys. */
export function moduleDir(mod: PyModule): PyValue {
  const ns = mod.ns;
  if (!(ns instanceof PyDict)) raise(TypeError, '<module>.__dict__ is not a dictionary');
  const custom = ns.getStr('__dir__');
  if (custom !== undefined) return call(custom, []);
  const names = new Map<string | PyValue, PyValue>();
  addKeys(names, ns);
  return listOf(names);
}
