// The front-end entry points the verification suites call, loaded on demand.
//
// The corpus, golden and fuzz suites measure pieces that other engineers are
// still writing. Importing them statically would turn one missing module into
// a failure of the whole suite file, so this module imports each entry point
// dynamically and records why it is unavailable; a suite then reports the
// piece as missing (or fails that one test) instead of crashing. It also holds
// the one place where an error report is reduced to its class and line, so
// python3's output and ours are read the same way.

/** What `python3 -m tokenize` / `python3 -m ast` leave behind: stdout, stderr, exit code. */
export interface CliResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type RunTokenizeMain = (
  bytes: Uint8Array, filename: string, options: { exact: boolean },
) => CliResult | Promise<CliResult>;

export type RunAstMain = (
  bytes: Uint8Array, filename: string,
  options: { mode: 'exec'; indent: number; includeAttributes: boolean; typeComments: boolean },
) => CliResult | Promise<CliResult>;

export type ParseBytes = (bytes: Uint8Array, options?: { filename?: string; typeComments?: boolean }) => unknown;

/** A loaded entry point, or the reason it could not be loaded. */
export type Loaded<T> = { ok: true; fn: T } | { ok: false; reason: string };

export interface FrontEnd {
  tokenizeMain: Loaded<RunTokenizeMain>;
  astMain: Loaded<RunAstMain>;
  parseBytes: Loaded<ParseBytes>;
  /** The PySyntaxError class, to tell a Python SyntaxError from any other JS exception. */
  syntaxError: new (...args: never[]) => Error;
}

async function loadExport<T>(specifier: string, name: string): Promise<Loaded<T>> {
  try {
    const module = (await import(specifier)) as Record<string, unknown>;
    const fn = module[name];
    if (typeof fn !== 'function') return { ok: false, reason: `${specifier} does not export ${name}()` };
    return { ok: true, fn: fn as T };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, reason: `cannot load ${specifier}: ${message}` };
  }
}

let cached: Promise<FrontEnd> | null = null;

/** Loads every entry point once per test file. */
export function loadFrontEnd(): Promise<FrontEnd> {
  cached ??= (async () => {
    const { PySyntaxError } = await import('../../shared/errors/syntax-error.js');
    return {
      tokenizeMain: await loadExport<RunTokenizeMain>('../../shared/tokenizer/tokenize-main.js', 'runTokenizeMain'),
      astMain: await loadExport<RunAstMain>('../../shared/ast/ast-main.js', 'runAstMain'),
      parseBytes: await loadExport<ParseBytes>('../../shared/parser/index.js', 'parseBytes'),
      syntaxError: PySyntaxError as unknown as new (...args: never[]) => Error,
    };
  })();
  return cached;
}

/** The options `python3 -m ast -a FILE` runs with. */
export const AST_A_OPTIONS = { mode: 'exec', indent: 3, includeAttributes: true, typeComments: true } as const;

/** The three programs every suite compares, by the names the reference scripts use. */
export const PROGRAMS = ['tokenize', 'tokenize-e', 'ast'] as const;
export type Program = (typeof PROGRAMS)[number];

/** Runs one of the three programs on a file's bytes. */
export async function runProgram(
  frontEnd: FrontEnd, program: Program, bytes: Uint8Array, filename: string,
): Promise<CliResult> {
  if (program === 'ast') {
    if (!frontEnd.astMain.ok) throw new Error(frontEnd.astMain.reason);
    return await frontEnd.astMain.fn(bytes, filename, AST_A_OPTIONS);
  }
  if (!frontEnd.tokenizeMain.ok) throw new Error(frontEnd.tokenizeMain.reason);
  return await frontEnd.tokenizeMain.fn(bytes, filename, { exact: program === 'tokenize-e' });
}

/** The part of a failure both sides must agree on. */
export interface ErrorSignature {
  cls: string;
  line: number;
}

// `name:L:C: error: msg` is how tokenize.main reports TokenError and IndentationError.
const TOKENIZE_LOCATED = /^.*:(\d+):(\d+): error: /;
// The '  File "name", line N' header of a SyntaxError block (frames end in ", in func").
const SYNTAX_FILE_LINE = /^ {2}File ".*", line (-?\d+)$/;
// The last line of an exception block: 'SyntaxError: msg' or just 'ValueError'.
const EXCEPTION_LINE = /^([A-Za-z_][\w.]*)(?::|$)/;

/** Reads the class and line of a failure out of a program's stderr. */
export function errorSignature(program: Program, stderr: string): ErrorSignature {
  const lines = stderr.split('\n').filter((l) => l.length > 0);
  if (program !== 'ast') {
    const first = lines[0] ?? '';
    const located = TOKENIZE_LOCATED.exec(first);
    if (located) return { cls: 'tokenize-error', line: Number(located[1]) };
    if (first.startsWith('unexpected error: ')) return { cls: 'unexpected-error', line: 0 };
    return { cls: first.includes(': error: ') ? 'SyntaxError' : 'error', line: 0 };
  }
  let line = 0;
  for (const text of lines) {
    const header = SYNTAX_FILE_LINE.exec(text);
    if (header) line = Number(header[1]);
  }
  const cls = EXCEPTION_LINE.exec(lines[lines.length - 1] ?? '')?.[1] ?? 'unknown';
  return { cls, line };
}

/** The first line where two outputs differ, for reports: `line N: ours | theirs`. */
export function firstDifference(ours: string, theirs: string): string {
  const a = ours.split('\n');
  const b = theirs.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const show = (s: string | undefined) => (s === undefined ? '<missing>' : JSON.stringify(s.slice(0, 160)));
      return `line ${i + 1}: ours ${show(a[i])} | python3 ${show(b[i])}`;
    }
  }
  return 'identical';
}
