// Checks the location table, the exception table and the localsplus views
// against the code objects python3 compiles: every 5th module at the top of
// its stdlib plus a few sources built to reach the rarer encodings. For each
// code object, decoding equals co_positions()/co_lines()/findlinestarts and
// dis._parse_exception_table, re-encoding gives the same bytes, and the
// views derived from localsplus equal co_varnames/co_cellvars/co_freevars.
// scripts/dump-code-objects.py describes python3's side in one run.

import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeWithPython3, python3JsonAsync } from '../../test/support/python3.js';
import { type CodeObject, isCodeObject } from './code.js';
import { coCellvars, coFreevars, coNlocals, coVarnames, instructionSpans, varnameFromOparg } from './code-views.js';
import {
  decodeExceptionTable, encodeExceptionTable, ExceptionTableWriter, findHandler, type ExceptionHandler,
} from './exception-table.js';
import {
  decodeLineRanges, decodePositions, findLineStarts, lineAt, LocationTableWriter, NO_LOCATION,
} from './location-table.js';
import { marshalLoads } from './marshal.js';

interface CodeDump {
  name: string;
  firstlineno: number;
  code: string;
  linetable: string;
  exceptiontable: string;
  positions: (number | null)[][];
  lines: (number | null)[][];
  linestarts: number[][];
  exceptions: [number, number, number, number, boolean][];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  nlocals: number;
  localsplus: string[];
}
interface ModuleDump {
  file: string;
  marshal: string;
  codes: CodeDump[];
}

/** Sources that reach what the stdlib sample may not: wide columns, big line jumps, long instructions, deep handlers. */
const SOURCES = [
  `x = ${'1 + '.repeat(60)}1\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\ny = 2\n`,
  `def f(a, b):\n    def g():\n        return a\n    ${'aaaaaaaaaa = '.repeat(14)}b.method(\n        1,\n        2)\n    return g\n`,
  `t = (${Array.from({ length: 300 }, (_, i) => `v${i}`).join(', ')})\n`,
  `async def h():\n    try:\n        async with a as b:\n            try:\n                pass\n            except* E:\n                raise\n    finally:\n        async for q in r:\n            await q\n`,
  `class C:\n    def m(self):\n        return __class__\n\nif x:\n${'    y += 1\n'.repeat(5)}\n\n\n\n` + '\n'.repeat(3000) + 'z = 1\n',
];

let modules: ModuleDump[] = [];
const fromHex = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
const allCodes = (): CodeDump[] => modules.flatMap((m) => m.codes);
const orNone = (value: number): number | null => (value === NO_LOCATION ? null : value);

