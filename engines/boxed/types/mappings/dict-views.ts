// dict.keys(), dict.values(), dict.items(): live views of a dict. Keys and items views are
// set-like (CPython's dictviews_* functions): comparisons with sets and other views, the
// operators | & - ^ with any iterable on either side (results are sets), isdisjoint, and
// membership by lookup. Values views only iterate.

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { builtinType, dictType, setType } from '../../builtin-types.js';
import { defineAttribute, defineGetSets, defineMethods } from '../../define.js';
import { newStr } from '../../strings.js';
import type { PyType } from '../../type.js';
import { PyDict } from '../dict.js';
import { PySet } from '../set.js';
import { PyTuple } from '../sequences.js';
import { False, True } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import type { NativeMethod } from '../native.js';
import { classHooks } from '../../class-hooks.js';
import { repr } from '../../protocols/objects.js';
import { eq } from '../../protocols/compare.js';
import { contains } from '../../protocols/items.js';
import { length } from '../../protocols/objects.js';
import { PyDictIterator, IterKind } from './dict-iterators.js';
import { oneArg, reprEnter, reprLeave } from './common.js';
import { differenceUpdate, forEachItem, intersection, newSetOf, storageOf, symmetricDifferenceUpdate, updateInternal, wrapTable } from './set-ops.js';

const noInstances = (t: PyType): PyObject => { throw new Error(`cannot create '${t.name}' instances`); };
export const dictKeysType = builtinType('dict_keys', { subclassable: false, make: noInstances });
export const dictValuesType = builtinType('dict_values', { subclassable: false, make: noInstances });
export const dictItemsType = builtinType('dict_items', { subclassable: false, make: noInstances });
const VIEW_TYPES = [dictKeysType, dictValuesType, dictItemsType];

export class PyDictView extends PyObject {
  constructor(readonly target: PyDict, readonly kind: IterKind) {
    super(VIEW_TYPES[kind]!);
    newref(target);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.target);
  }
}

const isSetLikeView = (v: PyValue): v is PyDictView => v instanceof PyDictView && v.kind !== IterKind.VALUES;
const asView = (v: PyValue): PyDictView => v as PyDictView;

/** dictkeys_contains / dictitems_contains. */
function viewContains(view: PyDictView, obj: PyValue): boolean {
  if (view.kind === IterKind.KEYS) return view.target.find(obj) >= 0;
  if (!(obj instanceof PyTuple) || obj.items.length !== 2) return false;
  const found = view.target.get(obj.items[0]!);
  if (found === undefined) return false;
  newref(found);
  try {
    return eq(found, obj.items[1]!);
  } finally {
    decref(found);
  }
}

function viewRepr(view: PyDictView): string {
  const tn = view.ob_type.name;
  if (!reprEnter(view)) return `${tn}(...)`;
  try {
    const d = view.target;
    const parts: string[] = [];
    for (let i = d.next(-1); i >= 0; i = d.next(i)) {
      const k = newref(d.keyAt(i));
      const v = newref(d.values[i]!);
      try {
        if (view.kind === IterKind.KEYS) parts.push(repr(k));
        else if (view.kind === IterKind.VALUES) parts.push(repr(v));
        else parts.push(`(${repr(k)}, ${repr(v)})`);
      } finally {
        decref(k);
        decref(v);
      }
    }
    return `${tn}([${parts.join(', ')}])`;
  } finally {
    reprLeave(view);
  }
}

/** dictviews_to_set: a new set of the view's items (a keys view of an exact dict reads the dict). */
function toSet(v: PyValue): PySet {
  if (v instanceof PyDictView && v.kind === IterKind.KEYS && v.target.ob_type === dictType) return newSetOf(setType, v.target);
  return newSetOf(setType, v);
}

