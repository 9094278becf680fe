// A str holding a lone high surrogate followed by a lone low one (or by U+FDD0) is spelled with a
// pair break (code-points.ts). These tests build strs as arrays of code points, the plain model of
// a Python str, and check the JS spelling against it: length, indexing and slicing, joining,
// order, hashing and searching must all agree with what the code point arrays say.

import { describe, expect, it } from 'vitest';
import {
  compareText, cpLength, joinChars, joinText, PAIR_BREAK_CHAR, repeatText, sliceText, textChars, textCodePoints,
  textFromCodePoints, unitIndex,
} from './code-points.js';
import { strContains, strCount, strFind, strRfind } from './str-search.js';
import { strPartition, strSplit } from './str-split.js';
import { strReplace } from './str-transform.js';
import { HASH, hashCodePoints, hashString } from '../hash.js';
import { prng } from '../../../test/support/prng.js';

const HI = 0xd83d;
const LO = 0xde00;
const BREAK = 0xfdd0;
const ALPHABET = [HI, LO, 0xd800, 0xdfff, BREAK, 0x1f600, 0x61, 0x2d];

function randomCodePoints(next: () => number, max: number): number[] {
  const n = Math.floor(next() * (max + 1));
  return Array.from({ length: n }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]!);
}

const text = (cps: number[]): string => textFromCodePoints(cps);

function order(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function indexOfArray(hay: number[], needle: number[], from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function hashOf(f: () => void): [number, number] {
  f();
  return [HASH[0]!, HASH[1]!];
}

describe('the pair break', () => {
  it('keeps "\\ud83d\\ude00" two code points, apart from the astral character', () => {
    const pair = text([HI, LO]);
    expect(pair).toBe('\ud83d' + PAIR_BREAK_CHAR + '\ude00');
    expect(pair).not.toBe('😀');
    expect(cpLength(pair)).toBe(2);
    expect(textCodePoints(pair)).toEqual([HI, LO]);
    expect(joinText('\ud83d', '\ude00')).toBe(pair);
    expect(textChars(pair)).toEqual(['\ud83d', '\ude00']);
    // A real U+FDD0 after a high surrogate is a character, so it gets a break before it too.
    expect(textCodePoints(text([HI, BREAK]))).toEqual([HI, BREAK]);
    expect(text([BREAK, HI])).toBe('\ufdd0\ud83d');
    expect(text([HI])).toBe('\ud83d');
  });

  it('gives every str one spelling, and text and code points round trip', () => {
    const next = prng(11);
    for (let trial = 0; trial < 2000; trial++) {
      const cps = randomCodePoints(next, 8);
      const s = text(cps);
      expect(textCodePoints(s)).toEqual(cps);
      expect(cpLength(s)).toBe(cps.length);
      expect(joinChars(textChars(s))).toBe(s);
      expect(hashOf(() => hashString(s))).toEqual(hashOf(() => hashCodePoints(cps)));
    }
  });

  it('joins, repeats, slices and orders as the code point arrays do', () => {
    const next = prng(12);
    for (let trial = 0; trial < 2000; trial++) {
      const a = randomCodePoints(next, 6);
      const b = randomCodePoints(next, 6);
      const sa = text(a);
      const sb = text(b);
      expect(joinText(sa, sb)).toBe(text([...a, ...b]));
      expect(repeatText(sa, 3)).toBe(text([...a, ...a, ...a]));
      expect(Math.sign(compareText(sa, sb))).toBe(Math.sign(order(a, b)));
      const i = Math.floor(next() * (a.length + 1));
      const j = i + Math.floor(next() * (a.length - i + 1));
      const from = unitIndex(sa, i);
      expect(sliceText(sa, from, unitIndex(sa, j, from, i))).toBe(text(a.slice(i, j)));
    }
  });

  it('finds, counts, splits and replaces as the code point arrays do', () => {
    const next = prng(13);
    for (let trial = 0; trial < 2000; trial++) {
      const hay = randomCodePoints(next, 8);
      const needle = randomCodePoints(next, 2);
      if (needle.length === 0) continue;
      const sh = text(hay);
      const sn = text(needle);
      const first = indexOfArray(hay, needle);
      expect(strFind(sh, sn)).toBe(first);
      expect(strContains(sh, sn)).toBe(first >= 0);
      let last = -1;
      for (let at = first; at >= 0; at = indexOfArray(hay, needle, at + 1)) last = at;
      expect(strRfind(sh, sn)).toBe(last);
      // Non-overlapping occurrences, left to right: the pieces between them.
      const pieces: number[][] = [];
      let count = 0;
      let start = 0;
      for (let at = first; at >= 0; at = indexOfArray(hay, needle, start)) {
        pieces.push(hay.slice(start, at));
        start = at + needle.length;
        count++;
      }
      pieces.push(hay.slice(start));
      expect(strCount(sh, sn)).toBe(count);
      expect(strSplit(sh, sn)).toEqual(pieces.map(text));
      expect(strReplace(sh, sn, '\ude00')).toBe(text(pieces.flatMap((p, k) => (k === 0 ? p : [LO, ...p]))));
      const [before, , after] = strPartition(sh, sn);
      if (first >= 0) expect([before, after]).toEqual([text(hay.slice(0, first)), text(hay.slice(first + needle.length))]);
    }
  });
});
