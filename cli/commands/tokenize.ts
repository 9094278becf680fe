// `pyw tokenize`: what `python3 -m tokenize [-e] [FILE]` prints — one line per token from
// Lib/tokenize.py's pure-Python tokenizer, or its error line and exit status 1.
// A thin shell over runTokenizeMain; with no FILE (or "-") it reads stdin.

import { readFileSync } from 'node:fs';
import { Args, Command, Flags } from '@oclif/core';
import { osErrorResult, runTokenizeMain, type TokenizeMainResult } from '../../shared/tokenizer/tokenize-main.js';
import { writeResult } from '../program-io.js';

export default class Tokenize extends Command {
  static override description = 'Print the tokens of a Python file, exactly as `python3 -m tokenize` does (CPython 3.11).';

  static override examples = [
    '<%= config.bin %> <%= command.id %> script.py',
    '<%= config.bin %> <%= command.id %> -e script.py',
    'echo "x = 1" | <%= config.bin %> <%= command.id %>',
  ];

  static override args = {
    // ignoreStdin: oclif would otherwise take piped stdin as the file name.
    file: Args.string({ description: 'the file to tokenize; defaults to stdin ("-")', required: false, ignoreStdin: true }),
  };

  static override flags = {
    exact: Flags.boolean({ char: 'e', description: 'display token names using the exact type' }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Tokenize);
    const stdin = args.file === undefined || args.file === '-';
    const filename = stdin ? '<stdin>' : args.file!;
    let result: TokenizeMainResult;
    try {
      const source = readFileSync(stdin ? 0 : filename);
      result = runTokenizeMain(source, filename, { exact: flags.exact, stdin });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const failure = code === undefined ? null : osErrorResult(code, filename);
      if (failure === null) throw e;
      result = failure;
    }
    writeResult(result);
  }
}
