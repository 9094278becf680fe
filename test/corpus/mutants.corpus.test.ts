// Mutated stdlib files, compared with python3: do we accept and reject the
// same mutants, with the same error class and line?
//
// The fast fuzz suite (test/fuzz) only checks that nothing but a PySyntaxError
// escapes the parser. This one takes a larger seeded sample, has python3 parse
// every mutant in one process (reference.py mutants, ast.parse with
// type_comments=True as `-m ast` does), and compares outcomes. Pass mark:
// CORPUS_THRESHOLDS.mutants; the disagreements go to .corpus-cache/mutants-report.txt.

import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mutate, sample } from '../fuzz/mutate.js';
import { loadFrontEnd } from './frontend-api.js';
import {
  type MutantOutcome, type StdlibListing, pythonVersion, referenceAsync, referenceSkipReason, referenceSync,
} from './python-reference.js';
import { CORPUS_THRESHOLDS } from './thresholds.js';

const SEED = 2_024_311;
const SOURCE_FILES = 1000;
const MUTANTS_PER_FILE = 5;
const MAX_SOURCE_BYTES = 60_000;
const CACHE_DIR = fileURLToPath(new URL('../../.corpus-cache/', import.meta.url));

type Outcome = MutantOutcome | ['JS exception', string];

function ourOutcome(parseBytes: (b: Uint8Array, o: object) => unknown, syntaxError: new (...a: never[]) => Error,
  bytes: Uint8Array): Outcome {
  try {
    parseBytes(bytes, { filename: '<mutant>', typeComments: true });
    return null;
  } catch (error) {
    if (error instanceof syntaxError) {
      // lineno -1 stands for CPython's None; reference.py writes None as -1 too.
      const e = error as unknown as { kind: string; lineno: number };
      return [e.kind, e.lineno];
    }
    return ['JS exception', error instanceof Error ? error.message : String(error)];
  }
}

const same = (a: Outcome, b: Outcome) => JSON.stringify(a) === JSON.stringify(b);

const version = pythonVersion();
const skip = referenceSkipReason();
if (skip !== null) console.warn(`stdlib mutants: ${skip}`);

describe.skipIf(skip !== null)(`stdlib mutants against ${skip ?? version}`, () => {
  it('mutants are accepted or rejected as python3 does, with its error class and line', async (ctx) => {
    const frontEnd = await loadFrontEnd();
    if (!frontEnd.parseBytes.ok) return ctx.skip(frontEnd.parseBytes.reason);
    const parseBytes = frontEnd.parseBytes.fn;

    const listing = referenceSync<StdlibListing>(['list']);
    const eligible = listing.files.filter((f) => statSync(join(listing.root, f)).size <= MAX_SOURCE_BYTES);
    const mutants = sample(eligible, SOURCE_FILES, SEED).flatMap((file, i) => {
      const bytes = readFileSync(join(listing.root, file));
      return Array.from({ length: MUTANTS_PER_FILE }, (_, k) => ({ file, ...mutate(bytes, SEED + i * MUTANTS_PER_FILE + k) }));
    });
    // python3 parses the batch on one core while we parse it on the other.
    const pending = referenceAsync<MutantOutcome[]>(['mutants'], mutants.map((m) => Buffer.from(m.bytes).toString('base64')));
    const ours = mutants.map((m) => ourOutcome(parseBytes, frontEnd.syntaxError, m.bytes));
    const theirs = await pending;

    let agreed = 0;
    let rejectedByPython = 0;
    const report: string[] = [];
    mutants.forEach((m, i) => {
      if (theirs[i] !== null) rejectedByPython++;
      if (same(ours[i], theirs[i])) { agreed++; return; }
      report.push(`seed ${m.seed} ${m.file} [${m.edits.join('; ')}]: python3 ${JSON.stringify(theirs[i])}, ours ${JSON.stringify(ours[i])}`);
    });
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(join(CACHE_DIR, 'mutants-report.txt'), report.join('\n') + '\n');
    console.log(`mutants: ${agreed} of ${mutants.length} agree with python3 (${rejectedByPython} rejected by python3); `
      + `differences: ${join(CACHE_DIR, 'mutants-report.txt')}`);
    expect(agreed / mutants.length).toBeGreaterThanOrEqual(CORPUS_THRESHOLDS.mutants);
  });
});
