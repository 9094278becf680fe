// One run of a Python program: the interpreter's modules (sys, builtins, __main__), running the
// main module (a file's code, or a module found on sys.path as -m runs it), and what happens at
// the end (SystemExit, an uncaught exception's traceback, exit codes), as CPython's Py_RunMain does it.

import { compileSource } from '../../../shared/compiler/index.js';
import type { CompileWarning } from '../../../shared/errors/format-warning.js';
import { reportCompileWarnings } from './warnings.js';
import { PySyntaxError } from '../../../shared/errors/syntax-error.js';
import { formatSyntaxError } from '../../../shared/errors/format-syntax-error.js';
import type { CodeObject } from '../../../shared/bytecode/code.js';
import { PYC_MAGIC_3_11, readPyc } from '../../../shared/bytecode/pyc.js';
import { decref, newref, type PyValue } from '../../boxed/object.js';
import { dictType } from '../../boxed/builtin-types.js';
import { intern, newStr } from '../../boxed/strings.js';
import { PyDict } from '../../boxed/types/dict.js';
import { PyModule } from '../../boxed/types/module.js';
import { KeyboardInterrupt, PyBaseException, SystemExit } from '../../boxed/types/exceptions.js';
import { PyCode } from '../../boxed/types/functions.js';
import { None } from '../../boxed/types/singletons.js';
import { PyBool, intValue } from '../../boxed/types/numbers.js';
import { PyTextStream, type TextSink } from '../../boxed/streams.js';
import { interp } from '../../boxed/interpreter-state.js';
import { call } from '../../boxed/protocols/call.js';
import { str } from '../../boxed/protocols/objects.js';
import { createBuiltinsModule } from '../../boxed/modules/builtins.js';
import { codeObjectFor } from '../vm/prepared.js';
import { evalFrame } from '../vm/eval.js';
import { Frame, threadState } from '../vm/frame.js';
import { prepare } from '../vm/prepared.js';
import { setDefaultBuiltins } from '../vm/ops/names.js';
import { createSysModule, type SysConfig } from './sys-module.js';
import { formatUncaught } from './print-exception.js';
import { rememberSource } from './source-lines.js';
import { reportUnraisable } from './unraisable.js';
import { PyStr } from '../../boxed/types/str.js';
import { startRuntime } from './start.js';
import { initImportState } from './imports/index.js';
import { writeTo } from '../../boxed/modules/builtins-core.js';
import { runModuleAsMain } from './run-module.js';

function isPyc(data: Uint8Array): boolean {
  return data.length >= 16 && data[0] === (PYC_MAGIC_3_11 & 0xff) && data[1] === PYC_MAGIC_3_11 >> 8 && data[2] === 0x0d && data[3] === 0x0a;
}

export interface InterpreterIO {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  readonly stdin: TextSink;
}

export class Interpreter {
  readonly modules: PyDict;
  readonly builtins: PyModule;
  readonly sys: PyModule;
  readonly stdout: PyTextStream;
  readonly stderr: PyTextStream;
  readonly stdin: PyTextStream;

  constructor(readonly io: InterpreterIO, readonly config: SysConfig) {
    startRuntime();
    this.modules = new PyDict(dictType);
    this.builtins = createBuiltinsModule();
    interp.builtins = this.builtins;
    interp.modules = this.modules;
    setDefaultBuiltins(this.builtins.ns);
    this.stdout = new PyTextStream(io.stdout, '<stdout>', 'w');
    this.stderr = new PyTextStream(io.stderr, '<stderr>', 'w');
    this.stdin = new PyTextStream(io.stdin, '<stdin>', 'r');
    this.sys = createSysModule(this.config, this.modules, { stdout: this.stdout, stderr: this.stderr, stdin: this.stdin });
    interp.sys = this.sys;
    this.modules.setStr('sys', intern('sys'), this.sys);
    this.modules.setStr('builtins', intern('builtins'), this.builtins);
    initImportState();
  }

  /**
   * The __main__ module registered in sys.modules, its names in CPython's order: add_main_module's
   * (with an empty __annotations__), then __file__ and __cached__ = None when a file (or stdin) runs.
   */
  newModule(name: string, file: string | null): PyModule {
    const ns = new PyDict(dictType);
    const mod = new PyModule(ns);
    ns.setStr('__name__', intern('__name__'), newStr(name));
    ns.setStr('__doc__', intern('__doc__'), None);
    ns.setStr('__package__', intern('__package__'), None);
    ns.setStr('__loader__', intern('__loader__'), None);
    ns.setStr('__spec__', intern('__spec__'), None);
    ns.setStr('__annotations__', intern('__annotations__'), new PyDict(dictType));
    ns.setStr('__builtins__', intern('__builtins__'), this.builtins);
    if (file !== null) {
      ns.setStr('__file__', intern('__file__'), newStr(file));
      ns.setStr('__cached__', intern('__cached__'), None);
    }
    this.modules.setStr(name, intern(name), mod);
    return mod;
  }

  /** Runs code in a module's namespace (globals and locals are the module dict). */
  execInModule(code: CodeObject | PyCode, mod: PyModule): PyValue {
    const pyCode = code instanceof PyCode ? code : codeObjectFor(code);
    const frame = new Frame(prepare(pyCode), mod.ns, this.builtins.ns, mod.ns, null);
    newref(mod.ns);
    return evalFrame(frame, null);
  }

