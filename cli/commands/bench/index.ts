// `pyw bench`: the benchmark programs on engines and reference interpreters, as a table (or JSON,
// Markdown, HTML, pyperf), optionally compared with an earlier run.
//
// A thin shell over bench/harness: picks the engines (`all` = every registered engine) and the
// reference interpreters (those not installed are left out with a note), runs every pair, renders the
// results, and with --compare judges each pair against a saved JSON run (bench/compare). Exit code 0
// when every pair ran ok or is unsupported; 1 when a checksum was wrong, a pair failed or timed out,
// or --fail-on-regression found a regression; 2 for a bad command line. On a terminal, a progress
// line on stderr shows each pair as it starts and finishes. The format renderers are imported only
// when asked for.

import { Command, Flags } from '@oclif/core';
import { loadEngineModules } from '../../../conformance/runner/index.js';
import { listEngines } from '../../../engines/engine.js';
import { compareResults, DEFAULT_THRESHOLD, formatComparison, regressions } from '../../../bench/compare/index.js';
import { renderTable } from '../../../bench/formats/table.js';
import {
  type BenchProgress, DEFAULT_JOBS, runBenchmarks, SIZE_DEFAULTS, SIZE_NAMES,
} from '../../../bench/harness/index.js';
import { readResults } from '../../../bench/results/read.js';
import { OUTPUT_FORMATS, type OutputFormat, writeResults } from '../../../bench/report/index.js';
import type { BenchResults, Metric, SizeName } from '../../../bench/results/schema.js';

function sizeDefaultsText(): string {
  return SIZE_NAMES.map((size) => {
    const s = SIZE_DEFAULTS[size];
    return `  ${size.padEnd(8)} 1 cold + ${s.warmupIterations} warm-up + ${s.minSamples} samples; an engine's iterations after the cold one fit in ${s.pairBudgetMs / 1000} s (fewer when they would not); timeout ${s.timeoutMs / 1000} s`;
  }).join('\n');
}

function list(value: string): string[] {
  return value === 'none' ? [] : value.split(',').map((s) => s.trim()).filter(Boolean);
}

export default class Bench extends Command {
  static override description = `Run the benchmark programs (bench/programs) on engines and on the real interpreters, and report time ratios.

Each (program, engine) pair runs in a fresh process: start-up, a cold iteration, warm-up iterations, then steady-state samples timed by tinybench, every checksum checked against CPython's. python3 and pypy3, when installed, run the same files in subprocesses, timed by the programs' own driver, so every ratio comes from one run. Ratios are baseline time / engine time (above 1 = faster than the baseline), from CPU time by default (shared machines inflate wall time), steady-state medians and cold iterations shown apart.

Iterations per size (--warmup and --samples override them):
${sizeDefaultsText()}

--compare judges each pair of this run against a saved JSON run with a two-sample t-test on the steady samples (as pyperf compare_to), counting a change only above --min-change. Exit code 1 when a checksum is wrong, a pair fails or times out, or --fail-on-regression PCT finds a pair slower by more than PCT%.`;

  static override examples = [
    '<%= config.bin %> <%= command.id %> --size quick',
    '<%= config.bin %> <%= command.id %> --engine cpython --ref python3 --program "n*" --size quick',
    '<%= config.bin %> <%= command.id %> --format json --out baseline.json',
    '<%= config.bin %> <%= command.id %> --compare baseline.json --fail-on-regression 10',
    '<%= config.bin %> <%= command.id %> --format html --out bench.html --metric wall',
    '<%= config.bin %> <%= command.id %> --engine none --ref python3,pypy3 --baseline python3',
  ];

