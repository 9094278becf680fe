// The builtin functions that need the VM: exec, eval and compile (source → code object → a frame
// run with the given globals and locals), globals, locals, vars() and dir() without arguments
// (the calling frame's namespaces), __import__ (through the import system's hook) and
// breakpoint (sys.breakpointhook). Registered into builtins at install time.

import { compile as compileMod, compileSource } from '../../../shared/compiler/index.js';
import type { CompileWarning } from '../../../shared/errors/format-warning.js';
import { reportCompileWarnings } from './warnings.js';
import { parse, parseBytes, type ParseMode } from '../../../shared/parser/index.js';
import type { Mod } from '../../../shared/ast/nodes.js';
import { astToPy, isAstObject, pyToAst } from '../../boxed/modules/ast-module.js';
import { PySyntaxError } from '../../../shared/errors/syntax-error.js';
import { CodeFlag, LocalKind } from '../../../shared/bytecode/code.js';
import { decref, newref, type PyValue } from '../../boxed/object.js';
import { raise } from '../../boxed/errors.js';
import { checkPositional, parseArgs } from '../../boxed/args.js';
import { asIndex } from '../../boxed/convert.js';
import { dictType } from '../../boxed/builtin-types.js';
import { intern } from '../../boxed/strings.js';
import { PyDict } from '../../boxed/types/dict.js';
import { PyStr } from '../../boxed/types/str.js';
import { PyBytes, PyByteArray } from '../../boxed/types/bytes.js';
import { PyCell, PyCode } from '../../boxed/types/functions.js';
import { PyList } from '../../boxed/types/sequences.js';
import { PyBool, intValue } from '../../boxed/types/numbers.js';
import { None } from '../../boxed/types/singletons.js';
import { KeyError, RuntimeError, SystemError, TypeError, ValueError } from '../../boxed/types/exceptions.js';
import type { NativeMethod } from '../../boxed/types/native.js';
import { interp } from '../../boxed/interpreter-state.js';
import { call } from '../../boxed/protocols/call.js';
import { getAttr, getAttrOrUndefined } from '../../boxed/protocols/attributes.js';
import { toArray } from '../../boxed/protocols/iteration.js';
import { typeOf, typeName } from '../../boxed/protocols/type-of.js';
import { registerBuiltinFunctions } from '../../boxed/modules/builtins.js';
import { dirOf, sortList, varsOf } from '../../boxed/modules/builtins-attrs.js';
import { importHooks } from '../../boxed/modules/import-hooks.js';
import { checkTotalArgs } from '../../boxed/modules/builtins-args.js';
import { syntaxErrorFromFront } from '../../boxed/types/exceptions/syntax-errors.js';
import { evalFrame } from '../vm/eval.js';
import { Frame, threadState } from '../vm/frame.js';
import { codeObjectFor, prepare } from '../vm/prepared.js';
import { programTextOf } from './source-lines.js';
import { truthy } from '../../boxed/protocols/objects.js';
import { builtinsOf } from '../vm/ops/names.js';

/** compile() to and from AST objects: the `_ast` module's classes and conversions (ast-module.ts). */
export const astHooks = {
  isAst: (v: PyValue): boolean => isAstObject(v),
  /** Parses source into an ast.Module/Expression/Interactive object (compile with PyCF_ONLY_AST). */
  parseToAst(source: string | Uint8Array, filename: string, mode: string): PyValue {
    const options = { mode: mode as ParseMode, filename };
    let mod: Mod;
    try {
      mod = typeof source === 'string' ? parse(source, options) : parseBytes(source, options);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        e.filename = filename;
        throw syntaxErrorFromFront(e);
      }
      throw e;
    }
    return astToPy(mod);
  },
  /** Compiles an AST object into a code object. */
  compileAst(ast: PyValue, filename: string, mode: string, optimize: number): PyValue {
    const mod = pyToAst(ast, mode);
    try {
      const warnings: CompileWarning[] = [];
      const code = compileMod(mod, filename, { optimize: optimize < 0 ? 0 : optimize, warnings });
      reportCompileWarnings(warnings, filename, null);
      return codeObjectFor(code);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        e.filename = filename;
        throw syntaxErrorFromFront(e);
      }
      throw e;
    }
  },
};