  /** Runs the main program and returns the process exit code. */
  runMain(source: Uint8Array, filename: string): number {
    // python3 -c sets no __file__; a file and stdin ('<stdin>') do.
    const main = this.newModule('__main__', filename === '<string>' ? null : filename);
    rememberSource(filename, source);
    let code: CodeObject;
    try {
      // A .pyc written by python3 (its magic number and \r\n) runs as it is, as `python3 x.pyc` does.
      if (isPyc(source)) code = readPyc(source).code;
      else {
        const warnings: CompileWarning[] = [];
        // '-c' and '<stdin>' programs name no file to quote a compile-time error's line from.
        const noFile = filename === '<string>' || filename === '<stdin>';
        code = compileSource(source, filename, 'exec', { warnings, programText: noFile ? null : source });
        reportCompileWarnings(warnings, filename, source);
      }
    } catch (e) {
      if (e instanceof PySyntaxError) {
        e.filename = filename;
        this.flushAll();
        this.io.stderr.write(formatSyntaxError(e));
        this.io.stderr.flush();
        return 1;
      }
      throw e;
    }
    return this.runInMain(main, () => this.execInModule(code, main));
  }

  /** Runs module `name`, found on sys.path, as the main program (`python3 -m NAME`); returns the exit code. */
  runModuleAsMain(name: string, alterArgv = true): number {
    const main = this.newModule('__main__', null);
    return this.runInMain(main, () => runModuleAsMain(name, alterArgv));
  }

  /** Runs the main program's code in __main__: the exit code, the uncaught exception's report, shutdown. */
  private runInMain(main: PyModule, body: () => PyValue): number {
    let exitCode: number;
    try {
      decref(body());
      exitCode = 0;
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      exitCode = this.handleUncaught(e);
      decref(e);
    }
    this.clearModuleDict(main);
    return this.finish(exitCode);
  }

  /**
   * Interpreter shutdown's clearing of a module's namespace (CPython's _PyModule_ClearDict): names
   * with one leading underscore become None first, then the rest except __builtins__, so objects
   * the module held are freed and their __del__ runs as in CPython.
   */
  clearModuleDict(mod: PyModule): void {
    const ns = mod.ns;
    const pass = (wanted: (name: string) => boolean): void => {
      for (let i = ns.next(-1); i >= 0; i = ns.next(i)) {
        const k = ns.keyAt(i);
        if (!(k instanceof PyStr) || !wanted(k.value)) continue;
        const old = ns.values[i]!;
        if (old === None) continue;
        ns.values[i] = None;
        try {
          decref(old);
        } catch (e) {
          reportUnraisable(e, null);
        }
      }
    };
    pass((n) => n.startsWith('_') && !n.startsWith('__'));
    pass((n) => n !== '__builtins__');
  }

  /** Flushes the streams as interpreter shutdown does; returns the exit code. */
  finish(code: number): number {
    this.flushAll();
    return code;
  }

  private flushAll(): void {
    for (const name of ['stdout', 'stderr']) {
      const s = this.sys.ns.getStr(name);
      if (s instanceof PyTextStream) s.sink.flush();
    }
    this.io.stdout.flush();
    this.io.stderr.flush();
  }

  /** An exception reached the top: SystemExit gives the exit code, anything else a traceback and 1. */
  handleUncaught(exc: PyBaseException): number {
    threadState.frame = null;
    if (exc.ob_type.isSubtype(SystemExit)) return this.systemExitCode(exc);
    this.flushStdout();
    const hook = this.sys.ns.getStr('excepthook');
    const defaultHook = this.sys.ns.getStr('__excepthook__');
    if (hook !== undefined && hook !== defaultHook) {
      try {
        decref(call(hook, [exc.ob_type, exc, exc.traceback ?? None]));
        return 1;
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        this.writeStderr('Error in sys.excepthook:\n');
        this.writeStderr(formatUncaught(e));
        this.writeStderr('\nOriginal exception was:\n');
      }
    }
    this.writeStderr(formatUncaught(exc));
    // CPython ends an uncaught Ctrl-C by dying of SIGINT, which shells report as 128 + 2.
    return exc.ob_type.isSubtype(KeyboardInterrupt) ? 130 : 1;
  }

  /**
   * Writes to sys.stderr as it is now (a program may have replaced it), as CPython's default
   * excepthook does: nothing when it is None (`orProcessStderr`: the process's stderr then), and
   * an error while writing is dropped.
   */
  private writeStderr(text: string, orProcessStderr = false): void {
    const err = this.sys.ns.getStr('stderr');
    if (err === undefined || err === None) {
      // SystemExit's message still reaches the process's stderr (handle_system_exit).
      if (err === undefined || orProcessStderr) this.io.stderr.write(text);
      return;
    }
    try {
      writeTo(err, text);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      decref(e);
    }
  }

  private flushStdout(): void {
    const s = this.sys.ns.getStr('stdout');
    if (s instanceof PyTextStream) s.sink.flush();
  }

  private systemExitCode(exc: PyBaseException): number {
    const code = exc.member('code') ?? (exc.args.items.length === 0 ? None : exc.args.items.length === 1 ? exc.args.items[0]! : exc.args);
    if (code === None) return 0;
    if (!(code instanceof PyBool)) {
      const n = intValue(code);
      if (n !== undefined) return Number(BigInt.asIntN(32, BigInt(n))) & 0xff;
    }
    if (code instanceof PyBool) return code.value;
    this.flushStdout();
    this.writeStderr(`${str(code)}\n`, true);
    return 1;
  }
}
