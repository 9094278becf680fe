// The compiler over the stdlib: our code objects against python3's for every
// top-level stdlib module, field by field (one python3 run for all of them).
// It measures progress — prints `modules identical / modules compared` and the
// commonest reasons for the rest — and fails only below the floor measured so far.
//
// python3 runs with PYTHONHASHSEED=0: the order of frozenset constants
// (`x in {'a', 'b'}`) follows str hashes, which are otherwise random per run.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { dumpCode, PYTHON_DUMP_SCRIPT, type CodeDump } from '../../shared/compiler/codegen-dump.js';
import { compileSource } from '../../shared/compiler/index.js';
import { describeWithPython3, python3Json, python3Output } from '../support/python3.js';

/** Modules identical when this suite was last raised; the suite fails below it. */
const FLOOR_IDENTICAL = 28;

/** python3's dump of each file, read as bytes (so the source encoding is honoured). */
function expectedDumps(stdlib: string, files: readonly string[]): (CodeDump | { error: string })[] {
  const script = PYTHON_DUMP_SCRIPT.replace('compile(src,', "compile(open(src,'rb').read(),");
  const env = { ...process.env, PYTHONHASHSEED: '0' };
  return python3Json(script, files.map((f) => [join(stdlib, f), f]), { env })!;
}

/** Why our result differs: the exception's message, or the first differing field. */
function reason(ours: CodeDump, theirs: CodeDump | { error: string }): string {
  if ('error' in theirs) return 'python3 rejects the file';
  if (ours.code !== theirs.code) return 'bytecode';
  const keys = Object.keys(theirs) as (keyof CodeDump)[];
  const key = keys.find((k) => k !== 'consts' && JSON.stringify(ours[k]) !== JSON.stringify(theirs[k]));
  return key ?? 'consts (or nested code)';
}

describeWithPython3('codegen over the stdlib', () => {
  it('reports modules identical / modules compared', () => {
    const stdlib = python3Output(['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'])!.trim();
    const files = readdirSync(stdlib).filter((f) => f.endsWith('.py')).sort();
    const expected = expectedDumps(stdlib, files);
    let same = 0;
    const reasons = new Map<string, number>();
    files.forEach((f, i) => {
      let why: string;
      try {
        const ours = dumpCode(compileSource(readFileSync(join(stdlib, f)), f));
        if (JSON.stringify(ours) === JSON.stringify(expected[i])) {
          same++;
          return;
        }
        why = reason(ours, expected[i]);
      } catch (e) {
        why = String((e as Error).message).replace(/ \(.*$/s, '').slice(0, 80);
      }
      reasons.set(why, (reasons.get(why) ?? 0) + 1);
    });
    console.log(`modules identical / modules compared: ${same} / ${files.length}`);
    console.log([...reasons].sort((a, b) => b[1] - a[1]).slice(0, 15));
    expect(same).toBeGreaterThanOrEqual(FLOOR_IDENTICAL);
  });
});
