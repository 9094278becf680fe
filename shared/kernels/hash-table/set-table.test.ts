// Replays the programs of set-table-fixtures.json (written from python3 by
// scripts/generate-set-table-fixtures.py) on SetTable, driving it as
// set-table.ts says the engine must for each CPython entry point, and checks
// the iteration order after every step, what pop() returns, hash(frozenset)
// and the order of sets past 50000 items. Also checks, without python3, when
// the equality callback is called.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeWithPython3, python3Output } from '../../../test/support/python3.js';
import { HASH, hashSmallInt, hashToNumberOrBigint } from '../hash.js';
import { KernelError } from '../py-error.js';
import { decodeKey, keysEqual, type EncodedValue, type FixtureKey } from './fixture-keys.js';
import { SetTable } from './set-table.js';

type Kind = 'list' | 'dict' | 'set';
type Op =
  | ['add' | 'discard', number, number] | ['pop' | 'clear' | 'fhash', number]
  | ['update' | 'new', number, Kind, number | number[]] | ['copy', number, number]
  | ['binop', number, '|' | '&' | '-' | '^', number, number] | ['inplace', number, '|=' | '&=' | '-=' | '^=', number]
  | ['method', number, string, number, Kind, number | number[]] | ['method_update', number, string, Kind, number | number[]];

interface Program { pool: EncodedValue[]; ops: Op[]; expect: (number[] | number | string)[][] }
interface Fixtures { programs: Program[]; big: [number, number, number, number, number[]][] }

const fixtureText = readFileSync(new URL('./set-table-fixtures.json', import.meta.url), 'utf8');
const fixtures: Fixtures = JSON.parse(fixtureText);
const root = fileURLToPath(new URL('../../../', import.meta.url));

type Table = SetTable<FixtureKey>;
const newTable = (): Table => new SetTable<FixtureKey>(keysEqual);

/** An iterable argument: pool keys in order, deduplicated as dict.fromkeys does for a dict. */
function iterableKeys(pool: FixtureKey[], kind: Kind, indices: number[]): FixtureKey[] {
  const keys = indices.map((i) => pool[i]!);
  if (kind !== 'dict') return keys;
  const out: FixtureKey[] = [];
  for (const k of keys) if (!out.some((kept) => kept === k || (kept.lo === k.lo && kept.hi === k.hi && keysEqual(kept, k)))) out.push(k);
  return out;
}

/** set_update_internal with an iterable or dict argument. */
function updateFrom(t: Table, keys: FixtureKey[], kind: Kind): void {
  if (kind === 'dict') t.reserveForMerge(keys.length);
  for (const k of keys) t.add(k, k.lo, k.hi);
}

/** A new table built from a set variable, a dict or a list, as set(x) builds one. */
function tableOf(S: Table[], pool: FixtureKey[], kind: Kind, arg: number | number[]): Table {
  if (kind === 'set') return S[arg as number]!.copy();
  const t = newTable();
  updateFrom(t, iterableKeys(pool, kind, arg as number[]), kind);
  return t;
}

/** s.intersection(iterable): stops once the result is as large as s. */
function intersectionOfIterable(s: Table, keys: FixtureKey[]): Table {
  const r = newTable();
  for (const k of keys) {
    if (s.contains(k, k.lo, k.hi)) {
      r.add(k, k.lo, k.hi);
      if (r.size >= s.size) break;
    }
  }
  return r;
}

function differenceUpdateIterable(s: Table, keys: FixtureKey[]): void {
  for (const k of keys) s.discard(k, k.lo, k.hi);
  s.purgeDummies();
}

function symmetricDifferenceUpdateDict(s: Table, keys: FixtureKey[]): void {
  for (const k of keys) if (s.discard(k, k.lo, k.hi) === null) s.add(k, k.lo, k.hi);
}

