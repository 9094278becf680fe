// The compiler over the stdlib: our code objects against python3's for every
// stdlib module (site-packages aside), field by field, python3 run in batches.
// It measures progress — prints `modules identical / modules compared` for the
// top-level modules and for all of them, with the commonest reasons for the
// rest — and fails only below the floors measured so far.
//
// python3 runs with PYTHONHASHSEED=0, each file in a fresh (forked) process:
// the order of frozenset constants (`x in {'a', 'b'}`) follows str hashes,
// otherwise random per run, and which strings are already interned.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dumpCode, PYTHON_DUMP_SCRIPT, type CodeDump } from '../../shared/compiler/codegen-dump.js';
import { compileSource } from '../../shared/compiler/index.js';
import { describeWithPython3, python3Json, python3Output } from '../support/python3.js';
import { CORPUS_THRESHOLDS } from './thresholds.js';

/** Modules identical when this suite was last raised (top level, all); the suite fails below them. */
const FLOOR_TOP_LEVEL = CORPUS_THRESHOLDS.codegen.topLevel;
const FLOOR_ALL = CORPUS_THRESHOLDS.codegen.all;

/** Files per python3 run, to keep each JSON answer small. */
const BATCH = 150;

/** python3's dump of each file, read as bytes (so the source encoding is honoured). */
function expectedDumps(stdlib: string, files: readonly string[]): (CodeDump | { error: string })[] {
  const script = 'import warnings\nwarnings.simplefilter("ignore")\n'
    + PYTHON_DUMP_SCRIPT.replace('compile(src,', "compile(open(src,'rb').read(),");
  const env = { ...process.env, PYTHONHASHSEED: '0', PYWB_FRESH_COMPILE: '1' };
  const out: (CodeDump | { error: string })[] = [];
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH).map((f) => [join(stdlib, f), f]);
    out.push(...python3Json<(CodeDump | { error: string })[]>(script, batch, { env })!);
  }
  return out;
}

/** Every .py file under `dir` (relative, sorted), site-packages left out. */
function pythonFiles(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.py') && !f.startsWith('site-packages'));
  return files.sort();
}

/** The first field that differs, depth first through nested code objects: "bytecode", "consts", ... */
function firstDifference(ours: CodeDump, theirs: CodeDump): string | null {
  if (ours.code !== theirs.code) return 'bytecode';
  const n = Math.max(ours.consts.length, theirs.consts.length);
  for (let i = 0; i < n; i++) {
    const a = ours.consts[i];
    const b = theirs.consts[i];
    if (typeof a === 'object' && typeof b === 'object') {
      const inner = firstDifference(a, b);
      if (inner !== null) return inner;
    } else if (a !== b) return typeof a === 'string' && a.startsWith('frozenset') ? 'frozenset order' : 'consts';
  }
  const keys = Object.keys(theirs) as (keyof CodeDump)[];
  return keys.find((k) => k !== 'consts' && JSON.stringify(ours[k]) !== JSON.stringify(theirs[k])) ?? null;
}

/** Why our result differs: python3 rejecting the file, or the first differing field. */
function reason(ours: CodeDump, theirs: CodeDump | { error: string }): string {
  if ('error' in theirs) return 'python3 rejects the file';
  return firstDifference(ours, theirs) ?? 'dump order';
}

describeWithPython3('codegen over the stdlib', () => {
  it('reports modules identical / modules compared', () => {
    const stdlib = python3Output(['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'])!.trim();
    const files = pythonFiles(stdlib);
    const expected = expectedDumps(stdlib, files);
    const tally = { top: [0, 0], all: [0, 0] };
    const reasons = new Map<string, string[]>();
    files.forEach((f, i) => {
      const theirs = expected[i];
      const topLevel = !f.includes('/') && !f.includes('\\');
      const outcome = compare(join(stdlib, f), f, theirs);
      // A file python3 rejects counts as identical when we reject it too.
      if (outcome === 'same' || (outcome === 'error' && 'error' in theirs)) {
        tally.all[0]++;
        if (topLevel) tally.top[0]++;
      } else reasons.set(outcome, [...(reasons.get(outcome) ?? []), f]);
      tally.all[1]++;
      if (topLevel) tally.top[1]++;
    });
    console.log(`top-level modules identical / modules compared: ${tally.top[0]} / ${tally.top[1]}`);
    console.log(`all modules identical / modules compared: ${tally.all[0]} / ${tally.all[1]}`);
    const commonest = [...reasons].sort((a, b) => b[1].length - a[1].length).slice(0, 15);
    for (const [why, where] of commonest) console.log(`${where.length} ${why}: ${where.slice(0, 8).join(' ')}`);
    expect(tally.top[0]).toBeGreaterThanOrEqual(FLOOR_TOP_LEVEL);
    expect(tally.all[0]).toBeGreaterThanOrEqual(FLOOR_ALL);
  });
});

/** 'same', 'error' when we reject the file, or why our code objects differ. */
function compare(path: string, name: string, theirs: CodeDump | { error: string }): string {
  let ours: CodeDump;
  try {
    ours = dumpCode(compileSource(readFileSync(path), name));
  } catch (e) {
    return 'error' in theirs ? 'error' : String((e as Error).message).replace(/ \(.*$/s, '').slice(0, 80);
  }
  if (JSON.stringify(ours) === JSON.stringify(theirs)) return 'same';
  return reason(ours, theirs);
}
