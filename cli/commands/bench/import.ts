// `pyw bench import`: pyperf JSON files (written by `python3 -m pyperf`, pyperformance, or
// `pyw bench --format pyperf`) rendered as `pyw bench` renders its own runs.
//
// A thin shell over bench/formats/pyperf-join.ts: each file is one column, named as the file says
// (our own exports) or after the file; programs are joined by name. Exit code 2 for a bad command
// line or a file that is not a pyperf suite.

import { Args, Command, Flags } from '@oclif/core';
import { joinResults, readPyperfFiles } from '../../../bench/formats/pyperf-join.js';
import { OUTPUT_FORMATS, type OutputFormat, writeResults } from '../../../bench/report/index.js';

export default class BenchImport extends Command {
  static override description = `Read pyperf JSON files into a benchmark report.

Each file is one column: the interpreter it measured, named as the file says (files written by \`pyw bench --format pyperf\`) or after the file (python3.json → python3). Programs are joined by name; one missing from a file shows as unsupported there. pyperf's values are times per loop iteration; a worker's first warm-up is the cold iteration, the values are the steady state. pyperf records wall time, so ratios are by wall time unless every file has CPU times. The baseline is --baseline, else a column named python3, else the first file.`;

  static override strict = false;

  static override args = {
    files: Args.string({ description: 'pyperf JSON files (format 1.0: pyperf 1.0 and later)', required: true }),
  };

  static override examples = [
    '<%= config.bin %> <%= command.id %> python3.json pypy3.json',
    '<%= config.bin %> <%= command.id %> results/ --format md',
    '<%= config.bin %> <%= command.id %> python3.json cpython.json --baseline python3 --format html --out report.html',
  ];

  static override flags = {
    format: Flags.string({ description: 'output format', options: [...OUTPUT_FORMATS], default: 'table' }),
    out: Flags.string({ description: 'write the output to FILE (pyperf: see `pyw bench --help`)' }),
    baseline: Flags.string({ description: 'the column ratios are relative to' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(BenchImport);
    const fail = (message: string): never => {
      process.stderr.write(`pyw bench import: ${message}\n`);
      return this.exit(2);
    };
    const note = (message: string): void => { process.stderr.write(`pyw bench import: ${message}\n`); };
    let written;
    try {
      const results = joinResults(readPyperfFiles(argv as string[]), { baseline: flags.baseline, onNote: note });
      written = await writeResults(results, flags.format as OutputFormat, flags.out, note);
    } catch (e) {
      return fail((e as Error).message);
    }
    if (written.stdout !== undefined) process.stdout.write(written.stdout);
    for (const file of written.files) note(`wrote ${file}`);
  }
}
