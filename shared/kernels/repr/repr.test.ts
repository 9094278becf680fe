// Checks the repr kernels against repr-fixtures.json, which
// scripts/generate-repr-fixtures.py writes from python3's own repr(), and the
// committed printable table against a fresh run of its generator.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesFromHex, floatFromBits, intFromPyHex } from '../../../test/support/fixture-values.js';
import { describeWithPython3, python3Output } from '../../../test/support/python3.js';
import { ELLIPSIS, PyBytes, PyComplex } from '../../ast/nodes.js';
import { bytesRepr } from './bytes-repr.js';
import { complexRepr } from './complex-repr.js';
import { constantRepr } from './constant-repr.js';
import { floatRepr } from './float-repr.js';
import { IntStrDigitsError, intRepr } from './int-repr.js';
import { strRepr } from './str-repr.js';

interface Fixtures {
  float: [string, string][];
  complex: [string, string, string][];
  str: [number[], string][];
  bytes: [string, string][];
  int: { hex: string; repr?: string; error?: string; message?: string }[];
}

const fixtures: Fixtures = JSON.parse(readFileSync(new URL('./repr-fixtures.json', import.meta.url), 'utf8'));

/** Runs check over every case and reports the first few mismatches together. */
function mismatches<T>(cases: T[], check: (c: T) => string | null): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const problem = check(c);
    if (problem !== null && out.length < 10) out.push(problem);
  }
  return out;
}

describe('repr kernels match python3', () => {
  it(`float (${fixtures.float.length} values)`, () => {
    const bad = mismatches(fixtures.float, ([bits, want]) => {
      const got = floatRepr(floatFromBits(bits));
      return got === want ? null : `${bits}: got ${got}, want ${want}`;
    });
    expect(bad).toEqual([]);
  });

  it(`complex (${fixtures.complex.length} values)`, () => {
    const bad = mismatches(fixtures.complex, ([re, im, want]) => {
      const got = complexRepr(floatFromBits(re), floatFromBits(im));
      return got === want ? null : `${re},${im}: got ${got}, want ${want}`;
    });
    expect(bad).toEqual([]);
  });

  it(`str (${fixtures.str.length} values)`, () => {
    const bad = mismatches(fixtures.str, ([cps, want]) => {
      const got = strRepr(String.fromCodePoint(...cps));
      return got === want ? null : `${JSON.stringify(cps)}: got ${got}, want ${want}`;
    });
    expect(bad).toEqual([]);
  });

  it(`bytes (${fixtures.bytes.length} values)`, () => {
    const bad = mismatches(fixtures.bytes, ([hex, want]) => {
      const got = bytesRepr(bytesFromHex(hex));
      return got === want ? null : `${hex}: got ${got}, want ${want}`;
    });
    expect(bad).toEqual([]);
  });

  it(`int (${fixtures.int.length} values, with the 4300-digit limit)`, () => {
    const bad = mismatches(fixtures.int, (c) => {
      let got: string;
      try {
        got = intRepr(intFromPyHex(c.hex));
      } catch (e) {
        if (!(e instanceof IntStrDigitsError)) throw e;
        got = `!${e.pyType}: ${e.message}`;
      }
      const want = c.repr ?? `!${c.error}: ${c.message}`;
      return got === want ? null : `${c.hex.slice(0, 20)}: got ${got.slice(0, 60)}, want ${want.slice(0, 60)}`;
    });
    expect(bad).toEqual([]);
  });
});

describe('constantRepr', () => {
  it('dispatches on the constant kind', () => {
    const values = [null, true, false, ELLIPSIS, 12n, 1.5, 'x', new PyBytes(new Uint8Array([0x61])), new PyComplex(0, 2)];
    const reprs = [floatRepr(1.5), strRepr('x'), bytesRepr(new Uint8Array([0x61])), complexRepr(0, 2)];
    expect(values.map(constantRepr)).toEqual(['None', 'True', 'False', 'Ellipsis', '12', ...reprs]);
  });
});

describeWithPython3('printable-table.ts', () => {
  it('is what its generator writes today', () => {
    const script = fileURLToPath(new URL('../../../scripts/generate-repr-tables.py', import.meta.url));
    const fresh = python3Output([script, '--stdout']);
    const committed = readFileSync(new URL('./printable-table.ts', import.meta.url), 'utf8');
    expect(committed === fresh).toBe(true);
  });
});