/** Runs a method with a set, dict or list argument as CPython's set methods do. */
function method(S: Table[], pool: FixtureKey[], s: Table, name: string, kind: Kind, arg: number | number[]): Table {
  const other = kind === 'set' ? S[arg as number]! : null;
  const keys = other === null ? iterableKeys(pool, kind, arg as number[]) : [];
  switch (name) {
    case 'union': {
      const r = s.copy();
      if (other !== null) { if (other !== s) r.merge(other); } else updateFrom(r, keys, kind);
      return r;
    }
    case 'intersection':
      return other !== null ? s.intersection(other) : intersectionOfIterable(s, keys);
    case 'difference': {
      if (other !== null) return s.difference(other);
      if (kind === 'dict' && !(s.size >> 2 > keys.length)) {
        return s.differenceBy((k, lo, hi) => keys.some((d) => d === k || (d.lo === lo && d.hi === hi && keysEqual(d, k))));
      }
      const r = s.copy();
      differenceUpdateIterable(r, keys);
      return r;
    }
    case 'symmetric_difference': {
      const r = tableOf(S, pool, kind, arg);
      r.symmetricDifferenceUpdate(s);
      return r;
    }
  }
  throw new Error(name);
}

function methodUpdate(S: Table[], pool: FixtureKey[], t: number, name: string, kind: Kind, arg: number | number[]): void {
  const s = S[t]!;
  const other = kind === 'set' ? S[arg as number]! : null;
  const keys = other === null ? iterableKeys(pool, kind, arg as number[]) : [];
  switch (name) {
    case 'intersection_update':
      s.swapBodies(other !== null ? s.intersection(other) : intersectionOfIterable(s, keys));
      return;
    case 'difference_update':
      if (other !== null) s.differenceUpdate(other); else differenceUpdateIterable(s, keys);
      return;
    case 'symmetric_difference_update':
      if (other !== null) s.symmetricDifferenceUpdate(other);
      else if (kind === 'dict') symmetricDifferenceUpdateDict(s, keys);
      else s.symmetricDifferenceUpdate(tableOf(S, pool, kind, arg));
      return;
  }
  throw new Error(name);
}

/** Runs one program; the first step whose outcome differs from python3's, or null. */
function replay(program: Program): string | null {
  const pool = program.pool.map(decodeKey);
  const index = new Map(pool.map((k, i) => [k, i]));
  const S: Table[] = [newTable(), newTable(), newTable(), newTable()];
  for (let n = 0; n < program.ops.length; n++) {
    const op = program.ops[n]!;
    const t = op[1];
    const extra: (number | string)[] = [];
    switch (op[0]) {
      case 'add': { const k = pool[op[2]]!; S[t]!.add(k, k.lo, k.hi); break; }
      case 'discard': { const k = pool[op[2]]!; S[t]!.discard(k, k.lo, k.hi); break; }
      case 'pop':
        try {
          extra.push(index.get(S[t]!.pop())!);
        } catch (e) {
          if (!(e instanceof KernelError) || e.pyType !== 'KeyError') throw e;
          extra.push(-1, e.message);
        }
        break;
      case 'clear': S[t]!.clear(); break;
      case 'fhash': S[t]!.copy().hash(); extra.push(String(hashToNumberOrBigint(HASH[1]!, HASH[0]!))); break;
      case 'update':
        if (op[2] === 'set') S[t]!.merge(S[op[3] as number]!);
        else updateFrom(S[t]!, iterableKeys(pool, op[2], op[3] as number[]), op[2]);
        break;
      case 'new': S[t] = tableOf(S, pool, op[2], op[3]); break;
      case 'copy': S[t] = S[op[2]]!.copy(); break;
      case 'binop': {
        const a = S[op[3]]!, b = S[op[4]]!;
        if (op[2] === '|') { const r = a.copy(); if (a !== b) r.merge(b); S[t] = r; }
        else if (op[2] === '&') S[t] = a.intersection(b);
        else if (op[2] === '-') S[t] = a.difference(b);
        else S[t] = a.symmetricDifference(b);
        break;
      }
      case 'inplace': {
        const a = S[t]!, b = S[op[3]]!;
        if (op[2] === '|=') a.merge(b);
        else if (op[2] === '&=') a.swapBodies(a.intersection(b));
        else if (op[2] === '-=') a.differenceUpdate(b);
        else a.symmetricDifferenceUpdate(b);
        break;
      }
      case 'method': S[t] = method(S, pool, S[op[3]]!, op[2], op[4], op[5]); break;
      case 'method_update': methodUpdate(S, pool, t, op[2], op[3], op[4]); break;
    }
    const got = JSON.stringify([S[t]!.toArray().map((k) => index.get(k)!), ...extra]);
    const want = JSON.stringify(program.expect[n]);
    if (got !== want) return `step ${n} ${JSON.stringify(op).slice(0, 60)}: ${got.slice(0, 200)} != ${want.slice(0, 200)}`;
    if (S[t]!.size !== (program.expect[n]![0] as number[]).length) return `step ${n}: size ${S[t]!.size}`;
  }
  return null;
}