describeWithPython3('code object tables against python3', () => {
  beforeAll(async () => {
    const script = fileURLToPath(new URL('../../scripts/dump-code-objects.py', import.meta.url));
    modules = await python3JsonAsync<ModuleDump[]>([script], { every: 5, sources: SOURCES });
  }, 120_000);

  it('decodes co_linetable to co_positions(), co_lines() and findlinestarts', () => {
    for (const co of allCodes()) {
      const table = fromHex(co.linetable);
      const p = decodePositions(table, co.firstlineno);
      const positions = Array.from({ length: p.length }, (_, i) =>
        [p.lineno[i], p.endLineno[i], p.col[i], p.endCol[i]].map(orNone));
      // Compared as JSON text: toEqual on ~10^5 small arrays dominates the run otherwise.
      expect(JSON.stringify(positions), co.name).toBe(JSON.stringify(co.positions));
      const lines = decodeLineRanges(table, co.firstlineno).map((r) => [r.start, r.end, orNone(r.line)]);
      expect(JSON.stringify(lines), co.name).toBe(JSON.stringify(co.lines));
      expect(findLineStarts(table, co.firstlineno), co.name).toEqual(co.linestarts);
      const mid = p.length >> 1;
      expect(lineAt(table, co.firstlineno, mid)).toBe(p.lineno[mid]);
    }
  });

  it('re-encodes co_linetable byte for byte from per-instruction positions', () => {
    let instructions = 0;
    for (const co of allCodes()) {
      const table = fromHex(co.linetable);
      const p = decodePositions(table, co.firstlineno);
      const writer = new LocationTableWriter(co.firstlineno);
      for (const span of instructionSpans(fromHex(co.code))) {
        const u = span.start;
        writer.add(span.units, p.lineno[u], p.endLineno[u], p.col[u], p.endCol[u]);
        instructions++;
      }
      expect(Buffer.from(writer.finish()).toString('hex'), co.name).toBe(co.linetable);
    }
    expect(instructions).toBeGreaterThan(50_000);
  });

  it('decodes co_exceptiontable as dis._parse_exception_table and re-encodes it', () => {
    let entries = 0;
    for (const co of allCodes()) {
      const table = fromHex(co.exceptiontable);
      const decoded = decodeExceptionTable(table);
      const inBytes = decoded.map((e) => [e.start * 2, e.end * 2, e.target * 2, e.depth, e.lasti]);
      expect(inBytes, co.name).toEqual(co.exceptions);
      expect(Buffer.from(encodeExceptionTable(decoded)).toString('hex'), co.name).toBe(co.exceptiontable);
      entries += decoded.length;
    }
    expect(entries).toBeGreaterThan(500);
  });

  it('writes co_exceptiontable from per-instruction handlers as the assembler does', () => {
    const found = { target: 0, depth: 0, lasti: false };
    for (const co of allCodes()) {
      const table = fromHex(co.exceptiontable);
      const decoded = decodeExceptionTable(table);
      const handlers: ExceptionHandler[] = decoded.map(({ target, depth, lasti }) => ({ target, depth, lasti }));
      const writer = new ExceptionTableWriter();
      for (const span of instructionSpans(fromHex(co.code))) {
        const i = decoded.findIndex((e) => e.start <= span.start && span.start < e.end);
        writer.add(span.units, i < 0 ? null : handlers[i]);
        const hit = findHandler(table, span.opUnit, found);
        if ((hit ? found.target : -1) !== (i < 0 ? -1 : decoded[i].target)) {
          expect({ code: co.name, unit: span.opUnit, hit, target: found.target }).toEqual({ code: co.name, unit: span.opUnit, entry: decoded[i] });
        }
      }
      expect(Buffer.from(writer.finish()).toString('hex'), co.name).toBe(co.exceptiontable);
    }
  });

  it('derives co_varnames, co_cellvars, co_freevars, co_nlocals and slot names from localsplus', () => {
    for (const m of modules) {
      const loaded = marshalLoads(fromHex(m.marshal));
      if (!isCodeObject(loaded)) throw new Error(`${m.file}: marshal did not give a code object`);
      const ours: CodeObject[] = [];
      const walk = (co: CodeObject): void => {
        ours.push(co);
        for (const c of co.co_consts) if (isCodeObject(c)) walk(c);
      };
      walk(loaded);
      expect(ours.length, m.file).toBe(m.codes.length);
      ours.forEach((co, i) => {
        const want = m.codes[i];
        const got = { varnames: coVarnames(co), cellvars: coCellvars(co), freevars: coFreevars(co), nlocals: coNlocals(co) };
        expect(got, want.name).toEqual({ varnames: want.varnames, cellvars: want.cellvars, freevars: want.freevars, nlocals: want.nlocals });
        expect(want.localsplus.map((_, slot) => varnameFromOparg(co, slot)), want.name).toEqual(want.localsplus);
      });
    }
  });
});

// Properties that need no python3: what is written reads back unchanged.
describe('table round trips', () => {
  it('exception entries with values in every varint width read back', () => {
    const entries = [0, 63, 64, 4095, 4096, (1 << 18) + 5, (1 << 24) + 7, (1 << 30) - 1].map((v, i) => ({
      start: v, end: v + i + 1, target: (1 << 30) - 1 - v, depth: v >> 4, lasti: i % 2 === 0,
    }));
    expect(decodeExceptionTable(encodeExceptionTable(entries))).toEqual(entries);
  });
  it('locations of every form, split every 8 units, read back per code unit', () => {
    const instructions = [
      [1, 3, 3, 0, 5], [11, 3, 3, 79, 94], [2, 4, 4, 127, 0], [3, 6, 6, 200, 210], [20, 2, 9, 4, 1],
      [1, NO_LOCATION, NO_LOCATION, NO_LOCATION, NO_LOCATION], [2, 5000, 5000, NO_LOCATION, NO_LOCATION],
      [1, 7, 8, NO_LOCATION, NO_LOCATION], [9, 1, 1, 0, 0],
    ];
    const writer = new LocationTableWriter(3);
    for (const [units, ...where] of instructions) writer.add(units, where[0], where[1], where[2], where[3]);
    const p = decodePositions(writer.finish(), 3);
    const expected = instructions.flatMap(([units, ...where]) => Array.from({ length: units }, () => where));
    const got = Array.from({ length: p.length }, (_, i) => [p.lineno[i], p.endLineno[i], p.col[i], p.endCol[i]]);
    expect(got).toEqual(expected);
  });
});
