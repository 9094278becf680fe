// Code point counting and indexing of long strings goes through a remembered index: it must agree
// with walking the string, for strings that alternate between cached and uncached ones.

import { describe, expect, it } from 'vitest';
import { strFind, strRfind, strStartsWith } from './str-search.js';
import { cpCount, cpLength, hasSurrogates, unitIndex } from './code-points.js';
import { prng } from '../../../test/support/prng.js';

/** A string of `n` code points mixing ASCII, BMP, astral characters and lone surrogates. */
function mixed(next: () => number, n: number): string {
  const pieces = ['a', 'b', '"', 'é', '\u2603', '😀', '𝔸', '\ud800', '\udfff'];
  let s = '';
  for (let i = 0; i < n; i++) {
    const piece = pieces[Math.floor(next() * pieces.length)]!;
    // A lone high surrogate followed by a lone low one would pair up in JS: skip that sequence.
    if (piece === '\udfff' && s.endsWith('\ud800')) continue;
    s += piece;
  }
  return s;
}

describe('code point index of long strings', () => {
  it('agrees with walking the code points, across several strings in turn', () => {
    const next = prng(7);
    const strings = Array.from({ length: 6 }, (_, k) => mixed(next, 50 + k * 40));
    for (let round = 0; round < 3; round++) {
      for (const s of strings) {
        const cps = Array.from(s);
        expect(cpLength(s)).toBe(cps.length);
        expect(hasSurrogates(s)).toBe(/[\ud800-\udfff]/.test(s));
        const starts = [0];
        for (const c of cps) starts.push(starts[starts.length - 1]! + c.length);
        for (let cp = 0; cp <= cps.length; cp += 7) expect(unitIndex(s, cp)).toBe(starts[cp]);
        for (let a = 0; a < cps.length; a += 13) {
          for (let b = a; b <= cps.length; b += 29) expect(cpCount(s, starts[a]!, starts[b]!)).toBe(b - a);
        }
      }
    }
  });

  it('find, rfind and startswith with positions count code points', () => {
    const s = '😀'.repeat(40) + 'needle' + 'é'.repeat(40) + 'needle' + '𝔸'.repeat(10);
    expect(strFind(s, 'needle')).toBe(40);
    expect(strFind(s, 'needle', 41)).toBe(86);
    expect(strFind(s, 'needle', 41, 91)).toBe(-1);
    expect(strRfind(s, 'needle')).toBe(86);
    expect(strRfind(s, 'needle', 0, 91)).toBe(40);
    expect(strStartsWith(s, 'needle', 86)).toBe(true);
    expect(strStartsWith(s, '𝔸', 92)).toBe(true);
  });
});
