// Checks the str method kernels against str-fixtures.json, which
// scripts/generate-str-fixtures.py writes from python3's own str methods
// (every method and argument shape over a varied set of strings, errors
// included; translate also checks the order of table lookups).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KernelError } from '../py-error.js';
import { strCapitalize, strCasefold, strLower, strSwapcase, strTitle, strUpper } from './str-case.js';
import { strCenter, strExpandtabs, strLjust, strRjust, strZfill } from './str-pad.js';
import {
  strIsAlnum, strIsAlpha, strIsAscii, strIsDecimal, strIsDigit, strIsIdentifier, strIsLower, strIsNumeric,
  strIsPrintable, strIsSpace, strIsTitle, strIsUpper,
} from './str-predicates.js';
import {
  strCount, strEndsWith, strFind, strIndex, strRfind, strRindex, strStartsWith,
} from './str-search.js';
import { strPartition, strRpartition, strRsplit, strSplit, strSplitlines } from './str-split.js';
import { strTranslate } from './str-translate.js';
import {
  strLstrip, strRemovePrefix, strRemoveSuffix, strReplace, strRstrip, strStrip,
} from './str-transform.js';

type Outcome = { r?: unknown; e?: [string, string]; log?: number[] };
type Case = [method: string, stringIndex: number, args: unknown[], outcome: Outcome];

const fixtures: { strings: string[]; cases: Case[] } = JSON.parse(
  readFileSync(new URL('./str-fixtures.json', import.meta.url), 'utf8'),
);

// Kernel per method; arguments arrive as Python passed them, None as undefined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const METHODS: Record<string, (s: string, ...args: any[]) => unknown> = {
  find: strFind, rfind: strRfind, index: strIndex, rindex: strRindex, count: strCount,
  startswith: strStartsWith, endswith: strEndsWith, replace: strReplace,
  split: strSplit, rsplit: strRsplit, splitlines: strSplitlines, partition: strPartition, rpartition: strRpartition,
  strip: strStrip, lstrip: strLstrip, rstrip: strRstrip, removeprefix: strRemovePrefix, removesuffix: strRemoveSuffix,
  center: strCenter, ljust: strLjust, rjust: strRjust, zfill: strZfill, expandtabs: strExpandtabs,
  upper: strUpper, lower: strLower, casefold: strCasefold, capitalize: strCapitalize, title: strTitle,
  swapcase: strSwapcase,
  isalpha: strIsAlpha, isdigit: strIsDigit, isdecimal: strIsDecimal, isnumeric: strIsNumeric, isalnum: strIsAlnum,
  isspace: strIsSpace, isprintable: strIsPrintable, isidentifier: strIsIdentifier, islower: strIsLower,
  isupper: strIsUpper, istitle: strIsTitle, isascii: strIsAscii,
};

/** Runs one case; returns a description of the mismatch, or null. */
function check([method, index, args, want]: Case): string | null {
  const s = fixtures.strings[index]!;
  let got: Outcome;
  const log: number[] = [];
  try {
    if (method === 'translate') {
      const table = new Map<number, number | string | null>(args[0] as [number, number | string | null][]);
      got = { r: strTranslate(s, (cp) => (log.push(cp), table.get(cp))), log };
    } else {
      got = { r: METHODS[method]!(s, ...args.map((a) => (a === null ? undefined : a))) };
    }
  } catch (e) {
    if (!(e instanceof KernelError)) throw e;
    got = { e: [e.pyType, e.message] };
    if (method === 'translate') got.log = log;
  }
  try {
    expect(got).toEqual(want);
    return null;
  } catch {
    return `${JSON.stringify(s)}.${method}(${JSON.stringify(args).slice(1, -1)}): got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`;
  }
}

describe('str method kernels match python3', () => {
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
