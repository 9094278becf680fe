// list: construction, every method, indexing and slicing (including slice assignment and
// deletion with extended slices), concatenation/repetition in both forms, comparison and repr.
// Mutations change `items` in place where CPython's would keep the same buffer, which
// list.sort relies on to notice changes made while it runs.

import { decref, incref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { listType, tupleType } from '../../builtin-types.js';
import { defineAttribute, defineClassMethods, defineMethods, defineStatic } from '../../define.js';
import { checkPositional, noKeywords } from '../../args.js';
import { newStr } from '../../strings.js';
import { PyType } from '../../type.js';
import { exactSequenceItems, PyList, PyTuple } from '../sequences.js';
import { False, PyBool, PyLong, True } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { IndexError, MemoryError, TypeError, ValueError } from '../exceptions.js';
import { asRepeatCount, asSsize } from '../../convert.js';
import { repr } from '../../protocols/objects.js';
import { Cmp } from '../../protocols/compare.js';
import { toArray } from '../../protocols/iteration.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { finishInstance, searchBounds } from './common.js';
import { compareItems, countOf, indexOf } from './seq-compare.js';
import { sequenceRepr } from './seq-repr.js';
import { PySlice, sliceIndices } from './slice.js';
import { ListIterator, ListReverseIterator } from './iterators.js';
import { repeatItems } from './tuple-type.js';
import { listSortMethod } from './sort.js';
import { genericAlias } from './generic-alias.js';

const isIndexable = (v: PyValue): boolean =>
  typeof v === 'number' || v instanceof PyLong || v instanceof PyBool || typeOf(v).lookup('__index__') !== null;

/** A normalised index into `list` for reading/writing one item, or IndexError with `message`. */
function itemIndex(list: PyList, key: PyValue, message: string): number {
  let i = typeof key === 'number' ? key : asSsize(key, IndexError);
  const n = list.items.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(IndexError, message);
  return i;
}

/** Replaces items [lo, hi) by `add` (owned references) in place; drops the removed ones afterwards. */
function splice(list: PyList, lo: number, hi: number, add: readonly PyValue[]): void {
  const items = list.items;
  const removed = items.slice(lo, hi);
  const delta = add.length - (hi - lo);
  const n = items.length;
  if (delta > 0) {
    items.length = n + delta;
    for (let i = n - 1; i >= hi; i--) items[i + delta] = items[i]!;
  } else if (delta < 0) {
    for (let i = hi; i < n; i++) items[i + delta] = items[i]!;
    items.length = n + delta;
  }
  for (let i = 0; i < add.length; i++) items[lo + i] = add[i]!;
  for (const v of removed) decref(v);
}

/** The items of v as new references for assignment (PySequence_Fast), or TypeError `message`. */
function itemsForAssignment(list: PyList, v: PyValue, message: string): PyValue[] {
  const fast = v === list ? list.items.slice() : exactSequenceItems(v);
  if (fast !== null) {
    const src = fast;
    const out = new Array<PyValue>(src.length);
    for (let i = 0; i < src.length; i++) out[i] = newref(src[i]!);
    return out;
  }
  const t = typeOf(v);
  if (t.lookup('__iter__') === null && t.lookup('__getitem__') === null) raise(TypeError, message);
  return toArray(v);
}

/** list[key] (a new reference). */
export function listSubscript(list: PyList, key: PyValue): PyValue {
  if (typeof key === 'number') {
    const items = list.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return newref(items[i]!);
    raise(IndexError, 'list index out of range');
  }
  if (key instanceof PySlice) {
    const { start, step, count } = sliceIndices(key, list.items.length);
    const out = new Array<PyValue>(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = newref(list.items[j]!);
    return new PyList(out);
  }
  if (isIndexable(key)) return newref(list.items[itemIndex(list, key, 'list index out of range')]!);
  raise(TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
}

/** list[key] = value, or del list[key] when value is undefined. */
export function listAssSubscript(list: PyList, key: PyValue, value: PyValue | undefined): void {
  if (key instanceof PySlice) {
    assignSlice(list, key, value);
    return;
  }
  if (!isIndexable(key)) raise(TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
  const i = itemIndex(list, key, 'list assignment index out of range');
  if (value === undefined) {
    splice(list, i, i + 1, []);
    return;
  }
  const old = list.items[i]!;
  list.items[i] = newref(value);
  decref(old);
}

function assignSlice(list: PyList, s: PySlice, value: PyValue | undefined): void {
  let { start, stop, step, count } = sliceIndices(s, list.items.length);
  if (step === 1) {
    const add = value === undefined ? [] : itemsForAssignment(list, value, 'can only assign an iterable');
    // The slice was computed before the items were read, which may have run Python code.
    const n = list.items.length;
    const lo = Math.min(Math.max(start, 0), n);
    const hi = Math.min(Math.max(stop, lo), n);
    splice(list, lo, hi, add);
    return;
  }
  if (value === undefined) {
    if (count <= 0) return;
    if (step < 0) {
      start = start + step * (count - 1);
      step = -step;
    }
    const items = list.items;
    const removed: PyValue[] = [];
    let w = start;
    let next = start;
    for (let r = start; r < items.length; r++) {
      if (r === next && removed.length < count) {
        removed.push(items[r]!);
        next += step;
      } else {
        items[w++] = items[r]!;
      }
    }
    items.length = w;
    for (const v of removed) decref(v);
    return;
  }
  const add = itemsForAssignment(list, value, 'must assign iterable to extended slice');
  if (add.length !== count) {
    for (const v of add) decref(v);
    raise(ValueError, `attempt to assign sequence of size ${add.length} to extended slice of size ${count}`);
  }
  const old: PyValue[] = [];
  for (let k = 0, j = start; k < count; k++, j += step) {
    old.push(list.items[j]!);
    list.items[j] = add[k]!;
  }
  for (const v of old) decref(v);
}

/** list.extend(iterable). */
export function listExtend(list: PyList, iterable: PyValue): void {
  if ((iterable instanceof PyList && (iterable.ob_type === listType || iterable === list)) || (iterable instanceof PyTuple && iterable.ob_type === tupleType)) {
    const src = iterable.items;
    const n = src.length;
    for (let i = 0; i < n; i++) {
      const v = src[i]!;
      incref(v);
      list.items.push(v);
    }
    return;
  }
  const add = toArray(iterable);
  for (const v of add) list.items.push(v);
}

function repeatArg(v: PyValue): boolean {
  return typeof v === 'number' || v instanceof PyLong || v instanceof PyBool || typeOf(v).lookup('__index__') !== null;
}

function listRepeat(self: PyValue, args: PyValue[]): PyValue {
  const other = args[0]!;
  if (!repeatArg(other)) return NotImplemented;
  const n = asRepeatCount(other);
  return new PyList(repeatItems((self as PyList).items, n));
}

function compare(op: Cmp) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const other = args[0]!;
    if (!(other instanceof PyList)) return NotImplemented;
    return compareItems(self as PyList, other, op);
  };
}

export function installListType(): void {
  listType.make = (t) => new PyList([], t);
  defineStatic(listType, '__new__', (_self, args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) raise(TypeError, 'list.__new__(X): X is not a type object');
    if (!cls.isSubtype(listType)) raise(TypeError, `list.__new__(${cls.name}): ${cls.name} is not a subtype of list`);
    return finishInstance(new PyList([], cls), cls);
  });
  defineMethods(listType, {
    __init__(self, args, kwnames) {
      const list = self as PyList;
      if (list.ob_type === listType || list.ob_type.lookup('__new__') === listType.ns.getStr('__new__')) noKeywords('list', kwnames);
      checkPositional('list', args, null, 0, 1);
      if (list.items.length > 0) {
        const old = list.items;
        list.items = [];
        for (const v of old) decref(v);
      }
      if (args.length === 1) listExtend(list, args[0]!);
      return None;
    },
    __repr__(self) {
      const l = self as PyList;
      return newStr(sequenceRepr(l, () => l.items, '[', ']', false));
    },
    __len__: (self) => (self as PyList).items.length,
    __getitem__(self, args, kw) {
      checkPositional('__getitem__', args, kw, 1);
      return listSubscript(self as PyList, args[0]!);
    },
    __setitem__(self, args, kw) {
      checkPositional('__setitem__', args, kw, 2);
      listAssSubscript(self as PyList, args[0]!, args[1]!);
      return None;
    },
    __delitem__(self, args, kw) {
      checkPositional('__delitem__', args, kw, 1);
      listAssSubscript(self as PyList, args[0]!, undefined);
      return None;
    },
    __contains__(self, args, kw) {
      checkPositional('__contains__', args, kw, 1);
      return indexOf(self as PyList, args[0]!) >= 0 ? True : False;
    },
    __iter__: (self) => new ListIterator(newref(self as PyList)),
    __reversed__: (self) => new ListReverseIterator(newref(self as PyList)),
    __add__(self, args) {
      const other = args[0]!;
      if (!(other instanceof PyList)) return NotImplemented;
      const a = (self as PyList).items;
      const b = other.items;
      const out = new Array<PyValue>(a.length + b.length);
      for (let i = 0; i < a.length; i++) out[i] = newref(a[i]!);
      for (let i = 0; i < b.length; i++) out[a.length + i] = newref(b[i]!);
      return new PyList(out);
    },
    __iadd__(self, args) {
      listExtend(self as PyList, args[0]!);
      return newref(self);
    },
    __mul__: listRepeat,
    __rmul__: listRepeat,
    __imul__(self, args) {
      const other = args[0]!;
      if (!repeatArg(other)) return NotImplemented;
      const list = self as PyList;
      const n = asRepeatCount(other);
      if (n <= 0) {
        const old = list.items.splice(0, list.items.length);
        for (const v of old) decref(v);
      } else if (n > 1 && list.items.length > 0) {
        const add = repeatItems(list.items, n - 1);
        for (const v of add) list.items.push(v);
      }
      return newref(self);
    },
    __eq__: compare(Cmp.EQ),
    __ne__: compare(Cmp.NE),
    __lt__: compare(Cmp.LT),
    __le__: compare(Cmp.LE),
    __gt__: compare(Cmp.GT),
    __ge__: compare(Cmp.GE),
    append(self, args, kw) {
      checkPositional('list.append', args, kw, 1);
      (self as PyList).items.push(newref(args[0]!));
      return None;
    },
    extend(self, args, kw) {
      checkPositional('list.extend', args, kw, 1);
      listExtend(self as PyList, args[0]!);
      return None;
    },
    insert(self, args, kw) {
      checkPositional('insert', args, kw, 2);
      const list = self as PyList;
      let i = asSsize(args[0]!);
      const n = list.items.length;
      if (i < 0) {
        i += n;
        if (i < 0) i = 0;
      }
      if (i > n) i = n;
      splice(list, i, i, [newref(args[1]!)]);
      return None;
    },
    pop(self, args, kw) {
      checkPositional('pop', args, kw, 0, 1);
      const list = self as PyList;
      let i = args.length ? asSsize(args[0]!) : -1;
      const n = list.items.length;
      if (n === 0) raise(IndexError, 'pop from empty list');
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise(IndexError, 'pop index out of range');
      if (i === n - 1) return list.items.pop()!;
      const v = list.items[i]!;
      list.items.splice(i, 1);
      return v;
    },
    remove(self, args, kw) {
      checkPositional('list.remove', args, kw, 1);
      const list = self as PyList;
      const i = indexOf(list, args[0]!);
      if (i < 0) raise(ValueError, 'list.remove(x): x not in list');
      splice(list, i, i + 1, []);
      return None;
    },
    index(self, args, kw) {
      checkPositional('index', args, kw, 1, 3);
      const list = self as PyList;
      const [start, stop] = searchBounds(args, list.items.length);
      const i = indexOf(list, args[0]!, start, stop);
      if (i < 0) raise(ValueError, `${repr(args[0]!)} is not in list`);
      return i;
    },
    count(self, args, kw) {
      checkPositional('list.count', args, kw, 1);
      return countOf(self as PyList, args[0]!);
    },
    copy(self, args, kw) {
      checkPositional('list.copy', args, kw, 0);
      return new PyList((self as PyList).items.map((v) => newref(v)));
    },
    clear(self, args, kw) {
      checkPositional('list.clear', args, kw, 0);
      const list = self as PyList;
      if (list.items.length > 0) {
        const old = list.items.splice(0, list.items.length);
        for (const v of old) decref(v);
      }
      return None;
    },
    reverse(self, args, kw) {
      checkPositional('list.reverse', args, kw, 0);
      (self as PyList).items.reverse();
      return None;
    },
    sort(self, args, kwnames) {
      listSortMethod(self as PyList, args, kwnames);
      return None;
    },
  });
  defineAttribute(listType, '__hash__', None);
  defineClassMethods(listType, {
    __class_getitem__: (cls, args) => genericAlias(cls, args[0]!),
  });
}
