// `pyw report`: the conformance suite and the benchmarks on every engine (and on python3 and pypy3
// when installed) into one self-contained HTML page, plus the terminal tables.
//
// A thin shell over bench/report. Exit code 0 when the page was written and every benchmark pair ran
// ok or is unsupported; 1 when a checksum was wrong or a pair failed (the page is still written);
// conformance failures are what the page reports, not a failure of the command. 2 for a bad command
// line. On a terminal, a progress line on stderr follows both halves.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Flags } from '@oclif/core';
import { DEFAULT_JOBS, SIZE_NAMES } from '../../bench/harness/index.js';
import {
  DEFAULT_REPORT_FILE, failedPairs, formatReportForTerminal, type Report, type ReportProgress, runReport,
} from '../../bench/report/index.js';
import type { Metric, SizeName } from '../../bench/results/schema.js';

function list(value: string): string[] {
  return value === 'none' ? [] : value.split(',').map((s) => s.trim()).filter(Boolean);
}

export default class ReportCommand extends Command {
  static override description = `Run the conformance suite and the benchmarks on every engine, and write one HTML report with both.

The reference interpreters (python3, pypy3) take part when installed: in the conformance half python3 checks the suite itself and pypy3 shows where PyPy differs (not with --quick, unless --ref-conformance); in the benchmarks they are the baselines (ratios to python3 by default). The halves run one after the other so that neither disturbs the other's timings. The page is self-contained (no scripts, nothing from the network): ratios per program on a log axis, warm-up curves, memory, every number, the machine, and the conformance tables with each failing case. The terminal gets the tables.

With the default size it takes about 10 minutes on 2 cores; --quick (the quick size, conformance on the engines only) a few.`;

  static override examples = [
    '<%= config.bin %> <%= command.id %>',
    '<%= config.bin %> <%= command.id %> --quick',
    '<%= config.bin %> <%= command.id %> --engine cpython --ref python3 --out report.html --json results.json',
  ];

  static override flags = {
    quick: Flags.boolean({ description: 'the quick size (same as --size quick)' }),
    size: Flags.string({ description: 'work size of every benchmark program', options: [...SIZE_NAMES], default: 'default' }),
    engine: Flags.string({ description: 'engines: comma-separated names, "all" (every registered engine) or "none"', default: 'all' }),
    ref: Flags.string({ description: 'reference interpreters, comma-separated, or "none"; those not installed are left out', default: 'python3,pypy3' }),
    out: Flags.string({ description: 'the HTML file to write', default: DEFAULT_REPORT_FILE }),
    json: Flags.string({ description: 'also save the benchmark results as JSON (for `pyw bench --compare`)' }),
    program: Flags.string({ description: 'benchmarks: glob over program names' }),
    filter: Flags.string({ description: 'conformance: glob over case ids (category/name)' }),
    metric: Flags.string({ description: 'the clock ratios come from', options: ['cpu', 'wall'], default: 'cpu' }),
    baseline: Flags.string({ description: 'what ratios are relative to (default python3 when it runs)' }),
    jobs: Flags.integer({ description: 'runs at once', default: DEFAULT_JOBS, min: 1 }),
    'programs-dir': Flags.string({ description: 'benchmarks: another folder of programs, with its checksums.json' }),
    cases: Flags.string({ description: 'conformance: another cases folder' }),
    'ref-conformance': Flags.boolean({
      description: 'run the conformance suite on the reference interpreters too (default: yes, except with --quick)', allowNo: true,
    }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(ReportCommand);
    const size = (flags.quick ? 'quick' : flags.size) as SizeName;
    if (flags.quick && flags.size !== 'default' && flags.size !== 'quick') {
      process.stderr.write(`pyw report: --quick and --size ${flags.size} disagree\n`);
      return this.exit(2);
    }
    const tty = process.stderr.isTTY === true;
    const progress = (p: ReportProgress): void => {
      process.stderr.write(`\r\x1b[K[${p.stage} ${p.done}/${p.total}] ${p.label}`.slice(0, (process.stderr.columns || 100) + 4));
    };
    let report: Report;
    try {
      report = await runReport({
        engines: flags.engine === 'all' ? undefined : list(flags.engine),
        references: list(flags.ref), size, programs: flags.program, programsDir: flags['programs-dir'],
        conformanceReferences: flags['ref-conformance'] ?? size !== 'quick',
        conformanceFilter: flags.filter, casesDir: flags.cases, metric: flags.metric as Metric,
        baseline: flags.baseline, jobs: flags.jobs,
        onProgress: tty ? progress : undefined,
        onNote: (note) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}pyw report: ${note}\n`),
      });
    } catch (e) {
      if (tty) process.stderr.write('\r\x1b[K');
      process.stderr.write(`pyw report: ${(e as Error).message}\n`);
      return this.exit(2);
    }
    if (tty) process.stderr.write('\r\x1b[K');
    process.stdout.write(formatReportForTerminal(report));
    writeFileSync(flags.out, report.html);
    if (flags.json !== undefined) writeFileSync(flags.json, `${JSON.stringify(report.results, null, 2)}\n`);
    process.stdout.write(`\nreport written to ${resolve(flags.out)}\n`);
    if (flags.json !== undefined) process.stdout.write(`results written to ${resolve(flags.json)}\n`);
    process.exitCode = failedPairs(report.results).length > 0 ? 1 : 0;
  }
}
