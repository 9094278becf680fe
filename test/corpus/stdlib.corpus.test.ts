// The stdlib corpus: every .py file of python3's standard library through our
// `tokenize`, `tokenize -e` and `ast -a` programs, compared with python3's.
//
// python3 produces its side in one process (reference.py, cached under
// .corpus-cache/ by python version and file mtime/size) while this process
// runs ours in-process on the other core. Only a sha1 of each stdout is kept;
// for the files that differ the report asks python3 again for the full text to
// show the first differing line. Files python3 accepts must print identical
// output; for files it rejects we must fail too, with the same error class
// and line. Pass marks live in thresholds.ts; the full list of differences is
// written to .corpus-cache/report.txt.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type FrontEnd, type Program, PROGRAMS, errorSignature, firstDifference, loadFrontEnd, runProgram,
} from './frontend-api.js';
import {
  type CorpusIndex, type OutcomeSummary, type StdlibListing, pythonVersion, referenceAsync, referenceSync,
} from './python-reference.js';
import { CORPUS_THRESHOLDS } from './thresholds.js';

const CACHE_DIR = fileURLToPath(new URL('../../.corpus-cache/', import.meta.url));
const REPORT_FILE = join(CACHE_DIR, 'report.txt');
/** How many differing files per program get their first differing line in the report. */
const DETAILED_PER_PROGRAM = 200;

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
  const ours = new Map<string, Partial<Record<Program, OutcomeSummary>>>();
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
  ours: Map<string, Partial<Record<Program, OutcomeSummary>>>): ProgramTally {
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
  ours: Map<string, Partial<Record<Program, OutcomeSummary>>>): Promise<string[]> {
  if (t.available) return [];
  const detailed = t.differing.slice(0, DETAILED_PER_PROGRAM);
  const texts = detailed.length ? referenceSync<string[]>(['detail'], detailed.map((f) => [f, t.program])) : [];
  const lines: string[] = [];
  for (const [i, file] of t.differing.entries()) {
    const mine = ours.get(file)![t.program]!;
    if (mine.exit !== 0) { lines.push(`  ${file}: we fail: ${firstLine(mine.stderr)}`); continue; }
    if (i >= texts.length) { lines.push(`  ${file}: output differs`); continue; }
    const result = await runProgram(frontEnd, t.program, readFileSync(join(root, file)), file);
    const diff = firstDifference(result.stdout, texts[i]);
    lines.push(`  ${file}: ${diff === 'identical' ? 'stderr differs: ' + firstLine(result.stderr) : diff}`);
  }
  return lines;
}

function firstLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim().length > 0);
  return JSON.stringify((lines[lines.length - 1] ?? '').slice(0, 200));
}

function describeDisagreements(index: CorpusIndex, t: ProgramTally,
  ours: Map<string, Partial<Record<Program, OutcomeSummary>>>): string[] {
  if (t.available) return [];
  return t.disagreeing.map((file) => {
    const theirs = errorSignature(t.program, index.files[file][t.program].stderr);
    const mine = ours.get(file)?.[t.program];
    const got = !mine ? 'not run' : mine.exit === 0 ? 'we accept it'
      : mine.exit < 0 ? `JS exception ${firstLine(mine.stderr)}`
        : `${JSON.stringify(errorSignature(t.program, mine.stderr))} ${firstLine(mine.stderr)}`;
    return `  ${file}: python3 ${JSON.stringify(theirs)}, ours ${got}`;
  });
}

const version = pythonVersion();

describe.skipIf(version === null)(`stdlib corpus against ${version ?? 'python3 (absent: suite skipped)'}`, () => {
  const tallies = new Map<Program, ProgramTally>();

  beforeAll(async () => {
    const frontEnd = await loadFrontEnd();
    const listing = referenceSync<StdlibListing>(['list']);
    mkdirSync(CACHE_DIR, { recursive: true });
    const indexPromise = referenceAsync<{ index: string }>(['corpus', CACHE_DIR]);
    const missing = (p: Program) => {
      const piece = p === 'ast' ? frontEnd.astMain : frontEnd.tokenizeMain;
      return piece.ok ? null : piece.reason;
    };
    const runnable = PROGRAMS.filter((p) => missing(p) === null);
    const started = Date.now();
    const ours = await runOurs(frontEnd, listing, runnable);
    const ourSeconds = (Date.now() - started) / 1000;
    const index = JSON.parse(readFileSync((await indexPromise).index, 'utf8')) as CorpusIndex;

    const report = [`stdlib corpus (${listing.files.length} files, ${index.python}); ours ran in ${ourSeconds.toFixed(1)} s`];
    for (const program of PROGRAMS) {
      const t = tally(program, missing(program), index, ours);
      tallies.set(program, t);
      const head = t.available ? `${program}: NOT RUN (${t.available})` : `${program}: ${t.identical} files identical / ${t.compared} files compared`;
      const rejected = `rejected: ${t.agreed} of ${t.rejected} agree on error class and line`
        + (t.available ? '' : ` (${t.sameMessage} print the same message)`);
      console.log(`${head}; ${rejected}`);
      report.push('', `== ${head}`, ...(await describeDifferences(frontEnd, listing.root, t, ours)));
      report.push(`== ${program} ${rejected}`, ...describeDisagreements(index, t, ours));
    }
    writeFileSync(REPORT_FILE, report.join('\n') + '\n');
    console.log(`differences: ${REPORT_FILE}`);
  });

  for (const program of PROGRAMS) {
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
});
