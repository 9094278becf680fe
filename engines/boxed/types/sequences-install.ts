// Installs list, tuple, range, slice and the builtin iterators (sequences helper), and puts the
// types that are builtins (range, slice, enumerate, zip, map, filter, reversed) into `builtins`.
//
// What other parts use (import from ./sequences/<file>.js):
//   sort.ts        sortList(list, key | null, reverse)         list.sort in place (sorted() = copy + this)
//   iterators.ts   newEnumerate(iterable, start), newZip(iterables, strict), newMap(func, iterables),
//                  newFilter(func, iterable), newReversed(seq), newCallableIterator(f, sentinel)
//                  (iter(f, sentinel)), newSeqIterator(seq); the iterator types themselves
//   slice.ts       PySlice, newSlice, sliceIndices(slice, length) → {start, stop, step, count}
//                  (PySlice_Unpack + AdjustIndices), sliceIndicesBig for exact bigint bounds
//   tuple-type.ts  EMPTY_TUPLE (the shared `()`), newTuple(items) (steals; () when empty),
//                  tupleHash(t), tupleFromIterable(v), tupleSubscript(t, key)
//   list-type.ts   listExtend(list, iterable), listSubscript, listAssSubscript
//   range-type.ts  PyRange, rangeType, newRange(start, stop, step)
//   seq-repr.ts    reprEnter/reprLeave (Py_ReprEnter: "[...]" for self-containing containers)
//   seq-compare.ts compareItems, indexOf, countOf (identity-then-== item comparison)

import { newref } from '../object.js';
import { setIterationHooks } from '../protocols/iteration.js';
import { registerBuiltinValue } from '../modules/builtins.js';
import { None } from './singletons.js';
import { setEmptyArgsFactory } from './exceptions.js';
import { installSliceType, sliceType } from './sequences/slice.js';
import { EMPTY_TUPLE, installTupleType } from './sequences/tuple-type.js';
import { installListType } from './sequences/list-type.js';
import { installRangeType, rangeType } from './sequences/range-type.js';
import {
  enumerateType, filterType, installIteratorTypes, mapType, newSeqIterator, reversedType, zipType,
} from './sequences/iterators.js';
import { installGenericAlias } from './sequences/generic-alias.js';

export function installSequenceTypes(): void {
  installSliceType();
  installTupleType();
  installListType();
  installRangeType();
  installIteratorTypes();
  installGenericAlias();
  setIterationHooks(() => None, newSeqIterator);
  setEmptyArgsFactory(() => newref(EMPTY_TUPLE));
  for (const t of [rangeType, sliceType, enumerateType, zipType, mapType, filterType, reversedType]) registerBuiltinValue(t.name, t);
}
