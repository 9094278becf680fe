// Fuzzing the front end with mutated real programs (part of `npm test`, a few seconds).
//
// Sources are a seeded sample of python3's stdlib files, or the golden programs
// when python3 is absent. Each mutant must either parse to a Mod or raise a
// PySyntaxError: any other JavaScript exception (a TypeError from a missing
// check, a RangeError from runaway recursion) is a bug. `tokenize` must return
// normally whatever the input, since python's tokenize reports its errors as
// text. Failures name the seed and the edits; the mutants are written to
// .corpus-cache/fuzz-failures/ to replay. FUZZ_SEED=n explores other seeds.
// Whether our errors agree with python3's is the slower mutants.corpus suite.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FrontEnd, loadFrontEnd } from '../corpus/frontend-api.js';
import { type StdlibListing, pythonVersion, referenceSync } from '../corpus/python-reference.js';
import { type Mutant, mutate, sample } from './mutate.js';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 3_110_007);
const SOURCE_FILES = 40;
const MUTANTS_PER_FILE = 5;
/** Small files keep the suite fast; big ones add little a small one does not. */
const MAX_SOURCE_BYTES = 16_000;
const FAILURE_DIR = fileURLToPath(new URL('../../.corpus-cache/fuzz-failures/', import.meta.url));
const GOLDEN_DIR = fileURLToPath(new URL('../golden/programs/', import.meta.url));

interface Source { name: string; bytes: Uint8Array }

/** A seeded sample of small stdlib files, or every golden program without python3. */
function chooseSources(): { origin: string; sources: Source[] } {
  if (pythonVersion() !== null) {
    const listing = referenceSync<StdlibListing>(['list']);
    const small = listing.files.filter((f) => statSync(join(listing.root, f)).size <= MAX_SOURCE_BYTES);
    const chosen = sample(small, SOURCE_FILES, BASE_SEED);
    return { origin: 'stdlib', sources: chosen.map((f) => ({ name: f, bytes: readFileSync(join(listing.root, f)) })) };
  }
  const sources = ['valid', 'invalid'].flatMap((group) => readdirSync(join(GOLDEN_DIR, group))
    .filter((n) => n.endsWith('.py'))
    .map((n) => ({ name: `${group}/${n}`, bytes: readFileSync(join(GOLDEN_DIR, group, n)) })));
  return { origin: 'golden programs', sources };
}

/** Every mutant of the run, each with its own seed. */
function mutants(sources: Source[]): Array<{ source: Source; mutant: Mutant }> {
  const out: Array<{ source: Source; mutant: Mutant }> = [];
  sources.forEach((source, i) => {
    for (let k = 0; k < MUTANTS_PER_FILE; k++) {
      out.push({ source, mutant: mutate(source.bytes, (BASE_SEED + i * MUTANTS_PER_FILE + k) | 0) });
    }
  });
  return out;
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.constructor.name}: ${error.message}` : `non-Error thrown: ${String(error)}`;
}

function recordFailure(failures: string[], source: Source, mutant: Mutant, problem: string): void {
  mkdirSync(FAILURE_DIR, { recursive: true });
  const file = join(FAILURE_DIR, `seed-${mutant.seed}.py`);
  writeFileSync(file, mutant.bytes);
  failures.push(`seed ${mutant.seed}, ${source.name} [${mutant.edits.join('; ')}]: ${problem} (mutant: ${file})`);
}

describe('front-end fuzz', () => {
  let frontEnd: FrontEnd;
  let cases: Array<{ source: Source; mutant: Mutant }>;

  beforeAll(async () => {
    frontEnd = await loadFrontEnd();
    const { origin, sources } = chooseSources();
    cases = mutants(sources);
    console.log(`fuzz: ${cases.length} mutants of ${sources.length} ${origin} files, base seed ${BASE_SEED}`);
  });

  it('parsing a mutant gives a Mod or a PySyntaxError, nothing else', (ctx) => {
    if (!frontEnd.parseBytes.ok) return ctx.skip(frontEnd.parseBytes.reason);
    const parseBytes = frontEnd.parseBytes.fn;
    const failures: string[] = [];
    for (const { source, mutant } of cases) {
      try {
        const mod = parseBytes(mutant.bytes, { filename: '<fuzz>', typeComments: true }) as { _type?: string } | null;
        if (mod?._type !== 'Module') recordFailure(failures, source, mutant, `returned ${JSON.stringify(mod?._type)}`);
      } catch (error) {
        if (!(error instanceof frontEnd.syntaxError)) recordFailure(failures, source, mutant, describeError(error));
      }
    }
    expect(failures).toEqual([]);
  });

  it('tokenize returns normally on every mutant', async (ctx) => {
    if (!frontEnd.tokenizeMain.ok) return ctx.skip(frontEnd.tokenizeMain.reason);
    const run = frontEnd.tokenizeMain.fn;
    const failures: string[] = [];
    for (const { source, mutant } of cases) {
      try {
        const result = await run(mutant.bytes, 'fuzz.py', { exact: (mutant.seed & 1) === 1 });
        if (typeof result.stdout !== 'string' || typeof result.exitCode !== 'number') {
          recordFailure(failures, source, mutant, 'malformed result');
        }
      } catch (error) {
        recordFailure(failures, source, mutant, describeError(error));
      }
    }
    expect(failures).toEqual([]);
  });
});
