// Fuzzing the front end with mutated real programs (part of `npm test`, a few seconds).
//
// Sources are a seeded sample of python3's stdlib files and of the golden
// programs (all of them when python3 is absent). Each mutant must either parse
// to a Mod or raise a PySyntaxError (or pegen's MemoryError): any other JavaScript exception (a
// TypeError from a missing check, a RangeError from runaway recursion) is a bug. `tokenize` must return
// normally whatever the input, since python's tokenize reports its errors as
// text, and so must `ast -a`, which prints a SyntaxError instead of throwing
// it. Failures name the seed and the edits; the mutants are written to
// .corpus-cache/fuzz-failures/ to replay. FUZZ_SEED=n explores other seeds.
// Whether our errors agree with python3's is the slower mutants.corpus suite.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { AST_A_OPTIONS, type FrontEnd, loadFrontEnd } from '../corpus/frontend-api.js';
import { type StdlibListing, pythonVersion, referenceSync } from '../corpus/python-reference.js';
import { type Mutant, mutate, sample } from './mutate.js';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 3_110_007);
const STDLIB_FILES = 40;
const GOLDEN_FILES = 20;
const MUTANTS_PER_FILE = 5;
/** Small files keep the suite fast; big ones add little a small one does not. */
const MAX_SOURCE_BYTES = 16_000;
const FAILURE_DIR = fileURLToPath(new URL('../../.corpus-cache/fuzz-failures/', import.meta.url));
const GOLDEN_DIR = fileURLToPath(new URL('../golden/programs/', import.meta.url));

interface Source { name: string; bytes: Uint8Array }

/** The golden programs: odd encodings, line endings and error cases worth mutating too. */
function goldenSources(): Source[] {
  return ['valid', 'invalid'].flatMap((group) => readdirSync(join(GOLDEN_DIR, group))
    .filter((n) => n.endsWith('.py'))
    .map((n) => ({ name: `golden/${group}/${n}`, bytes: readFileSync(join(GOLDEN_DIR, group, n)) })));
}

/** A seeded sample of small stdlib files plus some golden programs, or every golden program without python3. */
function chooseSources(): { origin: string; sources: Source[] } {
  const golden = goldenSources();
  if (pythonVersion() === null) return { origin: 'golden programs', sources: golden };
  const listing = referenceSync<StdlibListing>(['list']);
  const small = listing.files.filter((f) => statSync(join(listing.root, f)).size <= MAX_SOURCE_BYTES);
  const stdlib = sample(small, STDLIB_FILES, BASE_SEED).map((f) => ({ name: f, bytes: readFileSync(join(listing.root, f)) }));
  return { origin: 'stdlib and golden programs', sources: [...stdlib, ...sample(golden, GOLDEN_FILES, BASE_SEED)] };
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
    console.log(`fuzz: ${cases.length} mutants of ${sources.length} files (${origin}), base seed ${BASE_SEED}`);
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
        // pegen's MemoryError on too deep a nesting (shared/parser/nesting.ts) is a Python error too.
        const pyType = (error as { pyType?: unknown } | null)?.pyType;
        if (!(error instanceof frontEnd.syntaxError) && pyType !== 'MemoryError') {
          recordFailure(failures, source, mutant, describeError(error));
        }
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

  it('ast -a returns normally on every mutant (errors are printed, not thrown)', async (ctx) => {
    if (!frontEnd.astMain.ok) return ctx.skip(frontEnd.astMain.reason);
    const run = frontEnd.astMain.fn;
    const failures: string[] = [];
    for (const { source, mutant } of cases) {
      try {
        const result = await run(mutant.bytes, 'fuzz.py', AST_A_OPTIONS);
        if (result.exitCode !== 0 && !result.stderr.endsWith('\n')) {
          recordFailure(failures, source, mutant, `exit ${result.exitCode} with stderr ${JSON.stringify(result.stderr)}`);
        }
      } catch (error) {
        recordFailure(failures, source, mutant, describeError(error));
      }
    }
    expect(failures).toEqual([]);
  });
});
