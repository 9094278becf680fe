// The command line of `pyw run`, parsed by hand: pyw's own options first, then the program
// (FILE, -c CODE or -m MODULE), then the program's arguments, untouched.

export const RUN_USAGE = `USAGE
  $ pyw run [--engine NAME] [--stats] (FILE | DIR | -c CODE | -m MODULE | -) [ARGS...]

OPTIONS
  --engine NAME   engine to run on (default: cpython)
  --stats         after the run, print instructions executed by opcode, objects allocated
                  and freed, and refcount increments and decrements (to stderr)
  -c CODE         run CODE as the main program (sys.argv[0] is '-c')
  -m MODULE       run MODULE, found on sys.path, as the main program (as python3 -m:
                  sys.argv[0] is its file)
  FILE            the program; '-' or none reads it from stdin
  DIR             a folder: runs its __main__.py, the folder first on sys.path
  ARGS...         the program's arguments (sys.argv[1:])`;

export class RunUsageError extends Error {}

export interface RunArguments {
  engine: string;
  stats: boolean;
  help: boolean;
  file?: string;
  code?: string;
  module?: string;
  args: string[];
}

export function parseRunArguments(argv: readonly string[]): RunArguments {
  const out: RunArguments = { engine: 'cpython', stats: false, help: false, args: [] };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--stats') out.stats = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--engine' || a.startsWith('--engine=')) {
      const v = a === '--engine' ? argv[++i] : a.slice('--engine='.length);
      if (v === undefined || v === '') throw new RunUsageError('--engine needs a name');
      out.engine = v;
    } else if (a === '-c' || a === '-m') {
      const v = argv[++i];
      if (v === undefined) throw new RunUsageError(`Argument expected for the ${a} option`);
      if (a === '-c') out.code = v;
      else out.module = v;
      out.args = argv.slice(i + 1);
      return out;
    } else if (a === '--') {
      i++;
      break;
    } else if (a.startsWith('-') && a !== '-') throw new RunUsageError(`unknown option ${a}`);
    else break;
  }
  if (i < argv.length) {
    out.file = argv[i];
    out.args = argv.slice(i + 1);
  }
  return out;
}