/** Runs fn on a fresh set, dropping it if fn raises. */
function withResult(result: PySet, fn: (s: PySet) => void): PySet {
  try {
    fn(result);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

const viewOr = (a: PyValue, b: PyValue): PyValue => withResult(toSet(a), (s) => updateInternal(storageOf(s), b));
const viewSub = (a: PyValue, b: PyValue): PyValue => withResult(toSet(a), (s) => differenceUpdate(s, b));

function viewXor(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyDictView && a.kind === IterKind.ITEMS && b instanceof PyDictView && b.kind === IterKind.ITEMS) return itemsXor(a, b);
  return withResult(toSet(a), (s) => symmetricDifferenceUpdate(s, b));
}

/** dictitems_xor: pairs of either dict not in the other with an equal value. */
function itemsXor(a: PyDictView, b: PyDictView): PyValue {
  const temp = new PyDict(dictType);
  const d1 = a.target, d2 = b.target;
  for (let i = d1.next(-1); i >= 0; i = d1.next(i)) temp.set(d1.keyAt(i), d1.values[i]!);
  const result = wrapTable(setType);
  try {
    const st = storageOf(result);
    for (let i = d2.next(-1); i >= 0; i = d2.next(i)) {
      const key = d2.keyAt(i), val2 = d2.values[i]!;
      const val1 = temp.get(key);
      if (val1 !== undefined && eq(val1, val2)) temp.delete(key);
      else {
        const pair = new PyTuple([newref(key), newref(val2)]);
        st.add(pair);
        decref(pair);
      }
    }
    for (let i = temp.next(-1); i >= 0; i = temp.next(i)) {
      const pair = new PyTuple([newref(temp.keyAt(i)), newref(temp.values[i]!)]);
      st.add(pair);
      decref(pair);
    }
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(temp);
  }
  return result;
}

/** _PyDictView_Intersect (either operand may be the view). */
function viewAnd(a: PyValue, b: PyValue): PyValue {
  let self = a, other = b;
  if (!isSetLikeView(self)) [self, other] = [other, self];
  const v = self as PyDictView;
  const lenSelf = v.target.size;
  if (other instanceof PySet && other.ob_type === setType && lenSelf <= other.storage.size) return intersection(other, v);
  let big = v;
  if (isSetLikeView(other) && other.target.size > lenSelf) { big = other; other = v; }
  const result = wrapTable(setType);
  return withResult(result, (s) => {
    const st = storageOf(s);
    forEachItem(other, (key) => {
      if (viewContains(big, key)) st.add(key);
    });
  });
}

/** all_contained_in: every item of a is in b. */
function allContainedIn(a: PyValue, b: PyValue): boolean {
  let ok = true;
  forEachItem(a, (item) => {
    if (!contains(b, item)) { ok = false; return true; }
    return false;
  });
  return ok;
}

/** dictview_richcompare. */
function viewCompare(self: PyDictView, other: PyValue, op: 'lt' | 'le' | 'eq' | 'ne' | 'gt' | 'ge'): PyValue {
  if (!(other instanceof PySet) && !isSetLikeView(other)) return NotImplemented;
  const ls = self.target.size;
  const lo = length(other);
  let ok = false;
  switch (op) {
    case 'eq': case 'ne':
      if (ls === lo) ok = allContainedIn(self, other);
      if (op === 'ne') ok = !ok;
      break;
    case 'lt': if (ls < lo) ok = allContainedIn(self, other); break;
    case 'le': if (ls <= lo) ok = allContainedIn(self, other); break;
    case 'gt': if (ls > lo) ok = allContainedIn(other, self); break;
    default: if (ls >= lo) ok = allContainedIn(other, self); break;
  }
  return ok ? True : False;
}

/** dictviews_isdisjoint. */
function viewIsDisjoint(selfV: PyDictView, other: PyValue): boolean {
  if (selfV === other) return selfV.target.size === 0;
  let self: PyValue = selfV;
  if (other instanceof PySet || isSetLikeView(other)) {
    if (length(other) > selfV.target.size) [self, other] = [other, self];
  }
  let disjoint = true;
  forEachItem(other, (item) => {
    if (contains(self, item)) { disjoint = false; return true; }
    return false;
  });
  return disjoint;
}

function commonViewMethods(): Record<string, NativeMethod> {
  return {
    __len__: (self) => asView(self).target.size,
    __iter__: (self) => new PyDictIterator(asView(self).target, asView(self).kind, false),
    __reversed__: (self) => new PyDictIterator(asView(self).target, asView(self).kind, true),
    __repr__: (self) => newStr(viewRepr(asView(self))),
  };
}

function setLikeMethods(tn: string): Record<string, NativeMethod> {
  const bin = (f: (a: PyValue, b: PyValue) => PyValue, reflected: boolean): NativeMethod =>
    (self, args) => (reflected ? f(args[0]!, self) : f(self, args[0]!));
  return {
    __contains__: (self, args, kw) => (viewContains(asView(self), oneArg(`${tn}.__contains__`, args, kw)) ? True : False),
    __eq__: (self, args) => viewCompare(asView(self), args[0]!, 'eq'),
    __ne__: (self, args) => viewCompare(asView(self), args[0]!, 'ne'),
    __lt__: (self, args) => viewCompare(asView(self), args[0]!, 'lt'),
    __le__: (self, args) => viewCompare(asView(self), args[0]!, 'le'),
    __gt__: (self, args) => viewCompare(asView(self), args[0]!, 'gt'),
    __ge__: (self, args) => viewCompare(asView(self), args[0]!, 'ge'),
    __or__: bin(viewOr, false),
    __ror__: bin(viewOr, true),
    __and__: bin(viewAnd, false),
    __rand__: bin(viewAnd, true),
    __sub__: bin(viewSub, false),
    __rsub__: bin(viewSub, true),
    __xor__: bin(viewXor, false),
    __rxor__: bin(viewXor, true),
    isdisjoint: (self, args, kw) => (viewIsDisjoint(asView(self), oneArg(`${tn}.isdisjoint`, args, kw)) ? True : False),
  };
}

export function installDictViews(): void {
  defineMethods(dictKeysType, { ...commonViewMethods(), ...setLikeMethods('dict_keys') });
  defineMethods(dictItemsType, { ...commonViewMethods(), ...setLikeMethods('dict_items') });
  defineMethods(dictValuesType, commonViewMethods());
  for (const t of [dictKeysType, dictItemsType]) defineAttribute(t, '__hash__', None);
  for (const t of VIEW_TYPES) {
    defineGetSets(t, { mapping: (self) => classHooks.mappingProxy(asView(self).target) });
  }
}
