// Builtin functions that consume iterables: iter, next, all, any, min, max, sum, sorted, aiter,
// anext (Python/bltinmodule.c). Iterator types themselves (enumerate, zip, map, filter,
// reversed, callable_iterator) are the sequences helper's.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { checkPositional, parseArgs } from '../args.js';
import { bytearrayType, bytesType, floatType, listType, strType } from '../builtin-types.js';
import { PyList } from '../types/sequences.js';
import { False, PyBool, PyFloat, PyLong, True } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { StopIteration, TypeError, ValueError } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import { newException } from '../errors.js';
import { callUnbound } from '../protocols/call.js';
import { compareBool, Cmp } from '../protocols/compare.js';
import { getIter, next, toArray, type NativeIterator } from '../protocols/iteration.js';
import { binaryOp, BinOp } from '../protocols/numbers.js';
import { truthy } from '../protocols/objects.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import { call } from '../protocols/call.js';
import { sortList } from './builtins-attrs.js';
import { checkTotalArgs } from './builtins-args.js';
import { newCallableIterator } from '../types/sequences/iterators.js';

const newref = <T extends PyValue>(v: T): T => {
  if (typeof v !== 'number') v.ob_refcnt++;
  return v;
};

/** A new list of an iterable's items (PySequence_List). */
export function listOf(iterable: PyValue): PyList {
  if (iterable instanceof PyList && iterable.ob_type === listType) {
    const items = iterable.items.slice();
    for (const v of items) newref(v);
    return new PyList(items);
  }
  return new PyList(toArray(iterable));
}

