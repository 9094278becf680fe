// `pyw run`: run a Python program as `python3` does — `pyw run FILE ARGS...`, `pyw run -c CODE`,
// `pyw run -m MODULE`, or the program on stdin (no FILE, or "-"). Options for pyw come before
// FILE; everything after FILE (or after -c CODE / -m MODULE) is the program's sys.argv.
//
// The arguments are parsed here rather than by oclif so that nothing after FILE is ever taken
// for one of pyw's flags.

import { Command } from '@oclif/core';
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { loadEngineModules } from '../../conformance/runner/index.js';
import { listEngines } from '../../engines/engine.js';
import { runInWorker } from '../../engines/cpython/run-in-worker.js';
import { parseRunArguments, RunUsageError, RUN_USAGE } from '../run-arguments.js';
import { formatRunStats } from '../run-stats.js';

export default class Run extends Command {
  static override description = 'Run a Python program on an engine, as python3 runs it (stdout, stderr and exit code).';
  static override strict = false;
  static override usage = RUN_USAGE;
  static override examples = [
    '<%= config.bin %> <%= command.id %> script.py arg1 arg2',
    '<%= config.bin %> <%= command.id %> -c "print(2 ** 100)"',
    '<%= config.bin %> <%= command.id %> --stats script.py',
    '<%= config.bin %> <%= command.id %> --engine cpython -m mymodule',
    'echo "print(1)" | <%= config.bin %> <%= command.id %>',
  ];

  async run(): Promise<void> {
    let parsed;
    // The arguments are parsed by hand (see above); tell oclif so it does not warn that they were not.
    (this as unknown as { parsed: boolean }).parsed = true;
    try {
      parsed = parseRunArguments(this.argv);
    } catch (e) {
      if (e instanceof RunUsageError) {
        process.stderr.write(`pyw run: ${e.message}\n${RUN_USAGE}\n`);
        return this.exit(2);
      }
      throw e;
    }
    if (parsed.help) {
      process.stdout.write(`${Run.description}\n\n${RUN_USAGE}\n`);
      return;
    }
    await loadEngineModules();
    const known = listEngines().map((e) => e.name);
    if (parsed.engine !== 'cpython') {
      process.stderr.write(`pyw run: unknown engine '${parsed.engine}'; known engines: ${known.join(', ')}\n`);
      return this.exit(2);
    }
    let source: Uint8Array;
    let filename: string;
    let argv: string[];
    let path0: string;
    let mainDirectory = false;
    if (parsed.code !== undefined) {
      source = new TextEncoder().encode(parsed.code);
      filename = '<string>';
      argv = ['-c', ...parsed.args];
      path0 = '';
    } else if (parsed.module !== undefined) {
      // The engine finds the module on sys.path and sets sys.argv[0] to its file, as runpy does.
      source = new Uint8Array(0);
      filename = '';
      argv = ['-m', ...parsed.args];
      path0 = process.cwd();
    } else if (parsed.file === undefined || parsed.file === '-') {
      source = readFileSync(0);
      filename = '<stdin>';
      argv = [parsed.file === '-' ? '-' : '', ...parsed.args];
      path0 = '';
    } else if (isDirectory(parsed.file)) {
      // A directory runs its __main__ as python3 does: sys.path[0] is the folder, sys.argv[0] the argument as given.
      source = new Uint8Array(0);
      filename = '';
      argv = [parsed.file, ...parsed.args];
      path0 = isAbsolute(parsed.file) ? parsed.file : `${process.cwd()}/${parsed.file}`;
      mainDirectory = true;
    } else {
      const absolute = resolve(parsed.file);
      try {
        source = readFileSync(parsed.file);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const reason = err.code === 'ENOENT' ? '[Errno 2] No such file or directory' : err.code === 'EISDIR' ? '[Errno 21] Is a directory' : err.message;
        process.stderr.write(`python3: can't open file '${absolute}': ${reason}\n`);
        return this.exit(2);
      }
      filename = absolute;
      argv = [parsed.file, ...parsed.args];
      path0 = dirname(absolute);
    }
    const result = await runInWorker({
      source, filename, module: mainDirectory ? '__main__' : parsed.module, alterArgv: !mainDirectory, argv, path: [path0], stdin: '', capture: false, countOpcodes: parsed.stats,
    });
    if (parsed.stats) process.stderr.write(formatRunStats(result.stats));
    process.exitCode = result.exitCode;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
