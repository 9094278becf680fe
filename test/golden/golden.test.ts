// The golden set: hand-written programs, valid and invalid, whose expected
// `tokenize`, `tokenize -e` and `ast -a` output python3 produced.
//
// The programs live in programs/{valid,invalid}/ (stored byte for byte: odd
// encodings and line endings are the point); scripts/regenerate-golden.py runs
// the real python3 CLI on each and commits expected/<group>/<name>.json. This
// test needs no python3: it runs every program through our in-process
// programs and compares stdout, stderr and exit code with the expectation.
// A program edited without regenerating its expectation fails here too.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliResult, PROGRAMS, loadFrontEnd, runProgram } from '../corpus/frontend-api.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const GROUPS = ['valid', 'invalid'] as const;

/** What regenerate-golden.py writes: texts as lists of lines (joined with '\n' they are exact). */
interface StoredResult {
  exitCode: number;
  stdout: string[];
  stderr: string[];
}

type Expectation = { program: string; sha1: string; python: string } & Record<(typeof PROGRAMS)[number], StoredResult>;

function listPrograms(group: string): string[] {
  const dir = join(HERE, 'programs', group);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.py')).sort() : [];
}

function expectationPath(group: string, name: string): string {
  return join(HERE, 'expected', group, name.replace(/\.py$/, '.json'));
}

function stored(result: StoredResult): CliResult {
  return { exitCode: result.exitCode, stdout: result.stdout.join('\n'), stderr: result.stderr.join('\n') };
}

describe('golden set data', () => {
  it('has enough programs of each kind', () => {
    expect(listPrograms('valid').length).toBeGreaterThanOrEqual(45);
    expect(listPrograms('invalid').length).toBeGreaterThanOrEqual(30);
  });

  it('has an up-to-date expectation for every program and none for missing ones', () => {
    const problems: string[] = [];
    for (const group of GROUPS) {
      const names = listPrograms(group);
      for (const name of names) {
        const path = expectationPath(group, name);
        if (!existsSync(path)) { problems.push(`${group}/${name}: no expectation`); continue; }
        const bytes = readFileSync(join(HERE, 'programs', group, name));
        const digest = createHash('sha1').update(bytes).digest('hex');
        const expected = JSON.parse(readFileSync(path, 'utf8')) as Expectation;
        if (expected.sha1 !== digest) problems.push(`${group}/${name}: program changed since its expectation`);
      }
      const dir = join(HERE, 'expected', group);
      for (const json of existsSync(dir) ? readdirSync(dir) : []) {
        if (!names.includes(json.replace(/\.json$/, '.py'))) problems.push(`${group}/${json}: no such program`);
      }
    }
    expect(problems, 'run `npm run golden:expect` after changing programs').toEqual([]);
  });
});

for (const group of GROUPS) {
  describe(`golden ${group} programs`, () => {
    for (const name of listPrograms(group)) {
      const path = expectationPath(group, name);
      if (!existsSync(path)) continue;
      const expected = JSON.parse(readFileSync(path, 'utf8')) as Expectation;
      const bytes = readFileSync(join(HERE, 'programs', group, name));
      for (const program of PROGRAMS) {
        it(`${name} ${program}`, async () => {
          const frontEnd = await loadFrontEnd();
          const actual = await runProgram(frontEnd, program, bytes, basename(name));
          // stdout first: the most telling difference shows up as a line diff.
          expect(actual.stdout).toBe(stored(expected[program]).stdout);
          expect(actual).toEqual(stored(expected[program]));
        });
      }
    }
  });
}