const PyCF_ONLY_AST = 0x400;
/** Every flag compile() accepts: the __future__ flags, CO_NESTED and PyCF_COMPILE_MASK. */
const ACCEPTED_FLAGS = 0x1fe0000 | 0x10 | 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x200 | 0x100;

/** Compiles source text or bytes; SyntaxErrors become Python exceptions. */
function compileText(
  source: string | Uint8Array, filename: string, mode: 'exec' | 'eval' | 'single', optimize: number, futureFlags: number,
): PyCode {
  try {
    const warnings: CompileWarning[] = [];
    const code = compileSource(source, filename, mode, {
      optimize: optimize < 0 ? 0 : optimize, warnings, programText: () => programTextOf(filename), flags: futureFlags,
    });
    reportCompileWarnings(warnings, filename, null);
    return codeObjectFor(code);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      e.filename = filename;
      throw syntaxErrorFromFront(e);
    }
    throw e;
  }
}

/** The source of exec/eval/compile as text or bytes, or undefined for other objects. */
function sourceOf(v: PyValue): string | Uint8Array | undefined {
  if (v instanceof PyStr) return v.value;
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.value.slice();
  return undefined;
}

/** The CO_FUTURE_* bits of code flags (PyCF_MASK): the `__future__` features a compile can inherit. */
const FUTURE_FLAGS = 0x1fe0000;

/** The `__future__` features in force in the calling code, which exec(), eval() and compile() inherit. */
function inheritedFutureFlags(): number {
  const f = threadState.frame;
  return f === null ? 0 : f.code.code.co_flags & FUTURE_FLAGS;
}

function currentFrame(): Frame {
  const f = threadState.frame;
  if (f === null) raise(SystemError, 'no current frame');
  return f;
}

/** locals() of a function frame: one dict per frame, refreshed from the fast locals and cells on each call. */
const functionLocals = new WeakMap<Frame, PyDict>();

/** The locals mapping of `frame` as locals() returns it (a borrowed reference). */
export function frameLocals(frame: Frame): PyValue {
  if (frame.locals !== null) return frame.locals;
  let d = functionLocals.get(frame);
  if (d === undefined) {
    d = new PyDict(dictType);
    functionLocals.set(frame, d);
  }
  const code = frame.code.code;
  const names = code.co_localsplusnames;
  const kinds = code.co_localspluskinds;
  const optimized = (code.co_flags & CodeFlag.OPTIMIZED) !== 0;
  for (let i = 0; i < names.length; i++) {
    const kind = kinds[i]!;
    if (kind & LocalKind.HIDDEN) continue;
    if ((kind & LocalKind.FREE) && !optimized) continue;
    let v = frame.f[i];
    if (v instanceof PyCell && (kind & (LocalKind.CELL | LocalKind.FREE))) v = v.ref;
    const name = names[i]!;
    if (v === undefined) d.delete(intern(name));
    else d.setStr(name, intern(name), v);
  }
  return d;
}

function checkGlobals(g: PyValue, fname: 'exec' | 'eval'): PyDict {
  if (!(g instanceof PyDict)) {
    raise(TypeError, fname === 'exec' ? `exec() globals must be a dict, not ${typeName(g)}` : 'globals must be a dict');
  }
  return g;
}

function isMapping(v: PyValue): boolean {
  return v instanceof PyDict || typeOf(v).lookup('__getitem__') !== null;
}

/** Resolves exec/eval's (globals, locals) arguments as CPython does. */
function namespaces(fname: 'exec' | 'eval', gArg: PyValue | undefined, lArg: PyValue | undefined): [PyDict, PyValue] {
  let globals: PyDict;
  let locals: PyValue;
  if (lArg !== undefined && lArg !== None && !isMapping(lArg)) {
    raise(TypeError, fname === 'exec' ? `locals must be a mapping or None, not ${typeName(lArg)}` : 'locals must be a mapping');
  }
  if (gArg === undefined || gArg === None) {
    const frame = currentFrame();
    globals = frame.globals;
    locals = lArg === undefined || lArg === None ? frameLocals(frame) : lArg;
  } else {
    globals = checkGlobals(gArg, fname);
    locals = lArg === undefined || lArg === None ? globals : lArg;
  }
  if (globals.getStr('__builtins__') === undefined) {
    const b = threadState.frame?.builtins ?? interp.builtins.ns;
    globals.setStr('__builtins__', intern('__builtins__'), b);
  }
  return [globals, locals];
}

