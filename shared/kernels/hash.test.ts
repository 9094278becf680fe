// Checks the hash kernels (hash.ts, siphash.ts, frozenset hashing in
// hash-table/set-table.ts) against hash-fixtures.json, which
// scripts/generate-hash-fixtures.py writes from python3's own hash() under
// PYTHONHASHSEED=0: ints (small, near 2^53, near and past P = 2^61 - 1, big,
// -1), floats, complex, strs of every kind (ASCII, latin-1, BMP, astral, lone
// surrogates), bytes, nested tuples and frozensets, and object() by address.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithPython3, python3Json, python3Output } from '../../test/support/python3.js';
import {
  HASH, hashByteRange, hashBytes, hashCodePoints, hashFloat, hashId, hashInt, hashLargeInt, hashSmallInt, hashStr, hashString,
  hashToNumberOrBigint, hashTuple,
} from './hash.js';
import { decodeKey, floatFromBits, type EncodedValue } from './hash-table/fixture-keys.js';

interface Fixtures {
  values: [EncodedValue, string][];
  ids: [number, string][];
}

const fixtureText = readFileSync(new URL('./hash-fixtures.json', import.meta.url), 'utf8');
const fixtures: Fixtures = JSON.parse(fixtureText);
const root = fileURLToPath(new URL('../../', import.meta.url));

const result = (): string => String(hashToNumberOrBigint(HASH[1]!, HASH[0]!));

/** Runs check over every case and reports the first few mismatches together. */
function mismatches<T>(cases: T[], check: (c: T) => string | null): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const problem = check(c);
    if (problem !== null && out.length < 10) out.push(problem);
  }
  return out;
}

const byKind = (...tags: string[]): [EncodedValue, string][] => fixtures.values.filter(([v]) => tags.includes(v[0]));

