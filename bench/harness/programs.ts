// The benchmark programs on disk: finding them, choosing them by glob, and what the results say
// about each (description, work parameter, committed checksum).
//
// A program is `<dir>/<name>.py` not starting with `_` (those are support modules such as the
// driver). Its description is its first comment line without the `# name: ` prefix; its work
// parameter is the size's entry in its `SIZES = {...}` line; its checksum comes from the checksums
// file ({program: {size: checksum}}, bench/checksums.json for bench/programs, else
// `<dir>/checksums.json`). A program without a committed checksum still runs, and its pair is an
// error saying so. The glob is the conformance runner's (`*` and `?` within a name).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globToRegExp } from '../../conformance/runner/cases.js';
import type { SizeName } from '../results/schema.js';
import { DEFAULT_CHECKSUMS_FILE, DEFAULT_PROGRAMS_DIR } from './paths.js';

export interface BenchProgram {
  readonly name: string;
  /** Absolute path of the file. */
  readonly file: string;
  readonly description: string;
  /** SIZES[size], or NaN when the program does not declare it. */
  readonly work: number;
  /** The committed checksum at this size, or null when there is none. */
  readonly expectedChecksum: string | null;
}

/** The checksums file that goes with a programs folder. */
export function checksumsFileFor(programsDir: string): string {
  return resolve(programsDir) === resolve(DEFAULT_PROGRAMS_DIR) ? DEFAULT_CHECKSUMS_FILE : join(programsDir, 'checksums.json');
}

/** Every program in `dir` (sorted by name) that the glob selects, described at `size`. */
export function findPrograms(dir: string, size: SizeName, options: { glob?: string; checksumsFile?: string } = {}): BenchProgram[] {
  if (!existsSync(dir)) throw new Error(`no programs folder at ${dir}`);
  const checksumsFile = options.checksumsFile ?? checksumsFileFor(dir);
  const checksums = existsSync(checksumsFile)
    ? (JSON.parse(readFileSync(checksumsFile, 'utf8')) as Record<string, Record<string, string>>)
    : {};
  const select = options.glob === undefined ? null : globToRegExp(options.glob);
  const programs: BenchProgram[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith('.py') || entry.startsWith('_')) continue;
    const name = entry.slice(0, -3);
    if (select && !select.test(name)) continue;
    const file = resolve(dir, entry);
    const source = readFileSync(file, 'utf8');
    programs.push({
      name, file,
      description: describe(name, source),
      work: workParameter(source, size),
      expectedChecksum: checksums[name]?.[size] ?? null,
    });
  }
  return programs;
}

/** The first line when it is a comment, without `# ` and a leading `name: `. */
function describe(name: string, source: string): string {
  const first = source.split('\n', 1)[0]!;
  if (!first.startsWith('#')) return '';
  const text = first.replace(/^#\s*/, '');
  return text.startsWith(`${name}: `) ? text.slice(name.length + 2) : text;
}

function workParameter(source: string, size: SizeName): number {
  const line = /^SIZES\s*=\s*\{(.*)\}\s*$/m.exec(source)?.[1] ?? '';
  const entry = new RegExp(`["']${size}["']\\s*:\\s*(\\d+)`).exec(line);
  return entry ? Number(entry[1]) : Number.NaN;
}
