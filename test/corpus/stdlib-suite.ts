// The stdlib corpus suite: every .py file of python3's standard library through
// our `tokenize`, `tokenize -e` and `ast -a` programs, compared with python3's.
//
// python3 produces its side in one process (reference.py, cached under
// .corpus-cache/ by python version and file mtime/size) while this process
// runs ours in-process on the other core. Only a sha1 of each stdout is kept;
// for the files that differ the report asks python3 again for the full text to
// show the first differing line. Files python3 accepts must print identical
// output; for files it rejects we must fail too, with the same error class
// and line. Pass marks live in thresholds.ts.
//
// The suite is split by program over two test files (stdlib-tokenize and
// stdlib-ast) so that vitest runs them on both cores; a lock file makes the
// first one build the reference while the other waits for the cache. Each
// writes its part of the report; .corpus-cache/report.txt joins the parts.

import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type FrontEnd, type Program, errorSignature, firstDifference, loadFrontEnd, runProgram,
} from './frontend-api.js';
import {
  type CorpusIndex, type OutcomeSummary, type StdlibListing, pythonVersion, referenceAsync, referenceSkipReason,
  referenceSync,
} from './python-reference.js';
import { CORPUS_THRESHOLDS } from './thresholds.js';

const CACHE_DIR = fileURLToPath(new URL('../../.corpus-cache/', import.meta.url));
const REPORT_FILE = join(CACHE_DIR, 'report.txt');
const REFERENCE_LOCK = join(CACHE_DIR, 'reference.lock');
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 20 * 60_000;
/** How many differing files per program get their first differing line in the report. */
const DETAILED_PER_PROGRAM = 200;

/** Our outcomes by file and program. */
type OurOutcomes = Map<string, Partial<Record<Program, OutcomeSummary>>>;

interface ProgramTally {
  program: Program;
  available: string | null; // null when the piece loaded, else why not
  compared: number;
  identical: number;
  rejected: number;
  agreed: number;
  sameMessage: number; // of the agreed, how many print python3's stderr exactly
  differing: string[];
  disagreeing: string[];
}

/** Our outcome of one program on one file, summarized like the reference index. */
async function ourOutcome(frontEnd: FrontEnd, program: Program, bytes: Uint8Array, file: string): Promise<OutcomeSummary> {
  try {
    const result = await runProgram(frontEnd, program, bytes, file);
    const sha1 = createHash('sha1').update(result.stdout, 'utf8').digest('hex');
    return { exit: result.exitCode, sha1, bytes: Buffer.byteLength(result.stdout), stderr: result.stderr };
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { exit: -1, sha1: '', bytes: 0, stderr: `JS exception: ${text}` };
  }
}

