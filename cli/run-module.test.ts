// `pyw run -m MODULE` as a whole process, as `python3 -m MODULE` runs it: the packages of
// run-module.cases.json in a scratch folder (the working directory, so sys.path[0]), each run's
// stdout, stderr and exit status compared with python3's committed answers
// (run-module.expected.json, from `python3 scripts/regenerate-run-module.py`) and, when the
// reference python3 is there, with python3 itself. The scratch folder is written as '<dir>' and
// each interpreter's sys.executable, which runpy puts before its one-line errors, as '<executable>'.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeWithPython3, runPython3Async } from '../test/support/python3.js';
import { repoRoot } from '../bench/repo-root.js';

interface Outcome { stdout: string; stderr: string; status: number }
interface ExpectedRun extends Outcome { args: string[] }

const here = join(repoRoot(), 'cli');
const cases = JSON.parse(readFileSync(join(here, 'run-module.cases.json'), 'utf8')) as { files: Record<string, string>; runs: string[][] };
const expected = JSON.parse(readFileSync(join(here, 'run-module.expected.json'), 'utf8')) as { runs: ExpectedRun[] };
const PYW = join(repoRoot(), 'bin', 'run.js');

const dir = realpathSync(mkdtempSync(join(tmpdir(), 'pyw-run-module-')));
for (const [name, text] of Object.entries(cases.files)) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}

function pyw(args: readonly string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PYW, 'run', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status: code ?? -1 }));
  });
}

/** The run with the scratch folder as '<dir>' and `executable` at a line's start as '<executable>'. */
function normalise(run: Outcome, executable: string): Outcome {
  const text = (s: string): string => s.split(dir).join('<dir>').split('\n')
    .map((line) => (line.startsWith(`${executable}:`) ? `<executable>${line.slice(executable.length)}` : line)).join('\n');
  return { stdout: text(run.stdout), stderr: text(run.stderr), status: run.status };
}

async function executableOf(run: (args: readonly string[]) => Promise<Outcome>): Promise<string> {
  return (await run(['-c', 'import sys; print(sys.executable)'])).stdout.trim();
}

/** pyw's outcome of every run (in parallel: each is a process of its own), normalised. */
const ours = new Map<string, Outcome>();
beforeAll(async () => {
  const [executable, ...runs] = await Promise.all([executableOf(pyw), ...cases.runs.map(pyw)]);
  cases.runs.forEach((args, i) => ours.set(JSON.stringify(args), normalise(runs[i]!, executable)));
}, 30_000);

describe('pyw run -m against the committed python3 expectations', () => {
  it('covers every run of the cases file', () => {
    expect(expected.runs.map((r) => r.args)).toEqual(cases.runs);
  });
  for (const run of expected.runs) {
    it(`pyw run ${run.args.join(' ')}`, () => {
      expect(ours.get(JSON.stringify(run.args))).toEqual({ stdout: run.stdout, stderr: run.stderr, status: run.status });
    });
  }
});

describeWithPython3('pyw run -m against python3', () => {
  const theirs = new Map<string, Outcome>();
  beforeAll(async () => {
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON'))),
      PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONNOUSERSITE: '1' };
    const python3 = (args: readonly string[]): Promise<Outcome> => runPython3Async(args, { cwd: dir, env });
    const [executable, ...runs] = await Promise.all([executableOf(python3), ...cases.runs.map(python3)]);
    cases.runs.forEach((args, i) => theirs.set(JSON.stringify(args), normalise(runs[i]!, executable)));
  }, 30_000);
  for (const args of cases.runs) {
    it(`python3 ${args.join(' ')}`, () => {
      const key = JSON.stringify(args);
      expect(ours.get(key)).toEqual(theirs.get(key));
    });
  }
});
