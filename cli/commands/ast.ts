// `pyw ast`: what `python3 -m ast` prints: the dump of a file's syntax tree,
// or the SyntaxError block and exit status 1. A thin shell over runAstMain.

import { Args, Command, Flags } from '@oclif/core';
import { DEFAULT_AST_INDENT, runAstMain } from '../../shared/ast/ast-main.js';
import type { ParseMode } from '../../shared/parser/index.js';
import { readInputOrExit, writeResult } from '../program-io.js';

const MODES: ParseMode[] = ['exec', 'single', 'eval', 'func_type'];

export default class Ast extends Command {
  static override description =
    'Print the abstract syntax tree of a Python file, exactly as `python3 -m ast` does (CPython 3.11).';

  static override examples = [
    '<%= config.bin %> <%= command.id %> script.py',
    '<%= config.bin %> <%= command.id %> -a --indent 2 script.py',
    '<%= config.bin %> <%= command.id %> -m single - < snippet.py',
    '<%= config.bin %> <%= command.id %> --mode func_type --no-type-comments sig.txt',
  ];

  static override args = {
    file: Args.string({ description: 'the file to parse; defaults to stdin ("-")', required: false, ignoreStdin: true }),
  };

  static override flags = {
    mode: Flags.string({ char: 'm', description: 'what kind of code must be parsed', options: MODES, default: 'exec' }),
    'no-type-comments': Flags.boolean({ description: "don't add information about type comments" }),
    'include-attributes': Flags.boolean({ char: 'a', description: 'include attributes such as line numbers and column offsets' }),
    indent: Flags.integer({ char: 'i', description: 'indentation of nodes (number of spaces)', default: DEFAULT_AST_INDENT }),
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Ast);
    const { data: source, filename } = readInputOrExit(this, 'pyw ast', args.file);
    writeResult(runAstMain(source, filename, {
      mode: flags.mode as ParseMode,
      indent: flags.indent,
      includeAttributes: flags['include-attributes'],
      typeComments: !flags['no-type-comments'],
    }));
  }
}
