// Building and unpacking containers for the loop: sets, slices, list/set/dict extension and
// merging (with the messages of CALL_FUNCTION_EX's ** unpacking), sequence unpacking.

import { decref, incref, type PyValue } from '../../../boxed/object.js';
import { raise } from '../../../boxed/errors.js';
import { dictType, listType, tupleType } from '../../../boxed/builtin-types.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { TypeError, ValueError } from '../../../boxed/types/exceptions.js';
import { exactSequenceItems, PyList, PyTuple } from '../../../boxed/types/sequences.js';
import { PyStr } from '../../../boxed/types/str.js';
import { getIter, next, toArray } from '../../../boxed/protocols/iteration.js';
import { getItem } from '../../../boxed/protocols/items.js';
import { call } from '../../../boxed/protocols/call.js';
import { getAttrOrUndefined } from '../../../boxed/protocols/attributes.js';
import { length } from '../../../boxed/protocols/objects.js';
import { typeOf, typeName } from '../../../boxed/protocols/type-of.js';
import { containerHooks } from '../../../boxed/container-hooks.js';

export const buildSet = (items: PyValue[]): PyValue => containerHooks.newSet(items);
export const setAdd = (set: PyValue, v: PyValue): void => containerHooks.setAdd(set, v);
export const setUpdate = (set: PyValue, iterable: PyValue): void => containerHooks.setUpdate(set, iterable);
export const makeSlice = (start: PyValue, stop: PyValue, step: PyValue): PyValue => containerHooks.newSlice(start, stop, step);

export function listExtend(list: PyList, iterable: PyValue): void {
  const fast = exactSequenceItems(iterable);
  if (fast !== null) {
    for (const v of fast) { incref(v); list.items.push(v); }
    return;
  }
  if (typeOf(iterable).lookup('__iter__') === null && typeOf(iterable).lookup('__getitem__') === null) {
    raise(TypeError, `Value after * must be an iterable, not ${typeName(iterable)}`);
  }
  for (const v of toArray(iterable)) list.items.push(v);
}

/** Merges a mapping into `d` (d.update(other) for {**a} and dict displays). */
export function dictUpdate(d: PyDict, other: PyValue): void {
  // dict_merge reads the table directly from any dict whose __iter__ is dict's own, even a subclass
  // that overrides keys() or __getitem__.
  if (other instanceof PyDict && (other.ob_type === dictType || typeOf(other).lookup('__iter__') === dictType.ns.getStr('__iter__'))) {
    for (let i = other.next(-1); i >= 0; i = other.next(i)) d.set(other.keyAt(i), other.values[i]!);
    return;
  }
  const keysFn = getAttrOrUndefined(other, 'keys');
  if (keysFn === undefined) raise(TypeError, `'${typeName(other)}' object is not a mapping`);
  const keys = call(keysFn, []);
  decref(keysFn);
  try {
    for (const k of toArray(keys)) {
      const v = getItem(other, k);
      d.set(k, v);
      decref(k);
      decref(v);
    }
  } finally {
    decref(keys);
  }
}

/** DICT_MERGE: like dictUpdate, for f(**a, **b), where a repeated key is an error naming `func`. */
export function dictMerge(d: PyDict, other: PyValue, func: PyValue): void {
  const isMapping = other instanceof PyDict || getAttrOrUndefined(other, 'keys') !== undefined;
  if (!isMapping) raise(TypeError, `${funcDescription(func)} argument after ** must be a mapping, not ${typeName(other)}`);
  const fresh = new PyDict(dictType);
  try {
    dictUpdate(fresh, other);
    for (let i = fresh.next(-1); i >= 0; i = fresh.next(i)) {
      const k = fresh.keyAt(i);
      if (d.get(k) !== undefined) {
        if (!(k instanceof PyStr)) raise(TypeError, `${funcDescription(func)} keywords must be strings`);
        raise(TypeError, `${funcDescription(func)} got multiple values for keyword argument '${k.value}'`);
      }
      d.set(k, fresh.values[i]!);
    }
  } finally {
    decref(fresh);
  }
}

