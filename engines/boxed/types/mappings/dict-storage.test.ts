// The dict storage's entry layout (types/dict.ts) with int keys: deletions leave holes that an
// insertion compacts only when the entries are full, at CPython's sizes (usable 5, 10, 21, 42,
// 85 ...), so an iterator's position moves as CPython's does. Expected orders from python3:
//   d = {i: i for i in range(30)}
//   for k in range(13): del d[k]; d[k + 100] = 0
//   list(d) == [*range(13, 30), *range(100, 113)]

import { describe, expect, it, beforeAll } from 'vitest';
import type { PyValue } from '../../object.js';
import { dictType } from '../../builtin-types.js';
import { PyDict } from '../dict.js';
import { installKeyHooks } from '../dict-keys.js';

beforeAll(() => {
  installKeyHooks({
    fastKey: (k: PyValue) => (typeof k === 'number' ? k : undefined),
    hash: (k: PyValue) => (typeof k === 'number' ? k : 0),
    eq: (a: PyValue, b: PyValue) => a === b,
  });
});

const liveKeys = (d: PyDict): PyValue[] => {
  const out: PyValue[] = [];
  for (let i = d.next(-1); i >= 0; i = d.next(i)) out.push(d.keyAt(i));
  return out;
};

describe('PyDict entries', () => {
  it('keeps keys findable and in order across a compacting insertion', () => {
    const d = new PyDict(dictType);
    for (let i = 0; i < 30; i++) d.set(i, i);
    for (let k = 0; k < 13; k++) {
      expect(d.delete(k)).toBe(true);
      d.set(k + 100, 0);
    }
    const expected = [...Array.from({ length: 17 }, (_, i) => i + 13), ...Array.from({ length: 13 }, (_, i) => i + 100)];
    expect(liveKeys(d)).toEqual(expected);
    for (const k of expected) expect(d.find(k)).toBeGreaterThanOrEqual(0);
    expect(d.size).toBe(30);
  });

  it('compacts only when the entries are full (42 entries after 30 insertions)', () => {
    const d = new PyDict(dictType);
    for (let i = 0; i < 30; i++) d.set(i, i);
    // 12 delete/insert pairs fill the 42 entries without compacting; the 13th compacts.
    for (let k = 0; k < 12; k++) { d.delete(k); d.set(k + 100, 0); }
    expect(d.keys.length).toBe(42);
    d.delete(12);
    d.set(112, 0);
    expect(d.keys.length).toBe(30);
  });
});
