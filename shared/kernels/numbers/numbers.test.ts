// Checks the numeric kernels against number-fixtures.json, which
// scripts/generate-number-fixtures.py writes from python3 (CPython 3.11.7):
// int()/float() parsing, float.hex/fromhex, conversions, round(), int methods,
// int arithmetic and bit operations, pow, and exact int/float comparison.
// Every result must also be a canonical PyInt (a number whenever it is a safe
// integer, never -0), which the encoder below checks.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesFromHex, floatFromBits, intFromPyHex } from '../../../test/support/fixture-values.js';
import { PyStrCodePoints } from '../../ast/nodes.js';
import { floatDivmod } from '../float-ops.js';
import { KernelError } from '../py-error.js';
import { floatFromHex, floatHex } from './float-hex.js';
import { absInt, addInt, divmodInt, floorDivInt, modInt, mulInt, negInt, subInt } from './int-arith.js';
import { andInt, bitCountInt, bitLengthInt, invertInt, lshiftInt, orInt, rshiftInt, xorInt } from './int-bits.js';
import { intFromBytes, intToBytes } from './int-bytes.js';
import {
  compareIntFloat, floatAsIntegerRatio, floatFromInt, floatIsInteger, intAsIntegerRatio, intFromFloat, trueDivInt,
} from './int-float.js';
import { powInt, powModInt } from './int-pow.js';
import { intBin, intHex, intOct, intToDecimalString } from './int-string.js';
import { parseFloatLiteral } from './parse-float.js';
import { parseIntLiteral } from './parse-int.js';
import { normInt, type PyInt } from './py-int.js';
import { roundFloat, roundFloatToInt, roundInt } from './round.js';

type Encoded = string | Encoded[];
type Outcome = { v: Encoded; e?: undefined } | { e: [string, string]; v?: undefined };
type Case = [op: string, args: Encoded[], outcome: Outcome];

const fixtures: { python: string; cases: Case[] } = JSON.parse(
  readFileSync(new URL('./number-fixtures.json', import.meta.url), 'utf8'),
);

type Value = PyInt | string | boolean | Uint8Array | PyStrCodePoints;

function decode(e: Encoded): Value {
  if (typeof e !== 'string') throw new Error('tuple arguments are not used');
  const body = e.slice(2);
  switch (e.slice(0, 2)) {
    case 'i:': return normInt(intFromPyHex(body));
    case 'f:': return floatFromBits(body);
    case 's:': return body;
    case 'b:': return bytesFromHex(body);
    case 'B:': return body === '1';
    case 'c:': return new PyStrCodePoints(JSON.parse(body) as number[]);
    case 'r:': {
      const [prefix, unit, count, suffix] = JSON.parse(body) as [string, string, number, string];
      return prefix + unit.repeat(count) + suffix;
    }
    default: throw new Error(`bad fixture value ${e}`);
  }
}

const view = new DataView(new ArrayBuffer(8));

