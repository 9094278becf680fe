// Scratch program folders for the harness's tests: programs following bench/programs/README.md's
// contract (SIZES, run(n), the driver), with their own checksums.json, written to a temporary folder.

import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PROGRAMS_DIR } from './paths.js';

export interface TestProgram {
  readonly name: string;
  /** The program's body: it must define SIZES and run(n). */
  readonly body: string;
  /** The committed checksum per size (none: the program has no entry). */
  readonly checksums?: Readonly<Record<string, string>>;
}

const MAIN = '\n\nif __name__ == "__main__":\n    from _driver import main\n\n    main(run, SIZES)\n';

/** A new temporary folder holding the programs, the real driver and checksums.json. */
export function writeTestPrograms(programs: readonly TestProgram[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pyw-bench-'));
  copyFileSync(join(DEFAULT_PROGRAMS_DIR, '_driver.py'), join(dir, '_driver.py'));
  const checksums: Record<string, Readonly<Record<string, string>>> = {};
  for (const p of programs) {
    writeFileSync(join(dir, `${p.name}.py`), `# ${p.name}: a test program.\n${p.body.trim()}\n${MAIN}`);
    if (p.checksums) checksums[p.name] = p.checksums;
  }
  writeFileSync(join(dir, 'checksums.json'), `${JSON.stringify(checksums, null, 2)}\n`);
  return dir;
}

/** A sum over range(n): a few ms per iteration at quick on the cpython engine. */
export const TINY: TestProgram = {
  name: 'tiny',
  body: `
SIZES = {"quick": 3000, "default": 30000, "full": 300000}


def run(n):
    total = 0
    for k in range(n):
        total += k * k % 7
    return total
`,
  checksums: { quick: '5999', default: '59999', full: '599998' },
};
