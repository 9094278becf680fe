// format(value, spec) for int, float, complex and str against
// format-fixtures.json, which scripts/generate-format-fixtures.py writes from
// python3's own format(); plus a few live checks of the exact-rounding paths.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floatFromBits, intFromPyHex } from '../../../test/support/fixture-values.js';
import { describeWithPython3, python3Json } from '../../../test/support/python3.js';
import { KernelError } from '../py-error.js';
import { formatComplex, formatFloat, formatInt } from './format-number.js';
import { formatStr } from './format-str.js';

type Outcome = { r: string; e?: undefined } | { e: [string, string]; r?: undefined };

interface Fixtures {
  int: [string, string, Outcome][];
  float: [string, string, Outcome][];
  complex: [string, string, string, Outcome][];
  str: [string, string, Outcome][];
}

const fixtures: Fixtures = JSON.parse(readFileSync(new URL('./format-fixtures.json', import.meta.url), 'utf8'));

/** The kernel's answer in the fixture's terms. */
function run(thunk: () => string): string {
  try {
    return thunk();
  } catch (e) {
    if (e instanceof KernelError) return `!${e.pyType}: ${e.message}`;
    throw e;
  }
}

const want = (o: Outcome): string => (o.e ? `!${o.e[0]}: ${o.e[1]}` : o.r!);

/** Checks every case and reports the first few mismatches together. */
function mismatches<T>(cases: T[], check: (c: T) => string | null): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const problem = check(c);
    if (problem !== null && out.length < 10) out.push(problem);
  }
  return out;
}

/** Python ints in the canonical JS form: a number when safe. */
function pyInt(hex: string): number | bigint {
  const n = intFromPyHex(hex);
  return n >= -BigInt(Number.MAX_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

describe('format() matches python3', () => {
  it(`int (${fixtures.int.length} cases)`, () => {
    const bad = mismatches(fixtures.int, ([hex, spec, o]) => {
      const got = run(() => formatInt(pyInt(hex), spec));
      return got === want(o) ? null : `${hex.slice(0, 40)} ${JSON.stringify(spec)}: got ${JSON.stringify(got.slice(0, 200))}, want ${JSON.stringify(want(o).slice(0, 200))}`;
    });
    expect(bad).toEqual([]);
  });

  it(`float (${fixtures.float.length} cases)`, () => {
    const bad = mismatches(fixtures.float, ([bits, spec, o]) => {
      const got = run(() => formatFloat(floatFromBits(bits), spec));
      return got === want(o) ? null : `${floatFromBits(bits)} ${JSON.stringify(spec)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want(o))}`;
    });
    expect(bad).toEqual([]);
  });

  it(`complex (${fixtures.complex.length} cases)`, () => {
    const bad = mismatches(fixtures.complex, ([re, im, spec, o]) => {
      const got = run(() => formatComplex(floatFromBits(re), floatFromBits(im), spec));
      return got === want(o) ? null : `${re},${im} ${JSON.stringify(spec)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want(o))}`;
    });
    expect(bad).toEqual([]);
  });

  it(`str (${fixtures.str.length} cases)`, () => {
    const bad = mismatches(fixtures.str, ([s, spec, o]) => {
      const got = run(() => formatStr(s, spec));
      return got === want(o) ? null : `${JSON.stringify(s)} ${JSON.stringify(spec)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want(o))}`;
    });
    expect(bad).toEqual([]);
  });

  it('names the type it is given in messages', () => {
    expect(run(() => formatInt(1, 'x!', 'bool'))).toBe("!ValueError: Invalid format specifier 'x!' for object of type 'bool'");
    expect(run(() => formatFloat(1, 'd', 'MyFloat'))).toBe("!ValueError: Unknown format code 'd' for object of type 'MyFloat'");
  });
});

const ROUNDING = `
import json, sys, struct
out = []
for bits, spec in json.load(sys.stdin):
    out.append(format(struct.unpack('>d', bytes.fromhex(bits))[0], spec))
json.dump(out, sys.stdout)
`;

describeWithPython3('float rounding at every tie and precision, live', () => {
  it('dyadic values whose ties fall at the rounding position, all precisions 0..25', () => {
    const cases: [string, string][] = [];
    const view = new DataView(new ArrayBuffer(8));
    for (let k = 1; k <= 40; k++) {
      for (const m of [1, 3, 5, 7, 9, 11, 13, 15, 25, 125, 12345, 99999]) {
        const x = m / 2 ** k;
        view.setFloat64(0, x);
        const bits = view.getBigUint64(0).toString(16).padStart(16, '0');
        for (const t of ['f', 'e', 'g']) {
          for (let p = 0; p <= 25; p += k > 20 ? 5 : 1) cases.push([bits, `.${p}${t}`]);
        }
      }
    }
    const expected = python3Json<string[]>(ROUNDING, cases)!;
    const bad = mismatches(cases.map((c, i) => [c, expected[i]!] as const), ([[bits, spec], w]) => {
      const got = formatFloat(floatFromBits(bits), spec);
      return got === w ? null : `${floatFromBits(bits)} ${spec}: got ${got}, want ${w}`;
    });
    expect(bad).toEqual([]);
  });
});
