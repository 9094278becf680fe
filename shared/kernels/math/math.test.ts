// Checks every math kernel against python3's own answers, committed in
// math-fixtures.json by scripts/generate-math-fixtures.py (run it to
// regenerate; the first test checks the file is current when python3 3.11.7
// is there). Results must match bit for bit (all NaNs count as equal: JS
// does not keep NaN payloads), errors by type and message. The only allowed
// differences are the last-bit ones listed in libm-differences.ts, for functions
// whose value CPython takes from glibc and we from V8's Math (or that call them).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithPython3, python3Output } from '../../../test/support/python3.js';
import { floatFromBits, intFromPyHex } from '../../../test/support/fixture-values.js';
import { KernelError } from '../py-error.js';
import { MATH_CONSTANTS, MATH_FUNCTIONS, FsumAccumulator } from './index.js';
import { LIBM_DIFFERENCES } from './libm-differences.js';

type Encoded = string | boolean | Encoded[];
type Outcome = { r: Encoded; e?: undefined } | { e: [string, string]; r?: undefined };
type Case = [name: string, args: Encoded[], outcome: Outcome];

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixturePath = `${root}shared/kernels/math/math-fixtures.json`;
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { cases: Case[] };

type Value = number | bigint | boolean | undefined | Value[];

function decode(v: Encoded): Value {
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(decode);
  if (v === 'n') return undefined;
  if (v.startsWith('f:')) return floatFromBits(v.slice(2));
  const n = intFromPyHex(v.slice(2));
  // Ints reach the kernels as the engine holds them: a number when safe, else a bigint.
  return n >= -(2n ** 53n - 1n) && n <= 2n ** 53n - 1n ? Number(n) : n;
}

const byName = new Map(MATH_FUNCTIONS.map((f) => [f.name, f]));

function invoke(name: string, args: Value[]): Value {
  const spec = byName.get(name);
  if (!spec?.impl) throw new Error(`no kernel for ${name}`);
  const impl = spec.impl as (...a: Value[]) => Value;
  return impl(...args);
}

/** A value as comparable text: floats by their bits (every NaN alike), ints in decimal. */
function show(v: Value): string {
  if (Array.isArray(v)) return `(${v.map(show).join(', ')})`;
  if (typeof v === 'number') {
    if (v !== v) return 'nan';
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, v);
    return `${v}#${view.getBigUint64(0).toString(16)}`;
  }
  return String(v);
}

/** The int results arrive as numbers or bigints; the fixture says which are floats. */
function expected(e: Encoded): string {
  if (typeof e === 'string' && e.startsWith('i:')) return String(intFromPyHex(e.slice(2)));
  if (Array.isArray(e)) return `(${e.map(expected).join(', ')})`;
  return show(decode(e));
}

function actualText(v: Value, e: Encoded): string {
  if (typeof e === 'string' && e.startsWith('i:')) return typeof v === 'number' && !Number.isInteger(v) ? show(v) : String(v);
  if (Array.isArray(v) && Array.isArray(e)) return `(${v.map((x, i) => actualText(x, e[i]!)).join(', ')})`;
  return show(v);
}

function run(c: Case): string {
  const [name, args] = c;
  try {
    return actualText(invoke(name, args.map(decode)), c[2].r ?? 'n');
  } catch (err) {
    if (err instanceof KernelError) return `${err.pyType}: ${err.message}`;
    throw err;
  }
}

const want = (c: Case): string => (c[2].e ? `${c[2].e[0]}: ${c[2].e[1]}` : expected(c[2].r!));
const key = (c: Case): string => `${c[0]}(${c[1].map((a) => JSON.stringify(a)).join(',')})`;

/** Is `got` one unit in the last place away from `exp` (finite floats of the same sign)? */
function oneUlpApart(got: Value, exp: Value): boolean {
  if (typeof got !== 'number' || typeof exp !== 'number' || !isFinite(got) || !isFinite(exp)) return false;
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, got);
  view.setFloat64(8, exp);
  const a = view.getBigInt64(0);
  const b = view.getBigInt64(8);
  return (a < 0n) === (b < 0n) && (a - b === 1n || b - a === 1n);
}

describe('math kernels against python3', () => {
  it('has hundreds of cases for every function', () => {
    const counts = new Map<string, number>();
    for (const c of fixture.cases) counts.set(c[0], (counts.get(c[0]) ?? 0) + 1);
    for (const f of MATH_FUNCTIONS) if (f.impl) expect(counts.get(f.name) ?? 0, f.name).toBeGreaterThan(10);
  });

  it('matches every case, except the listed last-bit libm differences', async () => {
    const failures: string[] = [];
    const differences: string[] = [];
    for (const c of fixture.cases) {
      const got = run(c);
      const exp = want(c);
      if (got === exp) continue;
      const k = key(c);
      const r = c[2].r;
      if (LIBM_DIFFERENCES.has(k) && r !== undefined && !c[2].e && oneUlpApart(invoke(c[0], c[1].map(decode)), decode(r))) {
        differences.push(k);
        continue;
      }
      failures.push(`${k}: got ${got}, want ${exp}`);
    }
    if (process.env.MATH_DIFF_REPORT) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(process.env.MATH_DIFF_REPORT, failures.join('\n'));
    }
    expect(failures).toEqual([]);
    // Every listed difference must still show: the list documents what is, not what was.
    expect(LIBM_DIFFERENCES.size).toBe(differences.length);
  });

  it('fsum accumulates item by item and raises at the item that overflows', () => {
    const acc = new FsumAccumulator();
    acc.add(1e308);
    expect(() => acc.add(1e308)).toThrowError('intermediate overflow in fsum');
    const items = [0.1, 0.2, 0.3, -0.6, 1e-17];
    const ok = new FsumAccumulator();
    for (const x of items) ok.add(x);
    expect(ok.result()).toBe(invoke('fsum', [items]));
  });

  it('defines the constants', () => {
    expect(MATH_CONSTANTS.pi).toBe(3.141592653589793);
    expect(MATH_CONSTANTS.tau).toBe(6.283185307179586);
    expect(MATH_CONSTANTS.e).toBe(2.718281828459045);
    expect(MATH_CONSTANTS.inf).toBe(Infinity);
    expect(MATH_CONSTANTS.nan).toBeNaN();
  });
});

describeWithPython3('math fixtures', () => {
  it('are what scripts/generate-math-fixtures.py writes with this python3', () => {
    const fresh = python3Output(['scripts/generate-math-fixtures.py', '--stdout'], { cwd: root });
    expect(fresh).toBe(readFileSync(fixturePath, 'utf8'));
  });

  it('cover every function of the math module', () => {
    const names = python3Output(['-c', "import math; print(' '.join(n for n in dir(math) if not n.startswith('_') and callable(getattr(math, n))))"])!;
    expect(MATH_FUNCTIONS.map((f) => f.name).sort()).toEqual(names.trim().split(' ').sort());
  });
});