/** Runs a code object with these namespaces (a new reference to the result). */
export function runCode(code: PyCode, globals: PyDict, locals: PyValue): PyValue {
  // A frame owns its locals mapping (clearFrame releases it), as in interpreter.execInModule.
  newref(locals);
  const frame = new Frame(prepare(code), globals, builtinsOf(globals), locals, null);
  return evalFrame(frame, null);
}

function hasFreeVars(code: PyCode): boolean {
  const kinds = code.code.co_localspluskinds;
  for (let i = 0; i < kinds.length; i++) if (kinds[i]! & LocalKind.FREE) return true;
  return false;
}

const EXEC_PARAMS = { names: ['source', 'globals', 'locals', 'closure'], required: 1, maxPositional: 3, positionalOnly: 3 };
const COMPILE_PARAMS = {
  names: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'], required: 3, maxPositional: 6,
};
const IMPORT_PARAMS = { names: ['name', 'globals', 'locals', 'fromlist', 'level'], required: 1 };

/** A filename argument: str, bytes or os.PathLike (PyUnicode_FSDecoder). */
function fsPath(v: PyValue): string {
  if (v instanceof PyStr) return v.value;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.value);
  const f = typeOf(v).lookup('__fspath__');
  if (f !== null) {
    const r = call(getAttrOrUndefined(v, '__fspath__') ?? None, []);
    try {
      if (r instanceof PyStr) return r.value;
      if (r instanceof PyBytes) return new TextDecoder().decode(r.value);
    } finally {
      decref(r);
    }
  }
  raise(TypeError, `expected str, bytes or os.PathLike object, not ${typeName(v)}`);
}

function flagValue(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = asIndex(v);
  return typeof n === 'bigint' ? Number(BigInt.asIntN(32, n)) : n;
}