/** Runs our side of every available program over the corpus. */
async function runOurs(frontEnd: FrontEnd, listing: StdlibListing, programs: Program[]) {
  const ours: OurOutcomes = new Map();
  let done = 0;
  for (const file of listing.files) {
    const bytes = readFileSync(join(listing.root, file));
    const entry: Partial<Record<Program, OutcomeSummary>> = {};
    for (const program of programs) entry[program] = await ourOutcome(frontEnd, program, bytes, file);
    ours.set(file, entry);
    // Let python3's pipe and vitest's own messages through now and then.
    if (++done % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return ours;
}

function tally(program: Program, available: string | null, index: CorpusIndex,
  ours: OurOutcomes): ProgramTally {
  const t: ProgramTally = {
    program, available, compared: 0, identical: 0, rejected: 0, agreed: 0, sameMessage: 0, differing: [], disagreeing: [],
  };
  for (const [file, entry] of Object.entries(index.files)) {
    const theirs = entry[program];
    const mine = ours.get(file)?.[program];
    if (theirs.exit === 0) {
      t.compared++;
      const same = mine !== undefined && mine.exit === 0 && mine.sha1 === theirs.sha1 && mine.stderr === theirs.stderr;
      if (same) t.identical++;
      else t.differing.push(file);
    } else {
      t.rejected++;
      const a = errorSignature(program, theirs.stderr);
      const b = mine && mine.exit > 0 ? errorSignature(program, mine.stderr) : null;
      if (b && a.cls === b.cls && a.line === b.line) {
        t.agreed++;
        if (mine!.stderr === theirs.stderr) t.sameMessage++;
      } else {
        t.disagreeing.push(file);
      }
    }
  }
  return t;
}

/** Report lines for files python3 accepts where our output differs. */
async function describeDifferences(frontEnd: FrontEnd, root: string, t: ProgramTally,
  ours: OurOutcomes): Promise<string[]> {
  if (t.available) return [];
  const detailed = t.differing.slice(0, DETAILED_PER_PROGRAM);
  const texts = detailed.length ? referenceSync<string[]>(['detail'], detailed.map((f) => [f, t.program])) : [];
  const lines: string[] = [];
  for (const [i, file] of t.differing.entries()) {
    const mine = ours.get(file)![t.program]!;
    if (mine.exit !== 0) { lines.push(`  ${file}: we fail: ${lastLine(mine.stderr)}`); continue; }
    if (i >= texts.length) { lines.push(`  ${file}: output differs`); continue; }
    const result = await runProgram(frontEnd, t.program, readFileSync(join(root, file)), file);
    const diff = firstDifference(result.stdout, texts[i]);
    lines.push(`  ${file}: ${diff === 'identical' ? 'stderr differs: ' + lastLine(result.stderr) : diff}`);
  }
  return lines;
}

/** The last non-blank line of an error report (the 'Class: message' line), quoted. */
function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  return JSON.stringify((lines[lines.length - 1] ?? '').slice(0, 200));
}

function describeDisagreements(index: CorpusIndex, t: ProgramTally,
  ours: OurOutcomes): string[] {
  if (t.available) return [];
  return t.disagreeing.map((file) => {
    const theirs = errorSignature(t.program, index.files[file][t.program].stderr);
    const mine = ours.get(file)?.[t.program];
    const got = !mine ? 'not run' : mine.exit === 0 ? 'we accept it'
      : mine.exit < 0 ? `JS exception ${lastLine(mine.stderr)}`
        : `${JSON.stringify(errorSignature(t.program, mine.stderr))} ${lastLine(mine.stderr)}`;
    return `  ${file}: python3 ${JSON.stringify(theirs)}, ours ${got}`;
  });
}

/** Runs `reference.py corpus` with the lock held, so that one python3 builds a cold cache. */
async function buildReference(): Promise<{ index: string }> {
  for (;;) {
    try {
      closeSync(openSync(REFERENCE_LOCK, 'wx'));
      break;
    } catch {
      if (existsSync(REFERENCE_LOCK) && Date.now() - statSync(REFERENCE_LOCK).mtimeMs > STALE_LOCK_MS) unlinkSync(REFERENCE_LOCK);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await referenceAsync<{ index: string }>(['corpus', CACHE_DIR]);
  } finally {
    unlinkSync(REFERENCE_LOCK);
  }
}

/** Writes this suite's part and rebuilds report.txt from every part present. */
function writeReport(part: string, lines: string[]): void {
  writeFileSync(join(CACHE_DIR, `report-${part}.txt`), lines.join('\n') + '\n');
  const parts = readdirSync(CACHE_DIR).filter((n) => /^report-.*\.txt$/.test(n)).sort();
  writeFileSync(REPORT_FILE, parts.map((n) => readFileSync(join(CACHE_DIR, n), 'utf8')).join('\n'));
}

/** Declares the corpus suite for some of the programs (one vitest file each). */
export function corpusSuite(part: string, programs: readonly Program[]): void {
  const version = pythonVersion();
  const skip = referenceSkipReason();
  const title = `stdlib corpus (${programs.join(', ')}) against ${skip ?? version}`;
  if (skip !== null) console.warn(title);
  describe.skipIf(skip !== null)(title, () => {
    const tallies = new Map<Program, ProgramTally>();
    beforeAll(async () => {
      for (const t of await compare(part, programs)) tallies.set(t.program, t);
    });
    for (const program of programs) declareTests(program, tallies);
  });
}

async function compare(part: string, programs: readonly Program[]): Promise<ProgramTally[]> {
  const frontEnd = await loadFrontEnd();
  const listing = referenceSync<StdlibListing>(['list']);
  mkdirSync(CACHE_DIR, { recursive: true });
  const indexPromise = buildReference();
  const missing = (p: Program) => {
    const piece = p === 'ast' ? frontEnd.astMain : frontEnd.tokenizeMain;
    return piece.ok ? null : piece.reason;
  };
  const started = Date.now();
  const ours = await runOurs(frontEnd, listing, programs.filter((p) => missing(p) === null));
  const ourSeconds = (Date.now() - started) / 1000;
  const index = JSON.parse(readFileSync((await indexPromise).index, 'utf8')) as CorpusIndex;

  const report = [`stdlib corpus (${listing.files.length} files, python ${index.python}): `
    + `our ${programs.join(', ')} ran in ${ourSeconds.toFixed(1)} s`];
  const tallies: ProgramTally[] = [];
  for (const program of programs) {
    const t = tally(program, missing(program), index, ours);
    tallies.push(t);
    const head = t.available ? `${program}: NOT RUN (${t.available})` : `${program}: ${t.identical} files identical / ${t.compared} files compared`;
    const rejected = `rejected: ${t.agreed} of ${t.rejected} agree on error class and line`
      + (t.available ? '' : ` (${t.sameMessage} print the same message)`);
    console.log(`${head}; ${rejected}`);
    report.push('', `== ${head}`, ...(await describeDifferences(frontEnd, listing.root, t, ours)));
    report.push(`== ${program} ${rejected}`, ...describeDisagreements(index, t, ours));
  }
  writeReport(part, report);
  console.log(`differences: ${REPORT_FILE}`);
  return tallies;
}

function declareTests(program: Program, tallies: Map<Program, ProgramTally>): void {
  it(`${program}: accepted files print what python3 prints`, (ctx) => {
    const t = tallies.get(program)!;
    if (t.available) ctx.skip(`${program} not available: ${t.available}`);
    expect(t.identical / Math.max(1, t.compared)).toBeGreaterThanOrEqual(CORPUS_THRESHOLDS.identical[program]);
  });

  it(`${program}: rejected files fail with python3's error class and line`, (ctx) => {
    const t = tallies.get(program)!;
    if (t.available) ctx.skip(`${program} not available: ${t.available}`);
    expect(t.agreed / Math.max(1, t.rejected)).toBeGreaterThanOrEqual(CORPUS_THRESHOLDS.rejected[program]);
  });
}
