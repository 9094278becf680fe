// Random inputs for the kernels with the most intricate rounding and syntax
// (round(float, n), float(str), float.fromhex, int(str, base), int/int), each
// batch answered by one python3 run at test time. Skipped without python3
// 3.11.7; numbers.test.ts covers the same kernels from a committed fixture.

import { expect, it } from 'vitest';
import { prng } from '../../../test/support/prng.js';
import { describeWithPython3, python3Json } from '../../../test/support/python3.js';
import { KernelError } from '../py-error.js';
import { floatFromHex, floatHex } from './float-hex.js';
import { trueDivInt } from './int-float.js';
import { parseFloatLiteral } from './parse-float.js';
import { parseIntLiteral } from './parse-int.js';
import { normInt, type PyInt } from './py-int.js';
import { roundFloat } from './round.js';

const SEED = 3117;
const random = prng(SEED);
const view = new DataView(new ArrayBuffer(8));

/** A random double: random bits, or a short decimal, or a value near a power of ten. */
function randomFloat(): number {
  const kind = random();
  if (kind < 0.4) {
    view.setUint32(0, (random() * 2 ** 32) >>> 0);
    view.setUint32(4, (random() * 2 ** 32) >>> 0);
    return view.getFloat64(0);
  }
  if (kind < 0.8) return Number((random() * 2000 - 1000).toFixed(Math.floor(random() * 8)));
  return (random() - 0.5) * 10 ** Math.floor(random() * 60 - 30);
}

const bitsOf = (x: number): string => {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};

/** The kernel's answer as python's answers come back: a value string, or 'Type: message'. */
function outcome(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof KernelError) return `${e.pyType}: ${e.message}`;
    throw e;
  }
}

const PY_HELPERS = `
import json, struct, sys
def bits(x): return '%016x' % struct.unpack('>Q', struct.pack('>d', x))[0]
def fb(h): return struct.unpack('>d', bytes.fromhex(h))[0]
def outcome(f):
    try: return f()
    except (ValueError, OverflowError, ZeroDivisionError) as e: return type(e).__name__ + ': ' + str(e)
`;

function firstMismatches(inputs: unknown[], got: string[], want: string[]): string[] {
  const bad: string[] = [];
  for (let i = 0; i < inputs.length && bad.length < 10; i++) {
    if (got[i] !== want[i]) bad.push(`${JSON.stringify(inputs[i])}: got ${got[i]}, want ${want[i]}`);
  }
  return bad;
}

describeWithPython3(`numeric kernels on random inputs (seed ${SEED})`, () => {
  it('round(x, n)', () => {
    const inputs: [string, number][] = [];
    for (let i = 0; i < 20000; i++) inputs.push([bitsOf(randomFloat()), Math.floor(random() * 40) - 15]);
    const want = python3Json<string[]>(PY_HELPERS +
      'print(json.dumps([outcome(lambda: bits(round(fb(x), n))) for x, n in json.load(sys.stdin)]))', inputs)!;
    const got = inputs.map(([x, n]) => outcome(() => bitsOf(roundFloat(fromBits(x), n))));
    expect(firstMismatches(inputs, got, want)).toEqual([]);
  });

  it('float(str) of decimal text near and between doubles', () => {
    const inputs: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const x = Math.abs(randomFloat());
      if (!isFinite(x)) continue;
      const digits = 17 + Math.floor(random() * 10);
      inputs.push(x.toPrecision(Math.min(digits, 100)), x.toExponential(Math.floor(random() * 25)));
    }
    const want = python3Json<string[]>(PY_HELPERS +
      'print(json.dumps([outcome(lambda: bits(float(s))) for s in json.load(sys.stdin)]))', inputs)!;
    const got = inputs.map((s) => outcome(() => bitsOf(parseFloatLiteral(s))));
    expect(firstMismatches(inputs, got, want)).toEqual([]);
  });

  it('float.hex and float.fromhex', () => {
    const inputs: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const x = randomFloat();
      inputs.push(floatHex(x));
      let digits = '';
      for (let k = Math.floor(random() * 30); k >= 0; k--) digits += '0123456789abcdef'[Math.floor(random() * 16)];
      const point = Math.floor(random() * digits.length);
      inputs.push(`0x${digits.slice(0, point)}.${digits.slice(point)}p${Math.floor(random() * 2300) - 1150}`);
    }
    const want = python3Json<string[]>(PY_HELPERS +
      'print(json.dumps([outcome(lambda: bits(float.fromhex(s))) for s in json.load(sys.stdin)]))', inputs)!;
    const got = inputs.map((s) => outcome(() => bitsOf(floatFromHex(s))));
    expect(firstMismatches(inputs, got, want)).toEqual([]);
  });

  it('int(str, base)', () => {
    const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzXOB_ +-\u0661\u3000';
    const bases = [0, 2, 3, 4, 8, 10, 16, 32, 36];
    const inputs: [string, number][] = [];
    for (let i = 0; i < 10000; i++) {
      let s = random() < 0.3 ? ['0x', '0o', '0b', '0', '-0x'][Math.floor(random() * 5)] : '';
      for (let k = Math.floor(random() * 25); k >= 0; k--) s += alphabet[Math.floor(random() * alphabet.length)];
      inputs.push([s, bases[Math.floor(random() * bases.length)]]);
    }
    const want = python3Json<string[]>(PY_HELPERS +
      'print(json.dumps([outcome(lambda: hex(int(s, b))) for s, b in json.load(sys.stdin)]))', inputs)!;
    const got = inputs.map(([s, b]) => outcome(() => pyHex(parseIntLiteral(s, b))));
    expect(firstMismatches(inputs, got, want)).toEqual([]);
  });

  it('int / int for big operands', () => {
    const inputs: [string, string][] = [];
    const randomBig = (): bigint => {
      let v = 0n;
      for (let k = Math.floor(random() * 40); k >= 0; k--) v = (v << 32n) | BigInt((random() * 2 ** 32) >>> 0);
      return random() < 0.5 ? -v : v;
    };
    for (let i = 0; i < 3000; i++) inputs.push([randomBig().toString(16), randomBig().toString(16)]);
    const want = python3Json<string[]>(PY_HELPERS +
      'print(json.dumps([outcome(lambda: bits(int(a, 16) / int(b, 16))) for a, b in json.load(sys.stdin)]))', inputs)!;
    const big = (h: string): PyInt => normInt(h.startsWith('-') ? -BigInt('0x' + h.slice(1)) : BigInt('0x' + h));
    const got = inputs.map(([a, b]) => outcome(() => bitsOf(trueDivInt(big(a), big(b)))));
    expect(firstMismatches(inputs, got, want)).toEqual([]);
  });
});

function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function pyHex(v: PyInt): string {
  return v < 0 ? '-0x' + (-v).toString(16) : '0x' + v.toString(16);
}