export const execEvalBuiltins: Record<string, NativeMethod> = {
  exec(_self, args, kwnames) {
    const nkw = kwnames?.length ?? 0;
    const [source, gArg, lArg, closure] = nkw === 0 && args.length >= 1 && args.length <= 3 ? args : parseArgs('exec', args, kwnames, EXEC_PARAMS);
    const [globals, locals] = namespaces('exec', gArg, lArg);
    let code: PyCode;
    if (source instanceof PyCode) {
      if (closure !== undefined && closure !== None) raise(TypeError, 'cannot use a closure with this code object');
      if (hasFreeVars(source)) raise(TypeError, 'code object passed to exec() may not contain free variables');
      code = source;
    } else {
      const text = sourceOf(source!);
      if (text === undefined) raise(TypeError, 'exec() arg 1 must be a string, bytes or code object');
      code = compileText(text, '<string>', 'exec', -1, inheritedFutureFlags());
    }
    decref(runCode(code, globals, locals));
    return None;
  },
  eval(_self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'eval() takes no keyword arguments');
    checkPositional('eval', args, null, 1, 3);
    const [source, gArg, lArg] = args;
    if (gArg !== undefined && gArg !== None) checkGlobals(gArg, 'eval');
    const [globals, locals] = namespaces('eval', gArg, lArg);
    let code: PyCode;
    if (source instanceof PyCode) {
      if (hasFreeVars(source)) raise(TypeError, 'code object passed to eval() may not contain free variables');
      code = source;
    } else {
      let text = sourceOf(source!);
      if (text === undefined) raise(TypeError, 'eval() arg 1 must be a string, bytes or code object');
      // eval strips leading spaces and tabs (so indented expressions work).
      if (typeof text === 'string') text = text.replace(/^[ \t]+/, '');
      else {
        let i = 0;
        while (i < text.length && (text[i] === 0x20 || text[i] === 0x09)) i++;
        text = text.subarray(i);
      }
      code = compileText(text, '<string>', 'eval', -1, inheritedFutureFlags());
    }
    return runCode(code, globals, locals);
  },
  compile(_self, args, kwnames) {
    checkTotalArgs('compile', args.length, kwnames?.length ?? 0, 7);
    const [source, filenameArg, modeArg, flagsArg, dontInheritArg, optimizeArg] = parseArgs('compile', args, kwnames, COMPILE_PARAMS);
    const filename = fsPath(filenameArg!);
    if (!(modeArg instanceof PyStr)) raise(TypeError, `compile() argument 'mode' must be str, not ${typeName(modeArg!)}`);
    const flags = flagValue(flagsArg, 0);
    const optimize = flagValue(optimizeArg, -1);
    if (flags & ~ACCEPTED_FLAGS) raise(ValueError, 'compile(): unrecognised flags');
    if (optimize < -1 || optimize > 2) raise(ValueError, 'compile(): invalid optimize value');
    const mode = modeArg.value;
    if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && !(mode === 'func_type' && flags & PyCF_ONLY_AST)) {
      raise(ValueError, flags & PyCF_ONLY_AST
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (astHooks.isAst(source!)) {
      if (flags & PyCF_ONLY_AST) return newref(source!);
      return astHooks.compileAst(source!, filename, mode, optimize);
    }
    const text = sourceOf(source!);
    if (text === undefined) raise(TypeError, 'compile() arg 1 must be a string, bytes or AST object');
    if (flags & PyCF_ONLY_AST) return astHooks.parseToAst(text, filename, mode);
    const inherit = dontInheritArg === undefined || !truthy(dontInheritArg);
    const future = (flags | (inherit ? inheritedFutureFlags() : 0)) & FUTURE_FLAGS;
    return compileText(text, filename, mode as 'exec' | 'eval' | 'single', optimize, future);
  },
  globals(_self, args, kw) {
    checkPositional('globals', args, kw, 0);
    return newref(currentFrame().globals);
  },
  locals(_self, args, kw) {
    checkPositional('locals', args, kw, 0);
    return newref(frameLocals(currentFrame()));
  },
  vars(_self, args, kw) {
    checkPositional('vars', args, kw, 0, 1);
    if (args.length === 1) return varsOf(args[0]!);
    return newref(frameLocals(currentFrame()));
  },
  dir(_self, args, kw) {
    checkPositional('dir', args, kw, 0, 1);
    if (args.length === 1) return dirOf(args[0]!);
    const list = new PyList(mappingKeys(frameLocals(currentFrame())));
    try {
      sortList(list);
    } catch (e) {
      decref(list);
      throw e;
    }
    return list;
  },
  __import__(_self, args, kwnames) {
    checkTotalArgs('__import__', args.length, kwnames?.length ?? 0, 5);
    const [name, globals, locals, fromlist, levelArg] = kwnames === null && args.length <= 5 && args.length >= 1
      ? args : parseArgs('__import__', args, kwnames, IMPORT_PARAMS);
    if (!(name instanceof PyStr)) raise(TypeError, 'module name must be a string');
    let level = 0;
    if (levelArg !== undefined) {
      const n = levelArg instanceof PyBool ? levelArg.value : intValue(levelArg) ?? asIndex(levelArg);
      if (n < 0) raise(ValueError, 'level must be >= 0');
      level = Number(n);
    }
    if (name.value === '' && level === 0) raise(ValueError, 'Empty module name');
    // An omitted globals is NULL in CPython, which resolve_name reports differently from None.
    if (globals === undefined && level > 0) raise(KeyError, "'__name__' not in globals");
    return importHooks.importModule(name.value, globals ?? None, locals ?? None, fromlist ?? None, level);
  },
  breakpoint(_self, args, kwnames) {
    const hook = interp.sys.ns.getStr('breakpointhook');
    if (hook === undefined) raise(RuntimeError, 'lost sys.breakpointhook');
    return call(hook, args, kwnames);
  },
};

/** The keys of a locals mapping as new references (PyMapping_Keys). */
function mappingKeys(m: PyValue): PyValue[] {
  if (m instanceof PyDict) {
    const out: PyValue[] = [];
    for (let i = m.next(-1); i >= 0; i = m.next(i)) out.push(newref(m.keyAt(i)));
    return out;
  }
  const keys = getAttr(m, 'keys');
  try {
    const r = call(keys, []);
    try {
      return toArray(r);
    } finally {
      decref(r);
    }
  } finally {
    decref(keys);
  }
}

export function installExecEval(): void {
  registerBuiltinFunctions(execEvalBuiltins);
}

