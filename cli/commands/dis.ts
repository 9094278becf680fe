// `pyw dis`: what `python3 -m dis FILE` prints — the disassembly of a module
// and of every code object nested in it — for a Python source file (compiled
// by our compiler) or a .pyc written by CPython 3.11 (read by our marshal
// reader). `--stats` prints instruction counts by opcode instead. A thin
// shell over runDisMain.

import { Args, Command, Flags } from '@oclif/core';
import { runDisMain } from '../../shared/bytecode/dis/dis-main.js';
import { readInputOrExit, writeResult } from '../program-io.js';

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
    const { data, filename } = readInputOrExit(this, 'pyw dis', args.file);
    writeResult(runDisMain(data, filename, { stats: flags.stats }));
  }
}