describe('hash kernels match python3', () => {
  for (const [title, tags] of [
    ['int and bool', ['i', 'b']], ['float', ['f']], ['complex', ['c']], ['str', ['s']], ['bytes', ['y']],
    ['tuple', ['t']], ['frozenset', ['z']],
  ] as const) {
    const cases = byKind(...tags);
    it(`${title} (${cases.length} values)`, () => {
      expect(cases.length).toBeGreaterThan(0);
      expect(mismatches(cases, ([v, want]) => {
        const k = decodeKey(v);
        const got = String(hashToNumberOrBigint(k.hi, k.lo));
        return got === want ? null : `${JSON.stringify(v).slice(0, 80)}: ${got} != ${want}`;
      })).toEqual([]);
    });
  }

  it('ints through both entry points and the bigint wrapper', () => {
    expect(mismatches(byKind('i'), ([v, want]) => {
      const n = BigInt(v[1] as string);
      hashLargeInt(n);
      const viaBig = result();
      let viaSmall = want;
      if (n >= -(2n ** 53n) && n <= 2n ** 53n) { hashSmallInt(Number(n)); viaSmall = result(); }
      const wrapped = String(hashInt(n));
      return viaBig === want && viaSmall === want && wrapped === want ? null : `${n}: ${viaBig} ${viaSmall} ${wrapped} != ${want}`;
    })).toEqual([]);
  });

  it('str from code points agrees with str from a JS string, and the bigint wrappers', () => {
    expect(mismatches(byKind('s'), ([v, want]) => {
      const cps = v[1] as number[];
      hashCodePoints(cps);
      const viaCps = result();
      const wrapped = String(hashStr(cps));
      hashString(String.fromCodePoint(...cps));
      return viaCps === want && wrapped === want && result() === want ? null : `${cps.slice(0, 8)}: ${viaCps} ${wrapped}`;
    })).toEqual([]);
    expect(mismatches(byKind('y'), ([v, want]) => {
      const got = String(hashBytes(Uint8Array.from((v[1] as string).match(/../g) ?? [], (h) => parseInt(h, 16))));
      return got === want ? null : `${v[1]}: ${got} != ${want}`;
    })).toEqual([]);
    expect(mismatches(byKind('f'), ([v, want]) => {
      const got = String(hashFloat(floatFromBits(v[1] as string)));
      return got === want ? null : `${v[1]}: ${got} != ${want}`;
    })).toEqual([]);
  });

  it('bytes and code points given as a range of a larger array', () => {
    expect(mismatches(byKind('y'), ([v, want]) => {
      const bytes = Uint8Array.from((v[1] as string).match(/../g) ?? [], (h) => parseInt(h, 16));
      const padded = new Uint8Array(bytes.length + 5).fill(0x41);
      padded.set(bytes, 2);
      hashByteRange(padded, 2, 2 + bytes.length);
      return result() === want ? null : `${v[1]}: ${result()} != ${want}`;
    })).toEqual([]);
    expect(mismatches(byKind('s'), ([v, want]) => {
      const cps = [0x10ffff, ...(v[1] as number[]), 0x100];
      hashCodePoints(cps, 1, cps.length - 1);
      return result() === want ? null : `${cps.slice(0, 8)}: ${result()} != ${want}`;
    })).toEqual([]);
  });

  it('tuples through the bigint wrapper', () => {
    expect(mismatches(byKind('t'), ([v, want]) => {
      const items = (v[1] as EncodedValue[]).map(decodeKey);
      const got = String(hashTuple(items.map((k) => BigInt(hashToNumberOrBigint(k.hi, k.lo)))));
      return got === want ? null : `${JSON.stringify(v).slice(0, 80)}: ${got} != ${want}`;
    })).toEqual([]);
  });

  it(`object() by address (${fixtures.ids.length} objects)`, () => {
    expect(mismatches(fixtures.ids, ([id, want]) => {
      hashId(id);
      return result() === want ? null : `${id}: ${result()} != ${want}`;
    })).toEqual([]);
  });

  it('gives safe integers as numbers and the rest as bigints', () => {
    expect(hashToNumberOrBigint(0, 5)).toBe(5);
    expect(hashToNumberOrBigint(-1, -2)).toBe(-2);
    expect(hashToNumberOrBigint(0x1fffff, -1)).toBe(2 ** 53 - 1);
    expect(hashToNumberOrBigint(0x200000, 0)).toBe(2n ** 53n);
    expect(hashToNumberOrBigint(-0x200000, 0)).toBe(-(2 ** 53));
    expect(hashToNumberOrBigint(-0x200001, -1)).toBe(-(2n ** 53n) - 1n);
  });
});

/** Long values (past the 64 KiB the SipHash scratch keeps), each as [kind, repeated unit, count]. */
const LONG: [string, string, number][] = [
  ['str', 'ab', 40000], ['str', 'é-', 30000], ['str', '€x', 20000], ['str', '😀a', 15000], ['bytes', 'q\u00ff', 70000],
];

const PYTHON_LONG_HASHES = `
import json, sys
out = []
for kind, unit, count in json.load(sys.stdin):
    v = unit * count
    out.append(str(hash(v if kind == 'str' else v.encode('latin-1'))))
print(json.dumps(out))
`;

describeWithPython3('hash fixtures', () => {
  it('long strs and bytes hash as in python3 (twice: the scratch grows, then shrinks)', () => {
    const want = python3Json<string[]>(PYTHON_LONG_HASHES, LONG, { env: { ...process.env, PYTHONHASHSEED: '0' } })!;
    for (let pass = 0; pass < 2; pass++) {
      const got = LONG.map(([kind, unit, count]) => {
        const text = unit.repeat(count);
        if (kind === 'str') hashString(text);
        else hashByteRange(Uint8Array.from(text, (c) => c.charCodeAt(0)));
        return result();
      });
      expect(got).toEqual(want);
    }
  });


  it('are what the generator writes (addresses aside)', () => {
    const fresh = JSON.parse(python3Output(['scripts/generate-hash-fixtures.py', '--stdout'], { cwd: root })!) as Fixtures;
    expect(fresh.values).toEqual(fixtures.values);
  });
});