function encFloat(x: number): string {
  view.setFloat64(0, x);
  return 'f:' + view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** An int as python's hex() writes it, or a complaint when it is not in canonical form. */
function encIntValue(v: PyInt): string {
  if (typeof v === 'bigint' && v >= -BigInt(Number.MAX_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)) {
    return `NOT CANONICAL: bigint ${v}`;
  }
  if (typeof v === 'number' && (!Number.isSafeInteger(v) || Object.is(v, -0))) return `NOT CANONICAL: number ${v}`;
  return v < 0 ? 'i:-0x' + (-v).toString(16) : 'i:0x' + v.toString(16);
}

function encBytes(b: Uint8Array): string {
  return 'b:' + Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

const int = (v: Value): PyInt => v as PyInt;
const num = (v: Value): number => v as number;
const str = (v: Value): string => v as string;
const text = (v: Value): string | PyStrCodePoints => v as string | PyStrCodePoints;

/** Each op: the kernel call on decoded arguments, its result encoded as the fixture encodes Python's. */
const OPS: Record<string, (a: Value[]) => Encoded> = {
  int_parse: (a) => encIntValue(parseIntLiteral(text(a[0]), num(a[1]))),
  float_parse: (a) => encFloat(parseFloatLiteral(text(a[0]))),
  float_hex: (a) => 's:' + floatHex(num(a[0])),
  float_fromhex: (a) => encFloat(floatFromHex(str(a[0]))),
  float_ratio: (a) => floatAsIntegerRatio(num(a[0])).map(encIntValue),
  float_is_integer: (a) => (floatIsInteger(num(a[0])) ? 'B:1' : 'B:0'),
  int_from_float: (a) => encIntValue(intFromFloat(num(a[0]))),
  float_from_int: (a) => encFloat(floatFromInt(int(a[0]))),
  truediv: (a) => encFloat(trueDivInt(int(a[0]), int(a[1]))),
  round_int: (a) => encIntValue(roundInt(int(a[0]), num(a[1]))),
  round_float_int: (a) => encIntValue(roundFloatToInt(num(a[0]))),
  round_float: (a) => encFloat(roundFloat(num(a[0]), num(a[1]))),
  bit_length: (a) => encIntValue(bitLengthInt(int(a[0]))),
  bit_count: (a) => encIntValue(bitCountInt(int(a[0]))),
  to_bytes: (a) => encBytes(intToBytes(int(a[0]), num(a[1]), str(a[2]), a[3] as boolean)),
  from_bytes: (a) => encIntValue(intFromBytes(a[0] as Uint8Array, str(a[1]), a[2] as boolean)),
  int_ratio: (a) => intAsIntegerRatio(int(a[0])).map(encIntValue),
  pow: (a) => {
    const r = powInt(int(a[0]), int(a[1]));
    return int(a[1]) < 0 ? encFloat(r as number) : encIntValue(r);
  },
  powmod: (a) => encIntValue(powModInt(int(a[0]), int(a[1]), int(a[2]))),
  add: (a) => encIntValue(addInt(int(a[0]), int(a[1]))),
  sub: (a) => encIntValue(subInt(int(a[0]), int(a[1]))),
  mul: (a) => encIntValue(mulInt(int(a[0]), int(a[1]))),
  floordiv: (a) => encIntValue(floorDivInt(int(a[0]), int(a[1]))),
  mod: (a) => encIntValue(modInt(int(a[0]), int(a[1]))),
  divmod: (a) => divmodInt(int(a[0]), int(a[1])).map(encIntValue),
  divmod_float: (a) => floatDivmod(num(a[0]), num(a[1])).map(encFloat),
  neg: (a) => encIntValue(negInt(int(a[0]))),
  abs: (a) => encIntValue(absInt(int(a[0]))),
  and: (a) => encIntValue(andInt(int(a[0]), int(a[1]))),
  or: (a) => encIntValue(orInt(int(a[0]), int(a[1]))),
  xor: (a) => encIntValue(xorInt(int(a[0]), int(a[1]))),
  invert: (a) => encIntValue(invertInt(int(a[0]))),
  lshift: (a) => encIntValue(lshiftInt(int(a[0]), int(a[1]))),
  rshift: (a) => encIntValue(rshiftInt(int(a[0]), int(a[1]))),
  cmp_int_float: (a) => {
    const r = compareIntFloat(int(a[0]), num(a[1]));
    return r !== r ? 's:nan' : encIntValue(r);
  },
  str: (a) => 's:' + intToDecimalString(int(a[0])),
  bin: (a) => 's:' + intBin(int(a[0])),
  oct: (a) => 's:' + intOct(int(a[0])),
  hex: (a) => 's:' + intHex(int(a[0])),
};

/** What the kernel does with the case, in the fixture's outcome form. */
function run(op: string, args: Encoded[]): Outcome {
  try {
    return { v: OPS[op]!(args.map(decode)) };
  } catch (e) {
    if (e instanceof KernelError) return { e: [e.pyType, e.message] };
    throw e;
  }
}

const short = (x: unknown): string => {
  const text = JSON.stringify(x);
  return text.length > 160 ? text.slice(0, 160) + '…' : text;
};

const byOp = new Map<string, Case[]>();
for (const c of fixtures.cases) {
  if (!byOp.has(c[0])) byOp.set(c[0], []);
  byOp.get(c[0])!.push(c);
}

describe(`numeric kernels match python3 ${fixtures.python}`, () => {
  it('covers every op the fixture has', () => {
    expect([...byOp.keys()].filter((op) => !(op in OPS))).toEqual([]);
  });

  for (const [op, cases] of byOp) {
    it(`${op} (${cases.length} cases)`, () => {
      const bad: string[] = [];
      for (const [, args, want] of cases) {
        const got = run(op, args);
        if (JSON.stringify(got) !== JSON.stringify(want) && bad.length < 10) {
          bad.push(`${short(args)}: got ${short(got)}, want ${short(want)}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});