/** How CPython names a callable in call errors (_PyObject_FunctionStr): "mod.f()", "A.m()", "print()". */
export function funcDescription(func: PyValue): string {
  const qualname = getAttrOrUndefined(func, '__qualname__');
  if (!(qualname instanceof PyStr)) {
    if (qualname !== undefined) decref(qualname);
    return `${typeName(func)} object`;
  }
  const q = qualname.value;
  decref(qualname);
  const module = getAttrOrUndefined(func, '__module__');
  const m = module instanceof PyStr ? module.value : null;
  if (module !== undefined) decref(module);
  return m !== null && m !== 'builtins' ? `${m}.${q}()` : `${q}()`;
}

/** UNPACK_SEQUENCE: pushes `count` items of seq in reverse order; returns the new stack pointer. */
export function unpackSequence(seq: PyValue, count: number, f: (PyValue | undefined)[], sp: number): number {
  if ((seq instanceof PyTuple && seq.ob_type === tupleType) || (seq instanceof PyList && seq.ob_type === listType)) {
    const items = seq.items;
    if (items.length === count) {
      for (let i = count - 1; i >= 0; i--) { incref(items[i]!); f[sp++] = items[i]; }
      return sp;
    }
    if (items.length < count) raise(ValueError, `not enough values to unpack (expected ${count}, got ${items.length})`);
    raise(ValueError, `too many values to unpack (expected ${count})`);
  }
  if (typeOf(seq).lookup('__iter__') === null && typeOf(seq).lookup('__getitem__') === null) {
    raise(TypeError, `cannot unpack non-iterable ${typeName(seq)} object`);
  }
  const it = getIter(seq);
  const got: PyValue[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const v = next(it);
      if (v === undefined) raise(ValueError, `not enough values to unpack (expected ${count}, got ${i})`);
      got.push(v);
    }
    const extra = next(it);
    if (extra !== undefined) {
      decref(extra);
      raise(ValueError, `too many values to unpack (expected ${count})`);
    }
  } catch (e) {
    for (const v of got) decref(v);
    throw e;
  } finally {
    decref(it);
  }
  for (let i = count - 1; i >= 0; i--) f[sp++] = got[i];
  return sp;
}

/** UNPACK_EX: a, *b, c = seq. */
export function unpackEx(seq: PyValue, before: number, after: number, f: (PyValue | undefined)[], sp: number): number {
  if (typeOf(seq).lookup('__iter__') === null && typeOf(seq).lookup('__getitem__') === null) {
    raise(TypeError, `cannot unpack non-iterable ${typeName(seq)} object`);
  }
  const items = toArray(seq);
  if (items.length < before + after) {
    for (const v of items) decref(v);
    raise(ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = new PyList(items.slice(before, items.length - after));
  const out: PyValue[] = [...items.slice(0, before), middle, ...items.slice(items.length - after)];
  for (let i = out.length - 1; i >= 0; i--) f[sp++] = out[i];
  return sp;
}

export function getLen(v: PyValue): PyValue {
  return length(v);
}

/** CALL_FUNCTION_EX: func(*callargs, **kwargs). */
export function callFunctionEx(func: PyValue, callargs: PyValue, kwargs: PyValue | null): PyValue {
  let positional: PyValue[];
  // Only an exact tuple is passed as it is; anything else, a tuple subclass too, is iterated.
  const exact = callargs instanceof PyTuple && callargs.ob_type === tupleType;
  if (exact) positional = callargs.items;
  else {
    if (typeOf(callargs).lookup('__iter__') === null && typeOf(callargs).lookup('__getitem__') === null) {
      raise(TypeError, `${funcDescription(func)} argument after * must be an iterable, not ${typeName(callargs)}`);
    }
    positional = toArray(callargs);
  }
  const owned = !exact;
  try {
    if (kwargs === null || (kwargs instanceof PyDict && kwargs.size === 0)) return call(func, owned ? positional : [...positional], null);
    const d = kwargs as PyDict;
    const names: string[] = [];
    const args = [...positional];
    for (let i = d.next(-1); i >= 0; i = d.next(i)) {
      const k = d.keyAt(i);
      if (!(k instanceof PyStr)) raise(TypeError, 'keywords must be strings');
      names.push(k.value);
      args.push(d.values[i]!);
    }
    return call(func, args, names);
  } finally {
    if (owned) for (const v of positional) decref(v);
  }
}

