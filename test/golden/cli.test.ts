// Smoke tests of the `pyw tokenize` and `pyw ast` commands as a user runs them.
//
// The golden suite calls the library in-process; these few cases spawn the
// built CLI (bin/run.js over dist/, which `npm test` builds first) on golden
// programs and expect exactly the committed python3 output, so a command that
// loses a flag, a newline or its exit status is caught. They skip when dist/
// has not been built.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'run.js');
const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'commands', 'ast.js'))
  && existsSync(join(ROOT, 'dist', 'cli', 'commands', 'tokenize.js'));

/** [program, golden expectation key, pyw arguments before the file name]. */
const CASES: ReadonlyArray<[string, 'tokenize' | 'tokenize-e' | 'ast', string[]]> = [
  ['valid/fstrings.py', 'tokenize', ['tokenize']],
  ['valid/crlf_line_endings.py', 'tokenize-e', ['tokenize', '-e']],
  ['valid/latin1_cookie.py', 'ast', ['ast', '-a']],
  ['invalid/paren_never_closed.py', 'ast', ['ast', '-a']],
  ['invalid/unterminated_triple.py', 'tokenize', ['tokenize']],
];

/** Runs `pyw ARGS` in cwd; the cases run side by side, since each spends most of its time starting node. */
function runPyw(args: string[], cwd: string): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({
      exitCode: code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
    }));
  });
}

const TITLE = BUILT ? 'pyw CLI smoke tests' : 'pyw CLI smoke tests (skipped: dist/ not built, run `npm run build`)';

describe.skipIf(!BUILT)(TITLE, () => {
  for (const [program, key, args] of CASES) {
    it.concurrent(`pyw ${args.join(' ')} ${program}`, async () => {
      const path = join(ROOT, 'test', 'golden', 'programs', program);
      const expected = JSON.parse(readFileSync(
        join(ROOT, 'test', 'golden', 'expected', program.replace(/\.py$/, '.json')), 'utf8',
      ))[key] as { exitCode: number; stdout: string[]; stderr: string[] };
      // Run in the program's folder with a bare file name, as the expectations were made.
      const run = await runPyw([...args, basename(path)], dirname(path));
      expect(run).toEqual({
        exitCode: expected.exitCode, stdout: expected.stdout.join('\n'), stderr: expected.stderr.join('\n'),
      });
    });
  }
});