/** min()/max() (min_max in bltinmodule.c); `op` is Cmp.LT for min, Cmp.GT for max. */
function minMax(name: 'min' | 'max', op: Cmp, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames === null && args.length === 2) {
    // The common max(a, b) of two ints or floats: the first wins ties, as in the loop below.
    const a = args[0]!;
    const b = args[1]!;
    const x = typeof a === 'number' ? a : a instanceof PyFloat && a.ob_type === floatType ? a.value : undefined;
    const y = typeof b === 'number' ? b : b instanceof PyFloat && b.ob_type === floatType ? b.value : undefined;
    if (x !== undefined && y !== undefined) return newref(op === Cmp.LT ? (y < x ? b : a) : (y > x ? b : a));
  }
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let key: PyValue | undefined;
  let dflt: PyValue | undefined;
  if (nkw > 0) {
    if (nkw > 2) raise(TypeError, `${name}() takes at most 2 keyword arguments (${nkw} given)`);
    for (let k = 0; k < nkw; k++) {
      const kn = kwnames![k]!;
      if (kn === 'key') key = args[npos + k];
      else if (kn === 'default') dflt = args[npos + k];
      else raise(TypeError, `'${kn}' is an invalid keyword argument for ${name}()`);
    }
  }
  if (npos === 0) raise(TypeError, `${name} expected at least 1 argument, got 0`);
  if (npos > 1 && dflt !== undefined) {
    raise(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  if (key === None) key = undefined;
  let best: PyValue | undefined;
  let bestKey: PyValue | undefined;
  const consider = (item: PyValue): void => {
    const k = key === undefined ? item : call(key, [item]);
    if (best === undefined) {
      best = newref(item);
      bestKey = key === undefined ? item : k;
      return;
    }
    let better: boolean;
    try {
      better = compareBool(k, bestKey!, op);
    } catch (e) {
      if (key !== undefined) decref(k);
      throw e;
    }
    if (better) {
      decref(best);
      if (key !== undefined) decref(bestKey!);
      best = newref(item);
      bestKey = k;
    } else if (key !== undefined) decref(k);
  };
  try {
    if (npos > 1) {
      for (let i = 0; i < npos; i++) consider(args[i]!);
    } else {
      const it = getIter(args[0]!);
      try {
        for (let item = next(it); item !== undefined; item = next(it)) {
          try {
            consider(item);
          } finally {
            decref(item);
          }
        }
      } finally {
        decref(it);
      }
    }
  } catch (e) {
    if (best !== undefined) decref(best);
    if (key !== undefined && bestKey !== undefined) decref(bestKey);
    throw e;
  }
  if (key !== undefined && bestKey !== undefined) decref(bestKey);
  if (best !== undefined) return best;
  if (dflt !== undefined) return newref(dflt);
  raise(ValueError, `${name}() arg is an empty sequence`);
}

const SUM_PARAMS = { names: ['iterable', 'start'], required: 1, positionalOnly: 1 };
const LONG_MAX = 2n ** 63n;

/** result + item, consuming both references (sum's PyNumber_Add step). */
function addItem(result: PyValue, item: PyValue): PyValue {
  try {
    return binaryOp(result, item, BinOp.ADD);
  } finally {
    decref(item);
    decref(result);
  }
}

/** sum(iterable, start): exact-int and float fast paths, then PyNumber_Add left to right, as 3.11. */
function sum(iterable: PyValue, start: PyValue): PyValue {
  const st = typeOf(start);
  if (st.isSubtype(strType)) raise(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (st.isSubtype(bytesType)) raise(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (st.isSubtype(bytearrayType)) raise(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(iterable);
  let result: PyValue = newref(start);
  try {
    let item: PyValue | undefined;
    // Exact ints: a JS number while the total stays a safe integer.
    if (typeof result === 'number') {
      let acc = result;
      for (;;) {
        item = next(it);
        if (item === undefined) return acc;
        if (typeof item === 'number') {
          const s = acc + item;
          if (Number.isSafeInteger(s)) { acc = s; continue; }
        }
        result = acc;
        break;
      }
      result = addItem(result, item); // result is a number here: nothing to release on error
    }
    if (result instanceof PyFloat && result.ob_type === floatType) {
      let acc = result.value;
      for (;;) {
        item = next(it);
        if (item === undefined) {
          decref(result);
          return new PyFloat(acc);
        }
        if (typeof item === 'number') { acc += item; continue; }
        if (item instanceof PyFloat && item.ob_type === floatType) { acc += item.value; decref(item); continue; }
        if (item instanceof PyBool) { acc += item.value; continue; }
        if (item instanceof PyLong && item.value < LONG_MAX && item.value >= -LONG_MAX) {
          acc += Number(item.value);
          decref(item);
          continue;
        }
        break;
      }
      decref(result);
      result = 0; // addItem consumes its operands, so the catch below must not release them again
      result = addItem(new PyFloat(acc), item);
    }
    for (item = next(it); item !== undefined; item = next(it)) {
      const prev = result;
      result = 0;
      result = addItem(prev, item);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(it);
  }
}

/** next(it) without a default: the iterator's StopIteration (with its value) propagates. */
function nextOrRaise(it: PyValue): PyValue {
  const t = typeOf(it);
  // Generators (anything with send()) end with a StopIteration that carries their return value,
  // which nativeNext drops: they go through __next__.
  if (typeof (it as unknown as NativeIterator).nativeNext === 'function' && t.mro.length === 2 && t.lookup('send') === null) {
    const v = (it as unknown as NativeIterator).nativeNext();
    if (v === undefined) throw newException(StopIteration);
    return v;
  }
  const f = t.lookup('__next__');
  if (f === null) raise(TypeError, `'${typeName(it)}' object is not an iterator`);
  return callUnbound(f, it, []);
}

export const iterationBuiltins: Record<string, NativeMethod> = {
  iter(_self, args, kw) {
    checkPositional('iter', args, kw, 1, 2);
    if (args.length === 1) return getIter(args[0]!);
    const f = args[0]!;
    if (typeOf(f).lookup('__call__') === null) raise(TypeError, 'iter(v, w): v must be callable');
    return newCallableIterator(f, args[1]!);
  },
  next(_self, args, kw) {
    checkPositional('next', args, kw, 1, 2);
    const it = args[0]!;
    if (args.length === 1) return nextOrRaise(it);
    if (typeOf(it).lookup('__next__') === null) raise(TypeError, `'${typeName(it)}' object is not an iterator`);
    const v = next(it);
    return v === undefined ? newref(args[1]!) : v;
  },
  all(_self, args, kw) {
    checkPositional('all', args, kw, 1);
    const it = getIter(args[0]!);
    try {
      for (let v = next(it); v !== undefined; v = next(it)) {
        const b = truthy(v);
        decref(v);
        if (!b) return False;
      }
      return True;
    } finally {
      decref(it);
    }
  },
  any(_self, args, kw) {
    checkPositional('any', args, kw, 1);
    const it = getIter(args[0]!);
    try {
      for (let v = next(it); v !== undefined; v = next(it)) {
        const b = truthy(v);
        decref(v);
        if (b) return True;
      }
      return False;
    } finally {
      decref(it);
    }
  },
  min: (_self, args, kwnames) => minMax('min', Cmp.LT, args, kwnames),
  max: (_self, args, kwnames) => minMax('max', Cmp.GT, args, kwnames),
  sum(_self, args, kwnames) {
    if (kwnames === null && args.length === 1) return sum(args[0]!, 0);
    const nkw = kwnames?.length ?? 0;
    checkTotalArgs('sum', args.length, nkw, 2);
    if (args.length - nkw === 0) raise(TypeError, 'sum() takes at least 1 positional argument (0 given)');
    const [iterable, start] = parseArgs('sum', args, kwnames, SUM_PARAMS);
    return sum(iterable!, start ?? 0);
  },
  sorted(_self, args, kwnames) {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (npos !== 1) raise(TypeError, `sorted expected 1 argument, got ${npos}`);
    const list = listOf(args[0]!);
    try {
      sortList(list, args.slice(1), kwnames);
    } catch (e) {
      decref(list);
      throw e;
    }
    return list;
  },
  aiter(_self, args, kw) {
    checkPositional('aiter', args, kw, 1);
    const v = args[0]!;
    const f = typeOf(v).lookup('__aiter__');
    if (f === null) raise(TypeError, `'${typeName(v)}' object is not an async iterable`);
    const it = callUnbound(f, v, []);
    if (typeOf(it).lookup('__anext__') === null) {
      decref(it);
      raise(TypeError, `aiter() returned not an async iterator of type '${typeName(it)}'`);
    }
    return it;
  },
  anext(_self, args, kw) {
    checkPositional('anext', args, kw, 1, 2);
    const v = args[0]!;
    const f = typeOf(v).lookup('__anext__');
    if (f === null) raise(TypeError, `'${typeName(v)}' object is not an async iterator`);
    const awaitable = callUnbound(f, v, []);
    if (args.length === 1) return awaitable;
    return anextHooks.withDefault(awaitable, args[1]!);
  },
};

/** anext(it, default)'s awaitable (the VM's async machinery provides it; see builtins-anext.ts). */
export const anextHooks = {
  withDefault: ((awaitable: PyValue, _dflt: PyValue): PyValue => awaitable) as (awaitable: PyValue, dflt: PyValue) => PyValue,
};
