// Checks the bytes method kernels against bytes-fixtures.json, which
// scripts/generate-bytes-fixtures.py writes from python3's own bytes methods
// (every method and argument shape over varied inputs, errors included).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesFromHex as hexToBytes } from '../../../test/support/fixture-values.js';
import { KernelError } from '../py-error.js';
import {
  bytesCapitalize, bytesIsAlnum, bytesIsAlpha, bytesIsAscii, bytesIsDigit, bytesIsLower, bytesIsSpace,
  bytesIsTitle, bytesIsUpper, bytesLower, bytesSwapcase, bytesTitle, bytesUpper,
} from './bytes-case.js';
import { bytesFromHex, bytesHex } from './bytes-hex.js';
import {
  bytesCount, bytesEndsWith, bytesFind, bytesIndex, bytesRfind, bytesRindex, bytesStartsWith,
} from './bytes-search.js';
import { bytesPartition, bytesRpartition, bytesRsplit, bytesSplit, bytesSplitlines } from './bytes-split.js';
import {
  bytesCenter, bytesExpandtabs, bytesFillByte, bytesLjust, bytesLstrip, bytesRemovePrefix, bytesRemoveSuffix,
  bytesReplace, bytesRjust, bytesRstrip, bytesStrip, bytesTranslate, bytesZfill,
} from './bytes-transform.js';

type Outcome = { r?: unknown; e?: [string, string] };
type Case = [method: string, inputIndex: number, args: unknown[], outcome: Outcome];

const fixtures: { inputs: string[]; cases: Case[] } = JSON.parse(
  readFileSync(new URL('./bytes-fixtures.json', import.meta.url), 'utf8'),
);

/** Fixture value to kernel argument: {b: hex} is bytes, null is "not given". */
function decode(v: unknown): unknown {
  if (v === null) return undefined;
  if (typeof v === 'object' && !Array.isArray(v)) return hexToBytes((v as { b: string }).b);
  return v;
}

/** Kernel result to fixture form. */
function encode(v: unknown): unknown {
  if (v instanceof Uint8Array) return { b: Buffer.from(v).toString('hex') };
  if (Array.isArray(v)) return v.map(encode);
  return v;
}

/** center/ljust/rjust: the engine validates the fill argument with bytesFillByte. */
function padWith(kernel: (d: Uint8Array, w: number, f?: number) => Uint8Array, name: string) {
  return (d: Uint8Array, width: number, fill?: Uint8Array | string): Uint8Array => {
    if (fill === undefined) return kernel(d, width);
    const typeName = typeof fill === 'string' ? 'str' : fill.length === 0 ? 'bytearray' : 'bytes';
    return kernel(d, width, bytesFillByte(name, typeof fill === 'string' ? null : fill, typeName));
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const METHODS: Record<string, (d: Uint8Array, ...args: any[]) => unknown> = {
  find: bytesFind, rfind: bytesRfind, index: bytesIndex, rindex: bytesRindex, count: bytesCount,
  startswith: bytesStartsWith, endswith: bytesEndsWith, replace: bytesReplace,
  split: bytesSplit, rsplit: bytesRsplit, splitlines: bytesSplitlines, partition: bytesPartition,
  rpartition: bytesRpartition, strip: bytesStrip, lstrip: bytesLstrip, rstrip: bytesRstrip,
  removeprefix: bytesRemovePrefix, removesuffix: bytesRemoveSuffix,
  center: padWith(bytesCenter, 'center'), ljust: padWith(bytesLjust, 'ljust'), rjust: padWith(bytesRjust, 'rjust'),
  zfill: bytesZfill, expandtabs: bytesExpandtabs,
  translate: (d: Uint8Array, table?: Uint8Array, remove?: Uint8Array) => bytesTranslate(d, table ?? null, remove),
  // The engine passes a bytes separator decoded as Latin-1.
  hex: (d: Uint8Array, sep?: string | Uint8Array, per?: number) =>
    bytesHex(d, sep instanceof Uint8Array ? String.fromCharCode(...sep) : sep, per),
  upper: bytesUpper, lower: bytesLower, capitalize: bytesCapitalize, title: bytesTitle, swapcase: bytesSwapcase,
  isalpha: bytesIsAlpha, isdigit: bytesIsDigit, isalnum: bytesIsAlnum, isspace: bytesIsSpace,
  islower: bytesIsLower, isupper: bytesIsUpper, istitle: bytesIsTitle, isascii: bytesIsAscii,
  fromhex: (_d: Uint8Array, text: string) => bytesFromHex(text),
};

function check([method, index, args, want]: Case): string | null {
  const data = index < 0 ? new Uint8Array(0) : hexToBytes(fixtures.inputs[index]!);
  let got: Outcome;
  try {
    got = { r: encode(METHODS[method]!(data, ...args.map(decode))) };
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    got = { e: [e.pyType, e.message] };
  }
  try {
    expect(got).toEqual(want);
    return null;
  } catch {
    return `${fixtures.inputs[index] ?? ''}.${method}(${JSON.stringify(args).slice(1, -1)}): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
  }
}

describe('bytes method kernels match python3', () => {
  const byMethod = new Map<string, Case[]>();
  for (const c of fixtures.cases) {
    if (!byMethod.has(c[0])) byMethod.set(c[0], []);
    byMethod.get(c[0])!.push(c);
  }
  for (const [method, cases] of byMethod) {
    it(`${method} (${cases.length} cases)`, () => {
      const bad: string[] = [];
      for (const c of cases) {
        const problem = check(c);
        if (problem !== null && bad.length < 10) bad.push(problem);
      }
      expect(bad).toEqual([]);
    });
  }
});
