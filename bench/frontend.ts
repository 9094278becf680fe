// Front-end throughput: our tokenizer + parser against CPython's ast.parse, on
// the whole standard library, measured in the same run (`npm run bench:frontend`).
//
// Both sides read every file into memory first and time only the parsing:
// ours is parseBytes (decoding, tokenizing and parsing, type comments on), in
// this process after a warm-up pass; CPython's is ast.parse(type_comments=True)
// in one python3 process (scripts/bench-ast-parse.py) with its own warm-up.
// Only files both sides accept count, so an error path never inflates a figure;
// files where the two disagree are listed, which doubles as a self-check.
// Each side's figure is its fastest round, the one least disturbed by other processes.
// Usage: node dist/bench/frontend.js [--rounds N]   (default 3 timed passes)

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PySyntaxError } from '../shared/errors/syntax-error.js';
import { parseBytes } from '../shared/parser/index.js';
import { Lexer } from '../shared/tokenizer/lexer.js';
import { decodeSource } from '../shared/tokenizer/source-decoding.js';
import { Tok } from '../shared/tokenizer/tokens.js';
import { repoRoot } from './repo-root.js';

const PYTHON = process.env.PYWB_PYTHON ?? 'python3';
const DEFAULT_ROUNDS = 3;

interface Corpus { paths: string[]; sources: Uint8Array[] }
/** Per file: accepted or not; per round, per file: nanoseconds spent parsing it. */
interface Timing { accepted: boolean[]; ns: number[][] }


