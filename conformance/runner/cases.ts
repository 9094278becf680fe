// The conformance cases on disk: finding them, choosing them by glob, reading their expectations.
//
// A case is `<cases>/<category>/<name>.py` directly inside a category folder; a name starting with
// `_` and anything in a subfolder is a support module that cases import, never run on its own.
// Beside a case: `<name>.expected.json`, written by scripts/regenerate-conformance.py from python3
// ({stdout, stderr, exitCode, argv, python}), and optionally `<name>.stdin`, fed to standard input.
// The argv recorded in the expectation comes from a `# argv: a b` line in the case's leading comment
// block; the regeneration script parses it, so it is parsed in one place only. A filter GLOB is matched
// against `category/name`; a glob without `/` matches the category or the name. `*` and `?` stay
// within one path segment, `**` crosses them (the script's --filter reads globs the same way).

import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CASES_DIR } from './paths.js';

/** What python3 did with a case, as the regeneration script recorded it. */
export interface Expectation {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** sys.argv as the case sees it, argv[0] (the file's name) first. */
  readonly argv: readonly string[];
  /** The python3 version that produced it. */
  readonly python: string;
}

export interface ConformanceCase {
  readonly category: string;
  readonly name: string;
  /** `category/name`, the id filters and reports use. */
  readonly id: string;
  /** The case's folder, with symbolic links resolved (outputs are normalised against it). */
  readonly dir: string;
  /** `name.py`. */
  readonly filename: string;
  /** `name.stdin`, fed to standard input, when there is one. */
  readonly stdinPath?: string;
  readonly expectationPath: string;
}

/** Every case under `casesDir`, sorted by id, optionally only those a glob selects. */
export function findCases(casesDir: string = DEFAULT_CASES_DIR, filter?: string): ConformanceCase[] {
  if (!existsSync(casesDir)) return [];
  const root = realpathSync(casesDir);
  const select = filter === undefined ? null : globFilter(filter);
  const cases: ConformanceCase[] = [];
  for (const category of readdirSync(root).sort()) {
    const dir = join(root, category);
    if (category.startsWith('.') || !statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.py') || file.startsWith('_') || !statSync(join(dir, file)).isFile()) continue;
      const name = file.slice(0, -3);
      if (select && !select(category, name)) continue;
      const stdinPath = join(dir, `${name}.stdin`);
      cases.push({
        category, name, id: `${category}/${name}`, dir, filename: file,
        stdinPath: existsSync(stdinPath) ? stdinPath : undefined,
        expectationPath: join(dir, `${name}.expected.json`),
      });
    }
  }
  return cases;
}

/** The case's expectation, or null when it has not been generated yet. */
export function readExpectation(c: ConformanceCase): Expectation | null {
  if (!existsSync(c.expectationPath)) return null;
  return JSON.parse(readFileSync(c.expectationPath, 'utf8')) as Expectation;
}

/** A predicate over (category, name) for a filter glob, with the semantics in the header. */
export function globFilter(glob: string): (category: string, name: string) => boolean {
  const re = globToRegExp(glob);
  if (glob.includes('/')) return (category, name) => re.test(`${category}/${name}`);
  return (category, name) => re.test(category) || re.test(name);
}

/** `**` any characters, `*` any but `/`, `?` one but `/`; everything else literal. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') { source += '.*'; i++; }
    else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
