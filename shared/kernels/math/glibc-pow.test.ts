// glibc's pow reproduced bit for bit: the derived tables against the bits glibc
// ships, the emulated fused multiply-add against exact arithmetic, every case of
// glibc-pow-fixtures.txt (python3's x ** y, written by
// scripts/generate-glibc-pow-fixtures.py), and fresh random cases against the
// python3 on PATH when it is the reference.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { floatFromBits } from '../../../test/support/fixture-values.js';
import { prng } from '../../../test/support/prng.js';
import { describeWithPython3, python3Output } from '../../../test/support/python3.js';
import { complexPow } from '../complex-ops.js';
import { floatPow } from '../float-ops.js';
import { KernelError } from '../py-error.js';
import { exactFma, fma } from './glibc-pow-fma.js';
import { glibcPow } from './glibc-pow.js';
import * as T from './glibc-pow-tables.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const view = new DataView(new ArrayBuffer(8));
function bitsOf(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** python3's outcome letter (see the generator) or result bits for floatPow(x, y). */
function floatPowOutcome(x: number, y: number): string {
  try {
    const r = floatPow(x, y);
    if (r === null) {
      complexPow([x, 0], [y, 0]); // python3 makes a complex power of it, which may overflow
      return 'C';
    }
    return r !== r ? 'N' : bitsOf(r);
  } catch (e) {
    if (e instanceof KernelError) return e.pyType === 'OverflowError' ? 'O' : e.pyType === 'ZeroDivisionError' ? 'Z' : e.pyType;
    throw e;
  }
}

describe('glibc pow tables', () => {
  it('derive the constants glibc defines', () => {
    expect(T.LN2_HI).toBe(T.hexFloat('0x1.62e42fefa3800p-1'));
    expect(T.LN2_LO).toBe(T.hexFloat('0x1.ef35793c76730p-45'));
    expect(T.INV_LN2_N).toBe(T.hexFloat('0x1.71547652b82fep0') * 128);
    expect(T.NEG_LN2_HI_N).toBe(T.hexFloat('-0x1.62e42fefa0000p-8'));
    expect(T.NEG_LN2_LO_N).toBe(T.hexFloat('-0x1.cf79abc9e3b3ap-47'));
    // Entry 77 of each table, as e_pow_log_data.c and e_exp_data.c list it.
    expect([T.LOG_INVC[77], T.LOG_LOGC[77], T.LOG_LOGCTAIL[77]]).toEqual([
      T.hexFloat('0x1.f8p-1'), T.hexFloat('0x1.0205658938p-6'), T.hexFloat('-0x1.3dc5b06e2f7d2p-45'),
    ]);
    expect(bitsOf(T.EXP_TAIL[77]!)).toBe('bc805e843a19ff1e');
    expect(((T.EXP_SCALE_HIGH[77]! >>> 0).toString(16) + T.EXP_SCALE_LOW[77]!.toString(16).padStart(8, '0'))).toBe('3feea71a4623c7ad');
  });

  it('match the bits in glibc 2.36 libm.so.6, entry for entry', () => {
    // SHA-256 of the tables as read from Debian 12's libm (__pow_log_data.tab: invc, logc,
    // logctail per entry; __exp_data.tab: tail and biased scale bits), hex words joined by spaces.
    const log = Array.from(T.LOG_INVC, (v, i) => bitsOf(v) + bitsOf(T.LOG_LOGC[i]!) + bitsOf(T.LOG_LOGCTAIL[i]!));
    const exp = Array.from(T.EXP_TAIL, (v, i) => bitsOf(v) + ' ' + (T.EXP_SCALE_HIGH[i]! >>> 0).toString(16).padStart(8, '0')
      + T.EXP_SCALE_LOW[i]!.toString(16).padStart(8, '0'));
    const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
    expect(sha(log.join(' '))).toBe('7172120fd8e3d033a9dbbc225e5cbc04cdf061bc6a94a2211bc2c46939f09bf1');
    expect(sha(exp.join(' '))).toBe('92ec51721458a45c70fd53617e236ce1b3cc9028539208ac87c00d9fd1604631');
  });
});

describe('emulated fma', () => {
  it('rounds a×b + c once, like exact arithmetic', () => {
    const random = prng(91);
    const pick = (): number => (random() - 0.5 + random() * 2 ** -32) * 2 ** Math.floor(random() * 80 - 40);
    let checked = 0;
    for (let n = 0; n < 200_000; n++) {
      const a = pick();
      const b = pick();
      // c near -a×b (cancellation) or near a×b's rounding error (near-ties), or anything.
      const p = a * b;
      const mode = n % 4;
      const c = mode === 0 ? -p : mode === 1 ? -p * (1 + (random() - 0.5) * 2 ** -50) : mode === 2 ? p * 2 ** -53 * (random() < 0.5 ? 1 : 1.5) : pick();
      const got = fma(a, b, c);
      const want = exactFma(a, b, c);
      if (!Object.is(got, want)) expect([a, b, c, got]).toEqual([a, b, c, want]);
      checked++;
    }
    expect(checked).toBe(200_000);
  });

  it('decides exact halfway sums by the part that rounding dropped', () => {
    // a×b = ulp(S)/2 × (1 ± 2^-60): S + a×b lies a hair from the midpoint above S, on either side.
    const random = prng(17);
    let checked = 0;
    for (let n = 0; n < 20_000; n++) {
      // 52 random fraction bits (prng gives 32 at a time), so S's last bit is odd half the time
      const fraction = Math.floor(random() * 2 ** 26) * 2 ** 26 + Math.floor(random() * 2 ** 26);
      const S = (1 + fraction / 2 ** 52) * 2 ** Math.floor(random() * 100 - 50) * (n % 4 < 2 ? 1 : -1);
      const halfUlp = 2 ** (Math.floor(Math.log2(Math.abs(S))) - 53);
      const sign = n % 2 === 0 ? 1 : -1;
      const a = 1 + 2 ** -30;
      const b = (1 + sign * 2 ** -30) * halfUlp * Math.sign(S);
      const got = fma(a, b, S);
      expect(got).toBe(exactFma(a, b, S));
      // above the midpoint rounds away from S, below it rounds to S, whatever S's last bit
      expect(got === S).toBe(sign < 0);
      checked++;
    }
    expect(checked).toBe(20_000);
  });

  it('handles zeros, tiny and huge arguments', () => {
    expect(Object.is(fma(0, 5, -0), 0)).toBe(true);
    expect(Object.is(fma(-0, 5, -0), -0)).toBe(true);
    expect(fma(2 ** -600, 2 ** -500, 2 ** -1074)).toBe(2 ** -1074); // the product alone is below half the least subnormal
    expect(fma(2 ** 600, 2 ** 500, -Infinity)).toBe(-Infinity);
    expect(fma(1 + 2 ** -52, 1 - 2 ** -52, -1)).toBe(-(2 ** -104));
  });
});

const fixtureText = readFileSync(`${root}shared/kernels/math/glibc-pow-fixtures.txt`, 'utf8');
const fixture = fixtureText.split('\n').filter((line) => line !== '' && !line.startsWith('#')).map((line) => line.split(' ') as [string, string, string]);

describe('glibc pow fixtures', () => {
  it('has many cases', () => {
    expect(fixture.length).toBeGreaterThan(30_000);
  });

  it('glibcPow(x, y) is python3\'s x ** y for every x > 0', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const [xs, ys, want] of fixture) {
      const x = floatFromBits(xs);
      const y = floatFromBits(ys);
      if (!(x > 0) || want === 'Z' || want === 'C' || want === 'N') continue;
      const r = glibcPow(x, y);
      const got = r === Infinity && isFinite(x) && isFinite(y) ? 'O' : bitsOf(r);
      if (got !== want) bad.push(`${xs} ${ys}: ${got}, python3 ${want}`);
      checked++;
    }
    expect(bad.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(30_000);
  });

  it('floatPow(x, y) is python3\'s x ** y for every case, special values and errors included', () => {
    const bad: string[] = [];
    for (const [xs, ys, want] of fixture) {
      const got = floatPowOutcome(floatFromBits(xs), floatFromBits(ys));
      if (got !== want) bad.push(`${xs} ${ys}: ${got}, python3 ${want}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('includes the midpoint case 10.0 ** 23, which glibc rounds up', () => {
    expect(glibcPow(10, 23)).toBe(1.0000000000000001e+23);
    expect(floatPow(10, 23)).toBe(1.0000000000000001e+23);
  });
});

/** Fresh random (x, y) pairs of several kinds, x > 0 (bits as hex), from a seeded generator. */
function randomCases(seed: number, count: number): string[] {
  const next = prng(seed);
  const random = (): number => next() + next() * 2 ** -32; // all 53 bits random
  const out: string[] = [];
  const anyPositive = (): number => {
    view.setUint32(0, Math.floor(random() * 0x7ff00000));
    view.setUint32(4, Math.floor(random() * 2 ** 32));
    return view.getFloat64(0);
  };
  while (out.length < count) {
    const kind = random();
    let x: number;
    let y: number;
    if (kind < 0.35) {
      x = anyPositive();
      y = (random() * 2150 - 1100) / Math.log2(x);
    } else if (kind < 0.55) {
      x = random() * 16;
      y = (random() - 0.5) * 600;
    } else if (kind < 0.75) {
      x = (1 + random()) * 2 ** Math.floor(random() * 120 - 60);
      y = Math.floor(random() * 61) - 30;
    } else if (kind < 0.9) {
      x = 1 + (random() - 0.5) * 2 ** -Math.floor(random() * 50);
      y = (random() - 0.5) * 2 ** Math.floor(random() * 64);
    } else {
      x = anyPositive();
      y = (random() - 0.5) * 2 ** Math.floor(random() * 140 - 70);
    }
    if (!(x > 0) || !isFinite(x) || x === 1 || !isFinite(y) || y === 0) continue;
    out.push(`${bitsOf(x)} ${bitsOf(y)}`);
  }
  return out;
}

/** python3's x ** y for hex-encoded (x, y) pairs, as hex bits or 'O' for OverflowError. */
function python3Powers(cases: readonly string[]): string[] {
  const script = [
    'import struct, sys',
    'out = []',
    'for line in sys.stdin:',
    '    xs, ys = line.split()',
    "    x = struct.unpack('>d', bytes.fromhex(xs))[0]",
    "    y = struct.unpack('>d', bytes.fromhex(ys))[0]",
    '    try:',
    "        out.append(struct.pack('>d', x ** y).hex())",
    '    except OverflowError:',
    "        out.append('O')",
    "sys.stdout.write('\\n'.join(out))",
  ].join('\n');
  return python3Output(['-c', script], { input: cases.join('\n') + '\n' })!.split('\n');
}

/**
 * Why python3 here cannot be the live reference, or null: glibc picks its pow at load time, and
 * on a CPU without FMA (or another libm) python3 computes the hard cases differently. The
 * committed fixtures still hold the engine to glibc 2.36's FMA build.
 */
function liveReferenceProblem(): string | null {
  const hard = fixtureText.slice(fixtureText.indexOf('# hard cases')).split('\n').slice(1).filter((l) => l !== '' && !l.startsWith('#')).slice(0, 200);
  const answers = python3Powers(hard.map((line) => line.split(' ').slice(0, 2).join(' ')));
  const differing = hard.filter((line, i) => line.split(' ')[2] !== answers[i]).length;
  return differing === 0 ? null : `python3's pow is not glibc 2.36's FMA build (${differing} of ${hard.length} hard cases differ)`;
}

describeWithPython3('glibc pow against python3, fresh random cases', () => {
  const problem = liveReferenceProblem();
  it.skipIf(problem !== null)(problem ?? 'agrees bit for bit on 200,000 seeded random cases', () => {
    const seed = 0x5eed;
    const cases = randomCases(seed, 200_000);
    const answers = python3Powers(cases);
    expect(answers.length).toBe(cases.length);
    const bad: string[] = [];
    for (let i = 0; i < cases.length; i++) {
      const [xs, ys] = cases[i]!.split(' ') as [string, string];
      const r = glibcPow(floatFromBits(xs), floatFromBits(ys));
      const got = r === Infinity ? 'O' : bitsOf(r);
      if (got !== answers[i]) bad.push(`seed ${seed}: ${xs} ${ys}: ${got}, python3 ${answers[i]}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