function runPython(args: string[], input = ''): string {
  const script = join(repoRoot(), 'scripts', 'bench-ast-parse.py');
  const run = spawnSync(PYTHON, [script, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error) throw new Error(`cannot run ${PYTHON}: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`bench-ast-parse.py ${args[0]} failed:\n${run.stderr}`);
  return run.stdout;
}

function loadCorpus(): Corpus {
  const { files } = JSON.parse(runPython(['list'])) as { root: string; files: string[] };
  return { paths: files, sources: files.map((f) => readFileSync(f)) };
}

function progress(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${text}\x1b[K`);
}

/** Parses one file: 'ok', 'rejected' (a Python SyntaxError) or the text of any other exception. */
function parseOutcome(source: Uint8Array, path: string): string {
  try {
    parseBytes(source, { filename: path, typeComments: true });
    return 'ok';
  } catch (error) {
    if (error instanceof PySyntaxError) return 'rejected';
    return `crash: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Our side: a warm-up pass that records each outcome, then `rounds` timed passes over the
 * files both sides accept (the others are not counted anyway). */
function timeOurs(corpus: Corpus, rounds: number, theirs: Timing): Timing & { crashes: string[] } {
  const outcomes = corpus.paths.map((path, i) => parseOutcome(corpus.sources[i], path));
  const accepted = outcomes.map((o) => o === 'ok');
  const crashes = corpus.paths.flatMap((path, i) => (outcomes[i].startsWith('crash') ? [`${path}: ${outcomes[i]}`] : []));
  const ns: number[][] = [];
  for (let round = 1; round <= rounds; round++) {
    const times = new Array<number>(corpus.paths.length).fill(0);
    for (let i = 0; i < corpus.paths.length; i++) {
      if (!accepted[i] || !theirs.accepted[i]) continue;
      if (i % 100 === 0) progress(`pyworkbench: round ${round}/${rounds}, file ${i}/${corpus.paths.length}`);
      const source = corpus.sources[i];
      const start = process.hrtime.bigint();
      parseBytes(source, { filename: corpus.paths[i], typeComments: true });
      times[i] = Number(process.hrtime.bigint() - start);
    }
    ns.push(times);
  }
  progress('');
  return { accepted, ns, crashes };
}

/** Decoding and tokenizing alone over the counted files, to show where our time goes. */
function timeLexer(corpus: Corpus, rounds: number, counted: boolean[]): number {
  let best = Infinity;
  for (let round = 1; round <= rounds; round++) {
    progress(`pyworkbench lexer: round ${round}/${rounds}`);
    let ns = 0;
    for (let i = 0; i < corpus.paths.length; i++) {
      if (!counted[i]) continue;
      const start = process.hrtime.bigint();
      const lexer = new Lexer(decodeSource(corpus.sources[i]).text, { typeComments: true });
      while (lexer.next().type !== Tok.ENDMARKER);
      ns += Number(process.hrtime.bigint() - start);
    }
    best = Math.min(best, ns);
  }
  progress('');
  return best;
}

function timeCPython(corpus: Corpus, rounds: number): Timing {
  progress(`CPython: ${rounds} rounds of ast.parse over ${corpus.paths.length} files`);
  const timing = JSON.parse(runPython(['time', String(rounds)], JSON.stringify(corpus.paths))) as Timing;
  progress('');
  return timing;
}

function parseRounds(argv: string[]): number {
  const at = argv.indexOf('--rounds');
  const rounds = at >= 0 ? Number(argv[at + 1]) : DEFAULT_ROUNDS;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds wants a positive integer');
  return rounds;
}

/** The fastest round's total over the counted files: the least disturbed by other processes. */
function bestRound(timing: Timing, counted: boolean[]): number {
  return Math.min(...timing.ns.map((round) => round.reduce((sum, ns, i) => (counted[i] ? sum + ns : sum), 0)));
}

function report(corpus: Corpus, rounds: number, ours: Timing & { crashes: string[] }, theirs: Timing, lexerNs: number): void {
  const counted = corpus.paths.map((_, i) => ours.accepted[i] && theirs.accepted[i]);
  const bytes = corpus.sources.reduce((n, s, i) => (counted[i] ? n + s.length : n), 0);
  const total = corpus.sources.reduce((n, s) => n + s.length, 0);
  const ourNs = bestRound(ours, counted);
  const theirNs = bestRound(theirs, counted);
  const mbPerSecond = (ns: number) => bytes / 1e6 / (ns / 1e9);
  console.log(`front end throughput: ${corpus.paths.length} stdlib files (${(total / 1e6).toFixed(1)} MB), `
    + `${counted.filter(Boolean).length} accepted by both (${(bytes / 1e6).toFixed(1)} MB), best of ${rounds} rounds`);
  console.log(`  pyworkbench tokenize+parse: ${mbPerSecond(ourNs).toFixed(2)} MB/s`);
  console.log(`    of which decode+tokenize: ${mbPerSecond(lexerNs).toFixed(2)} MB/s (${((100 * lexerNs) / ourNs).toFixed(0)}% of the time)`);
  console.log(`  CPython ast.parse:          ${mbPerSecond(theirNs).toFixed(2)} MB/s`);
  console.log(`  ratio (ours / CPython):     ${(theirNs / ourNs).toFixed(3)}`);
  const disagreements = corpus.paths.filter((_, i) => ours.accepted[i] !== theirs.accepted[i]);
  if (disagreements.length > 0) {
    console.log(`  accept/reject differs from CPython on ${disagreements.length} files (not counted):`);
    for (const path of disagreements.slice(0, 20)) console.log(`    ${path}`);
  }
  if (ours.crashes.length > 0) {
    console.log(`  JavaScript exceptions (bugs) on ${ours.crashes.length} files:`);
    for (const line of ours.crashes.slice(0, 20)) console.log(`    ${line}`);
  }
}

function main(): void {
  const rounds = parseRounds(process.argv.slice(2));
  const corpus = loadCorpus();
  const theirs = timeCPython(corpus, rounds);
  const ours = timeOurs(corpus, rounds, theirs);
  const lexerNs = timeLexer(corpus, rounds, corpus.paths.map((_, i) => ours.accepted[i] && theirs.accepted[i]));
  report(corpus, rounds, ours, theirs, lexerNs);
}

main();
