// Checks the repr kernels against repr-fixtures.json, which
// scripts/generate-repr-fixtures.py writes from python3's own repr(), and the
// committed printable table against a fresh run of its generator.

import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function parsePyHex(text: string): bigint {
  return text.startsWith('-') ? -BigInt(text.slice(1)) : BigInt(text);
}

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
      const got = floatRepr(fromBits(bits));
      return got === want ? null : `${bits}: got ${got}, want ${want}`;
    });
    expect(bad).toEqual([]);
  });

  it(`complex (${fixtures.complex.length} values)`, () => {
    const bad = mismatches(fixtures.complex, ([re, im, want]) => {
      const got = complexRepr(fromBits(re), fromBits(im));
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
      const got = bytesRepr(fromHex(hex));
      return got === want ? null : `${hex}: got ${got}, want ${want}`;
    });
    expect(bad).toEqual([]);
  });

  it(`int (${fixtures.int.length} values, with the 4300-digit limit)`, () => {
    const bad = mismatches(fixtures.int, (c) => {
      let got: string;
      try {
        got = intRepr(parsePyHex(c.hex));
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

describe('printable-table.ts', () => {
  const python = spawnSync('python3', ['--version']);
  it.skipIf(python.status !== 0)('is what its generator writes today', () => {
    const script = fileURLToPath(new URL('../../../scripts/generate-repr-tables.py', import.meta.url));
    const fresh = spawnSync('python3', [script, '--stdout'], { encoding: 'utf8' });
    expect(fresh.status).toBe(0);
    const committed = readFileSync(new URL('./printable-table.ts', import.meta.url), 'utf8');
    expect(committed === fresh.stdout).toBe(true);
  });
});
