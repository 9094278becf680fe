// `pyw conformance`: the conformance suite on the workbench's engines or a reference interpreter.
//
// A thin shell over conformance/runner: picks the engines (`all` means every registered engine;
// python3 and pypy3 name the real interpreters, which validate the suite itself), runs the cases,
// prints the table and the failures (or the data as JSON), and exits 1 when any run did not pass.
// On a terminal, a progress line on stderr shows each run as it finishes.

import { Command, Flags } from '@oclif/core';
import { getEngine, listEngines } from '../../engines/engine.js';
import { REFERENCE_NAMES } from '../../engines/external.js';
import {
  DEFAULT_JOBS, DEFAULT_TIMEOUT_MS, formatReport, loadEngineModules, runConformance, summarise,
} from '../../conformance/runner/index.js';

export const NO_ENGINE_MESSAGE = 'no engine is registered yet; use --engine python3 to check the suite against the reference';

export default class Conformance extends Command {
  static override description =
    'Run the conformance suite (expectations produced by CPython 3.11) on engines, each case in its own process.';

  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --engine python3',
    '<%= config.bin %> <%= command.id %> --engine cpython --filter "str*"',
    '<%= config.bin %> <%= command.id %> --engine all --json',
  ];

  static override flags = {
    engine: Flags.string({ description: 'engine name, comma-separated names, or "all" (every registered engine); python3 and pypy3 are the real interpreters', default: 'all' }),
    filter: Flags.string({ description: 'glob over category/name; without "/" it matches a category or a name' }),
    json: Flags.boolean({ description: 'print the results as JSON' }),
    jobs: Flags.integer({ description: 'runs at once', default: DEFAULT_JOBS, min: 1 }),
    cases: Flags.string({ description: 'the cases folder (default conformance/cases)' }),
    timeout: Flags.integer({ description: 'milliseconds before a run is killed', default: DEFAULT_TIMEOUT_MS, min: 1 }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Conformance);
    await loadEngineModules();
    const engines = flags.engine === 'all' ? listEngines().map((e) => e.name) : flags.engine.split(',').map((s) => s.trim());
    if (engines.length === 0) {
      process.stderr.write(`pyw conformance: ${NO_ENGINE_MESSAGE}\n`);
      this.exit(2);
    }
    for (const name of engines) {
      if (!REFERENCE_NAMES.includes(name)) {
        try { getEngine(name); } catch (e) { process.stderr.write(`pyw conformance: ${(e as Error).message}\n`); this.exit(2); }
      }
    }
    const tty = process.stderr.isTTY && !flags.json;
    const report = await runConformance({
      engines, filter: flags.filter, casesDir: flags.cases, jobs: flags.jobs, timeoutMs: flags.timeout,
      onResult: tty ? (r, done, total) => process.stderr.write(`\r\x1b[K[${done}/${total}] ${r.id} [${r.engine}] ${r.status}`) : undefined,
    });
    if (tty) process.stderr.write('\r\x1b[K');
    if (flags.json) process.stdout.write(`${JSON.stringify({ ...report, summary: summarise(report) }, null, 2)}\n`);
    else process.stdout.write(formatReport(report));
    process.exitCode = report.cases > 0 && report.results.every((r) => r.status === 'pass') ? 0 : 1;
  }
}
