// `pyw dis`: what `python3 -m dis FILE` prints — the disassembly of a module
// and of every code object nested in it — for a Python source file (compiled
// by our compiler) or a .pyc written by CPython 3.11 (read by our marshal
// reader). `--stats` prints instruction counts by opcode instead. A thin
// shell over runDisMain.

import { readFileSync } from 'node:fs';
import { Args, Command, Flags } from '@oclif/core';
import { runDisMain } from '../../shared/bytecode/dis/dis-main.js';

/** Python's errno numbers and messages for the ways opening the input usually fails. */
const OPEN_ERRORS: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EISDIR: [21, 'Is a directory'],
};

/** argparse's complaint about an input file it cannot open. */
function cannotOpen(filename: string, error: NodeJS.ErrnoException): string {
  const known = OPEN_ERRORS[error.code ?? ''];
  const reason = known ? `[Errno ${known[0]}] ${known[1]}: '${filename}'` : error.message;
  return `pyw dis: error: argument infile: can't open '${filename}': ${reason}\n`;
}

export default class Dis extends Command {
  static override description =
    'Disassemble a Python file (source or CPython 3.11 .pyc) exactly as `python3 -m dis` does; '
    + '--stats counts instructions by opcode instead.';

  static override examples = [
    '<%= config.bin %> <%= command.id %> script.py',
    '<%= config.bin %> <%= command.id %> __pycache__/script.cpython-311.pyc',
    '<%= config.bin %> <%= command.id %> --stats script.py',
    '<%= config.bin %> <%= command.id %> - < script.py',
  ];

  static override args = {
    // ignoreStdin: oclif would otherwise take piped stdin as the file name.
    file: Args.string({ description: 'the .py or .pyc file; defaults to stdin ("-")', required: false, ignoreStdin: true }),
  };

  static override flags = {
    stats: Flags.boolean({ description: 'print instruction counts by opcode, per code object and in total' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Dis);
    const fromStdin = args.file === undefined || args.file === '-';
    const filename = fromStdin ? '<stdin>' : args.file!;
    let data: Uint8Array;
    try {
      data = readFileSync(fromStdin ? 0 : filename);
    } catch (e) {
      process.stderr.write(cannotOpen(filename, e as NodeJS.ErrnoException));
      this.exit(2);
    }
    const result = runDisMain(data, filename, { stats: flags.stats });
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  }
}