  static override flags = {
    engine: Flags.string({ description: 'engine name, comma-separated names, "all" (every registered engine) or "none"', default: 'cpython' }),
    ref: Flags.string({ description: 'reference interpreters, comma-separated, or "none"; those not installed are left out', default: 'python3,pypy3' }),
    program: Flags.string({ description: 'glob over program names ("*" and "?"), e.g. "n*"' }),
    size: Flags.string({ description: 'work size of every program', options: [...SIZE_NAMES], default: 'default' }),
    format: Flags.string({ description: 'output format', options: [...OUTPUT_FORMATS], default: 'table' }),
    out: Flags.string({ description: 'write the output to FILE (the table is still printed when the format is not table); pyperf: DIR or FILE.json, one file per engine' }),
    compare: Flags.string({ description: 'compare with an earlier run saved by --format json --out BASELINE.json' }),
    'fail-on-regression': Flags.string({ description: 'with --compare: exit 1 when a pair is significantly slower by more than PCT percent' }),
    'min-change': Flags.string({ description: `with --compare: least change, in percent, that counts as faster or slower (default ${DEFAULT_THRESHOLD * 100})` }),
    metric: Flags.string({ description: 'the clock ratios come from', options: ['cpu', 'wall'], default: 'cpu' }),
    baseline: Flags.string({ description: 'what ratios are relative to (default python3 when it runs, else the first engine)' }),
    jobs: Flags.integer({ description: 'pairs run at once', default: DEFAULT_JOBS, min: 1 }),
    'programs-dir': Flags.string({ description: 'a folder of programs following bench/programs/README.md, with its checksums.json' }),
    warmup: Flags.integer({ description: 'warm-up iterations after the cold one (default per size)', min: 0 }),
    samples: Flags.integer({ description: 'least number of steady-state samples (default per size)', min: 1 }),
    timeout: Flags.integer({ description: 'milliseconds before a pair is killed (default per size)', min: 1 }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Bench);
    const fail = (message: string): never => {
      process.stderr.write(`pyw bench: ${message}\n`);
      return this.exit(2);
    };
    const percent = (name: string, value: string | undefined): number | undefined => {
      if (value === undefined) return undefined;
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) fail(`--${name} takes a percentage, not '${value}'`);
      return n;
    };
    const failOnRegression = percent('fail-on-regression', flags['fail-on-regression']);
    const minChange = percent('min-change', flags['min-change']);
    if (failOnRegression !== undefined && flags.compare === undefined) fail('--fail-on-regression needs --compare BASELINE.json');
    if (flags.format === 'pyperf' && flags.out === undefined && list(flags.engine).length + list(flags.ref).length > 1) {
      fail('--format pyperf writes one file per engine: give --out DIR (or FILE.json for one engine)');
    }
    let baselineResults: BenchResults | undefined;
    if (flags.compare !== undefined) {
      try { baselineResults = readResults(flags.compare); } catch (e) { fail((e as Error).message); }
    }

    let engines = list(flags.engine);
    if (flags.engine === 'all') {
      await loadEngineModules();
      engines = listEngines().map((e) => e.name);
    }
    const tty = process.stderr.isTTY === true;
    const progress = (event: BenchProgress): void => {
      const what = `${event.program} on ${event.engine}`;
      const line = event.kind === 'started' ? `running ${what}` : `${what}: ${event.record!.status}`;
      process.stderr.write(`\r\x1b[K[${event.done}/${event.total}] ${line}`);
    };
    let results: BenchResults;
    try {
      results = await runBenchmarks({
        engines, references: list(flags.ref), programs: flags.program, programsDir: flags['programs-dir'],
        size: flags.size as SizeName, metric: flags.metric as Metric, baseline: flags.baseline,
        warmupIterations: flags.warmup, minSamples: flags.samples, timeoutMs: flags.timeout, jobs: flags.jobs,
        onProgress: tty ? progress : undefined,
        onNote: (note) => process.stderr.write(`${tty ? '\r\x1b[K' : ''}pyw bench: ${note}\n`),
      });
    } catch (e) {
      if (tty) process.stderr.write('\r\x1b[K');
      return fail((e as Error).message);
    }
    if (tty) process.stderr.write('\r\x1b[K');
    if (results.programs.length === 0) {
      process.stderr.write(`pyw bench: no benchmark program matched${flags.program ? ` '${flags.program}'` : ''}\n`);
      this.exit(1);
    }

    const format = flags.format as OutputFormat;
    const note = (message: string): void => { process.stderr.write(`pyw bench: ${message}\n`); };
    let failed = false;
    try {
      // To stdout, or to --out (pyperf: one file per engine) with the table printed beside it.
      const written = await writeResults(results, format, flags.out, note);
      if (written.stdout !== undefined) process.stdout.write(written.stdout);
      else if (format !== 'table') process.stdout.write(renderTable(results));
      for (const file of written.files) note(`wrote ${file}`);
    } catch (e) {
      process.stdout.write(renderTable(results));
      note((e as Error).message);
      failed = true;
    }

    const bad = results.runs.filter((r) => r.status !== 'ok' && r.status !== 'unsupported');
    if (bad.length) {
      failed = true;
      process.stderr.write(`pyw bench: ${bad.length} of ${results.runs.length} pairs failed:\n`);
      for (const r of bad) process.stderr.write(`  ${r.program} on ${r.engine}: ${r.status}${r.reason ? `: ${r.reason}` : ''}\n`);
    }
    if (baselineResults) {
      const comparison = compareResults(baselineResults, results, minChange === undefined ? {} : { threshold: minChange / 100 });
      process.stdout.write(`\n${formatComparison(comparison)}`);
      if (failOnRegression !== undefined) {
        const slower = regressions(comparison, failOnRegression);
        if (slower.length) {
          failed = true;
          process.stderr.write(`pyw bench: ${slower.length} pair(s) slower than ${flags.compare} by more than ${failOnRegression}%:\n`);
          for (const v of slower) process.stderr.write(`  ${v.program} on ${v.engine}: ${(v.change * 100).toFixed(1)}% slower\n`);
        }
      }
    }
    process.exitCode = failed ? 1 : 0;
  }
}