/** The same checksum of an iteration order as the generator's. */
function checksum(t: SetTable<number>): number {
  let h = 0;
  for (const v of t.toArray()) h = (Math.imul(h, 1000003) + v) | 0;
  return h >>> 0;
}

describe('SetTable matches python3 sets', () => {
  it(`random programs (${fixtures.programs.length}, ${fixtures.programs.reduce((n, p) => n + p.ops.length, 0)} steps)`, () => {
    const bad: string[] = [];
    fixtures.programs.forEach((p, i) => {
      const problem = replay(p);
      if (problem !== null && bad.length < 5) bad.push(`program ${i}: ${problem}`);
    });
    expect(bad).toEqual([]);
  });

  it('sets past 50000 items', () => {
    const ident = (a: number, b: number): boolean => a === b;
    for (const [count, mult, step, pops, sums] of fixtures.big) {
      const s = new SetTable<number>(ident);
      const add = (t: SetTable<number>, v: number): void => { hashSmallInt(v); t.add(v, HASH[0]!, HASH[1]!); };
      for (let i = 0; i < count; i++) add(s, i * mult);
      const got = [checksum(s)];
      for (let i = 0; i < count; i += step) { hashSmallInt(i * mult); s.discard(i * mult, HASH[0]!, HASH[1]!); }
      got.push(checksum(s));
      for (let i = 0; i < pops; i++) s.pop();
      got.push(checksum(s));
      got.push(checksum(s.copy()));
      for (let v = 0; v < count * mult; v += mult * 3) add(s, v);
      got.push(checksum(s));
      expect(got, `count ${count}`).toEqual(sums);
    }
  });
});

describe('SetTable equality callback', () => {
  it('is asked only about keys of equal hash that are not identical', () => {
    const calls: [string, string][] = [];
    const t = new SetTable<{ v: string }>((a, b) => { calls.push([a.v, b.v]); return a.v === b.v; });
    const a = { v: 'a' }, a2 = { v: 'a' }, b = { v: 'b' };
    t.add(a, 5, 0);
    t.add(b, 13, 0); // same home slot as a in an 8-slot table, another hash
    t.add(a, 5, 0); // identical
    expect(calls).toEqual([]);
    expect(t.add(a2, 5, 0)).toBe(false);
    expect(calls).toEqual([['a', 'a']]);
    expect(t.contains(b, 13, 0)).toBe(true);
    expect(t.size).toBe(2);
  });

  it('restarts a lookup when the callback mutates the table', () => {
    const t: SetTable<number> = new SetTable<number>((x, y) => {
      if (x === 1 && t.size === 2) t.discard(1, 1, 0); // remove the key being compared
      return false;
    });
    t.add(1, 1, 0);
    t.add(2, 2, 0);
    expect(t.add(3, 1, 0)).toBe(true);
    expect(t.toArray()).toEqual([3, 2]);
  });
});

describeWithPython3('set-table fixtures', () => {
  it('are what the generator writes', () => {
    expect(python3Output(['scripts/generate-set-table-fixtures.py', '--stdout'], { cwd: root })).toBe(fixtureText);
  });
});
