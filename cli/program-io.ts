// The input and output shared by the commands that mirror `python3 -m MODULE [FILE]`:
// read FILE (or stdin for none or "-"), complaining as argparse does when it cannot
// be opened, then write a run's stdout and stderr and set the exit status.

import { readFileSync } from 'node:fs';
import type { Command } from '@oclif/core';

/** Python's errno numbers and messages for the ways opening the input usually fails. */
const OPEN_ERRORS: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'],
  EACCES: [13, 'Permission denied'],
  EISDIR: [21, 'Is a directory'],
};

/** argparse's complaint about an input file it cannot open. */
function cannotOpen(program: string, filename: string, error: NodeJS.ErrnoException): string {
  const known = OPEN_ERRORS[error.code ?? ''];
  const reason = known ? `[Errno ${known[0]}] ${known[1]}: '${filename}'` : error.message;
  return `${program}: error: argument infile: can't open '${filename}': ${reason}\n`;
}

/** What a program run prints and the status it exits with. */
export interface ProgramResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * The bytes of `file` (stdin when it is undefined or "-") and the name to report them under;
 * when the file cannot be opened, prints argparse's complaint as `program` and exits 2.
 */
export function readInputOrExit(command: Command, program: string, file: string | undefined): { data: Uint8Array; filename: string } {
  const fromStdin = file === undefined || file === '-';
  const filename = fromStdin ? '<stdin>' : file;
  try {
    return { data: readFileSync(fromStdin ? 0 : filename), filename };
  } catch (e) {
    process.stderr.write(cannotOpen(program, filename, e as NodeJS.ErrnoException));
    return command.exit(2);
  }
}

/** Writes a run's output and sets the process's exit status. */
export function writeResult(result: ProgramResult): void {
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
