// list.sort's algorithm and slice bound arithmetic on plain ints (expected values from python3:
// sorted(..., key=abs, reverse=True) and slice(...).indices(n)).

import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../object.js';
import { PyList } from '../sequences.js';
import { None } from '../singletons.js';
import { PyBuiltinFunction } from '../native.js';
import { sortList } from './sort.js';
import { newSlice, sliceIndices } from './slice.js';

const keyOf = (f: (v: number) => number): PyBuiltinFunction => new PyBuiltinFunction('key', (_s, args) => f(args[0] as number), null);

describe('sortList', () => {
  it('sorts with a key and reverse, keeping equal keys in order', () => {
    const l = new PyList([5, -3, 2, -8, 0, 7, -1, 3]);
    sortList(l, keyOf(Math.abs), true);
    expect(l.items).toEqual([-8, 7, 5, -3, 3, 2, -1, 0]);
  });

  it('is stable on long inputs that take the merge path', () => {
    const items: number[] = [];
    for (let i = 0; i < 5000; i++) items.push((i * 7919) % 1000);
    const l = new PyList(items.slice());
    sortList(l, keyOf((v) => v % 10), false);
    const expected = items.slice().sort((a, b) => (a % 10) - (b % 10));
    expect(l.items).toEqual(expected);
  });

  it('reports a list changed by the key function', () => {
    const l = new PyList([3, 1, 2]);
    const key = keyOf((v) => {
      l.items.push(0);
      return v;
    });
    let error: unknown;
    try {
      sortList(l, key, false);
    } catch (e) {
      error = e;
    }
    expect((error as { ob_type: { name: string } }).ob_type.name).toBe('ValueError');
    expect(l.items).toEqual([1, 2, 3]);
  });
});

describe('sliceIndices', () => {
  const cases: [PyValue, PyValue, PyValue, number, [number, number, number]][] = [
    [None, None, None, 10, [0, 10, 1]],
    [2, 8, None, 10, [2, 8, 1]],
    [-3, None, None, 10, [7, 10, 1]],
    [None, None, -1, 10, [9, -1, -1]],
    [100, -100, -3, 10, [9, -1, -3]],
    [1, -1, 3, 10, [1, 9, 3]],
    [0, 5, None, 0, [0, 0, 1]],
    [None, None, -1, 0, [-1, -1, -1]],
  ];
  it.each(cases)('slice(%s, %s, %s) on %i items', (start, stop, step, n, [a, b, c]) => {
    const r = sliceIndices(newSlice(start, stop, step), n);
    expect([r.start, r.stop, r.step]).toEqual([a, b, c]);
  });
});
