// Test support for the hash and set-table fixtures (scripts/hash_fixture_keys.py
// writes the encoding): turns an encoded Python value into a key object with
// its hash computed by our kernels and Python's == between such keys. Kept out
// of the *.test.ts files so that both tests share it; nothing else uses it.

import {
  HASH, TUPLE_HASH_INIT_HI, TUPLE_HASH_INIT_LO, hashByteRange, hashComplexParts, hashDouble, hashLargeInt,
  hashSmallInt, hashString, tupleHashFinish, tupleHashStep,
} from '../hash.js';
import { SetTable } from './set-table.js';

export type EncodedValue =
  | ['i', string] | ['b', number] | ['f', string] | ['c', string, string]
  | ['s', number[]] | ['y', string] | ['t', EncodedValue[]] | ['z', EncodedValue[]];

/** A decoded value: numbers as (re, im), the rest by kind; lo/hi is its hash by our kernels. */
export interface FixtureKey {
  kind: 'num' | 'str' | 'bytes' | 'tuple' | 'frozenset';
  re: number | bigint;
  im: number;
  text: string;
  items: FixtureKey[];
  lo: number;
  hi: number;
}

const view = new DataView(new ArrayBuffer(8));

/** A float from the hex of its 64 bits. */
export function floatFromBits(hex: string): number {
  view.setUint32(0, parseInt(hex.slice(0, 8), 16));
  view.setUint32(4, parseInt(hex.slice(8), 16));
  return view.getFloat64(0);
}

function key(kind: FixtureKey['kind'], re: number | bigint, im: number, text: string, items: FixtureKey[]): FixtureKey {
  return { kind, re, im, text, items, lo: HASH[0]!, hi: HASH[1]! };
}

export function decodeKey(e: EncodedValue): FixtureKey {
  switch (e[0]) {
    case 'i': {
      const n = BigInt(e[1]);
      if (n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER)) hashSmallInt(Number(n));
      else hashLargeInt(n);
      return key('num', n, 0, '', []);
    }
    case 'b':
      hashSmallInt(e[1]);
      return key('num', BigInt(e[1]), 0, '', []);
    case 'f': {
      const x = floatFromBits(e[1]);
      hashDouble(x);
      return key('num', x, 0, '', []);
    }
    case 'c': {
      const re = floatFromBits(e[1]), im = floatFromBits(e[2]);
      hashComplexParts(re, im);
      return key('num', re, im, '', []);
    }
    case 's': {
      const s = String.fromCodePoint(...e[1]);
      hashString(s);
      return key('str', 0, 0, s, []);
    }
    case 'y': {
      const bytes = Uint8Array.from(e[1].match(/../g) ?? [], (h) => parseInt(h, 16));
      hashByteRange(bytes);
      return key('bytes', 0, 0, e[1], []);
    }
    case 't': {
      const items = e[1].map(decodeKey);
      let lo = TUPLE_HASH_INIT_LO, hi = TUPLE_HASH_INIT_HI;
      for (const item of items) {
        tupleHashStep(lo, hi, item.lo, item.hi);
        lo = HASH[0]!; hi = HASH[1]!;
      }
      tupleHashFinish(lo, hi, items.length);
      return key('tuple', 0, 0, '', items);
    }
    case 'z': {
      const table = new SetTable<FixtureKey>(keysEqual);
      for (const item of e[1].map(decodeKey)) table.add(item, item.lo, item.hi);
      table.hash();
      return key('frozenset', 0, 0, '', table.toArray());
    }
  }
}

/** Python's a == b for decoded values. */
export function keysEqual(a: FixtureKey, b: FixtureKey): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    // JS's == compares a bigint with a number by exact value, as Python does.
    case 'num': return a.re == b.re && a.im === b.im;
    case 'str': case 'bytes': return a.text === b.text;
    case 'tuple': return a.items.length === b.items.length && a.items.every((x, i) => keysEqual(x, b.items[i]!));
    case 'frozenset':
      return a.items.length === b.items.length && a.items.every((x) => b.items.some((y) => keysEqual(x, y)));
  }
}
