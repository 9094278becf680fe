// Loading a benchmark program for the harness (Engine.openBenchmark): an interpreter made in this
// thread, the program imported as a module (its `if __name__ == "__main__"` block does not run),
// and each iteration one call of its `run(SIZES[size])`, whose result is returned as str().
//
// The program's own output goes nowhere: a benchmark's answer is its checksum. A Python exception
// while loading or running becomes a BenchmarkError carrying the traceback CPython would print;
// one that says a module or a feature is missing marks the program unsupported on this engine.

import { basename, dirname, extname } from 'node:path';
import { BenchmarkError, type BenchmarkSession, type BenchmarkTarget } from '../engine.js';
import { compileSource } from '../../shared/compiler/index.js';
import { decref, type PyValue } from '../boxed/object.js';
import { call } from '../boxed/protocols/call.js';
import { str } from '../boxed/protocols/objects.js';
import { ImportError, NotImplementedError, PyBaseException } from '../boxed/types/exceptions.js';
import { Interpreter } from './runtime/interpreter.js';
import { formatUncaught } from './runtime/print-exception.js';
import { threadState } from './vm/frame.js';
import { StringSink, StringSource } from './sinks.js';

/** A Python exception as the harness reports it: its traceback's last line, and the whole text. */
function benchmarkError(exc: PyBaseException): BenchmarkError {
  threadState.frame = null;
  const traceback = formatUncaught(exc);
  const lines = traceback.trimEnd().split('\n');
  const unsupported = exc.ob_type.isSubtype(ImportError) || exc.ob_type.isSubtype(NotImplementedError);
  return new BenchmarkError(lines[lines.length - 1]!, unsupported ? 'unsupported' : 'error', traceback);
}

export function openBenchmark(target: BenchmarkTarget): BenchmarkSession {
  const name = basename(target.file, extname(target.file));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new BenchmarkError(`'${name}' is not a module name`, 'error', '');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(target.size)) throw new BenchmarkError(`'${target.size}' is not a size name`, 'error', '');
  const sink = new StringSink();
  const interp = new Interpreter(
    { stdout: sink, stderr: sink, stdin: new StringSource('') },
    { argv: [target.file], path: [dirname(target.file)], executable: 'pyw' },
  );
  const main = interp.newModule('__main__', null);
  const loader = `from ${name} import run as _run, SIZES as _SIZES\n_n = _SIZES[${JSON.stringify(target.size)}]\n`;
  let run: PyValue;
  let n: PyValue;
  try {
    decref(interp.execInModule(compileSource(new TextEncoder().encode(loader), '<benchmark>', 'exec'), main));
    run = main.ns.getStr('_run')!;
    n = main.ns.getStr('_n')!;
  } catch (e) {
    if (e instanceof PyBaseException) throw benchmarkError(e);
    throw e;
  }
  return {
    iterate(): string {
      let result: PyValue;
      try {
        result = call(run, [n]);
      } catch (e) {
        if (e instanceof PyBaseException) throw benchmarkError(e);
        throw e;
      }
      const text = str(result);
      decref(result);
      return text;
    },
    close(): void {
      interp.clearModuleDict(main);
      interp.finish(0);
    },
  };
}
