// Loading a found module (importlib's _load_unlocked): the module object with its import-related
// attributes (module_from_spec / _init_module_attrs), registered in sys.modules while its code
// runs, and removed again when the code raises.

import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { compileSource } from '../../../../shared/compiler/index.js';
import type { CompileWarning } from '../../../../shared/errors/format-warning.js';
import { reportCompileWarnings } from '../warnings.js';
import { PySyntaxError } from '../../../../shared/errors/syntax-error.js';
import { readPyc, PycError } from '../../../../shared/bytecode/pyc.js';
import { cachedLibCode, libCacheDir } from '../../../../shared/bytecode/lib-cache.js';
import { sharedLibDir } from './lib-path.js';
import { frozenFilename } from './frozen.js';
import type { CodeObject } from '../../../../shared/bytecode/code.js';
import { decref, newref, type PyValue } from '../../../boxed/object.js';
import { newException } from '../../../boxed/errors.js';
import { dictType } from '../../../boxed/builtin-types.js';
import { intern, newStr } from '../../../boxed/strings.js';
import { interp } from '../../../boxed/interpreter-state.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { PyModule } from '../../../boxed/types/module.js';
import { PyList, PyTuple } from '../../../boxed/types/sequences.js';
import { None } from '../../../boxed/types/singletons.js';
import { EXCEPTION_TYPES, ImportError, SyntaxError } from '../../../boxed/types/exceptions.js';
import { intFromNumber } from '../../../boxed/types/numbers.js';
import { keyError } from '../../../boxed/types/mappings/common.js';
import { call } from '../../../boxed/protocols/call.js';
import { codeObjectFor, prepare } from '../../vm/prepared.js';
import { evalFrame } from '../../vm/eval.js';
import { Frame } from '../../vm/frame.js';
import { rememberSource } from '../source-lines.js';
import { builtinModuleInit } from './builtin-modules.js';
import { cachedPath, makeSpecObject, setInitializing, specLoader, type ImportSpec } from './module-spec.js';

function put(d: PyDict, name: string, v: PyValue): void {
  d.setStr(name, intern(name), v);
}

/** Stores a new reference under `name`, dropping ours. */
function putNew(d: PyDict, name: string, v: PyValue): void {
  d.setStr(name, intern(name), v);
  decref(v);
}

/** A module object for `spec` with __name__ ... __cached__ set, not yet executed (module_from_spec). */
export function moduleFromSpec(spec: ImportSpec, specObject: PyValue): PyModule {
  const d = new PyDict(dictType);
  const mod = new PyModule(d);
  putNew(d, '__name__', newStr(spec.name));
  put(d, '__doc__', None);
  const dot = spec.name.lastIndexOf('.');
  putNew(d, '__package__', newStr(spec.searchLocations !== null ? spec.name : dot < 0 ? '' : spec.name.slice(0, dot)));
  put(d, '__loader__', specLoader(specObject) ?? None);
  put(d, '__spec__', specObject);
  if (spec.searchLocations !== null) putNew(d, '__path__', new PyList(spec.searchLocations.map((p) => newStr(p))));
  // importlib sets a namespace package's __file__ to None (bpo-32305), matching its spec's origin.
  if (spec.kind === 'namespace') put(d, '__file__', None);
  else if (spec.origin !== null && spec.kind !== 'builtin') {
    putNew(d, '__file__', newStr(spec.origin));
    putNew(d, '__cached__', newStr(spec.kind === 'source' ? cachedPath(spec.origin) : spec.origin));
  }
  return mod;
}

/** A Python SyntaxError (or IndentationError/TabError) for the front end's error. */
export function syntaxErrorObject(e: PySyntaxError): PyValue {
  const type = EXCEPTION_TYPES.get(e.kind) ?? SyntaxError;
  const details = new PyTuple([
    newStr(e.filename), intFromNumber(e.lineno), intFromNumber(e.offset), e.text === null ? None : newStr(e.text),
    intFromNumber(e.endLineno), intFromNumber(e.endOffset),
  ]);
  const msg = newStr(e.msg);
  try {
    return call(type, [msg, details]);
  } finally {
    decref(msg);
    decref(details);
  }
}

/** shared/lib's module at `path` as the build compiled it, when that is still this source. */
function libCode(path: string, source: Uint8Array): CodeObject | null {
  const libDir = sharedLibDir();
  if (libDir === null) return null;
  return cachedLibCode(libCacheDir(dirname(dirname(libDir))), libDir, path, source);
}

/** The code object of a module file: compiled from source (or, for shared/lib, its build-time compilation), or read from a .pyc. */
export function codeOfFile(path: string, kind: 'source' | 'sourceless'): CodeObject {
  let data: Uint8Array;
  try {
    data = readFileSync(path);
  } catch {
    const e = raiseImport(`[Errno 2] No such file or directory: '${path}'`, null, path);
    throw e;
  }
  if (kind === 'sourceless') {
    try {
      return readPyc(data).code;
    } catch (e) {
      if (e instanceof PycError) raiseImport(`bad magic number in ${path}`, null, path);
      throw e;
    }
  }
  // A frozen module's code is named "<frozen NAME>" (frozen.ts); the build's cache names the file.
  const filename = frozenFilename(path) ?? path;
  rememberSource(filename, data);
  const cached = filename === path ? libCode(path, data) : null;
  if (cached !== null) return cached;
  try {
    const warnings: CompileWarning[] = [];
    const code = compileSource(data, filename, 'exec', { warnings });
    reportCompileWarnings(warnings, filename, data);
    return code;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      e.filename = filename;
      throw syntaxErrorObject(e);
    }
    throw e;
  }
}

function raiseImport(message: string, name: string | null, path: string | null): never {
  const e = newException(ImportError, message);
  e.setMember('msg', e.args.items[0]!);
  if (name !== null) e.setMember('name', newStr(name));
  if (path !== null) e.setMember('path', newStr(path));
  throw e;
}

/** Runs a code object with `ns` as globals and locals (CPython's exec of a module body). */
export function execCodeIn(code: CodeObject, ns: PyDict): void {
  // exec() of a module body inserts the builtins dict (not the module, which only __main__ gets).
  if (ns.getStr('__builtins__') === undefined) put(ns, '__builtins__', interp.builtins.ns);
  const frame = new Frame(prepare(codeObjectFor(code)), ns, interp.builtins.ns, ns, null);
  newref(ns);
  decref(evalFrame(frame, null));
}

/** Loads the module `spec` describes: a new reference to the module left in sys.modules. */
export function loadModule(spec: ImportSpec): PyValue {
  const modules = interp.modules;
  const key = newStr(spec.name);
  const specObject = makeSpecObject(spec);
  let mod: PyModule;
  if (spec.kind === 'builtin') {
    const existing = modules.get(key);
    if (existing !== undefined) { decref(key); decref(specObject); return newref(existing); }
    mod = moduleFromSpec(spec, specObject);
    put(mod.ns, '__package__', intern(''));
    builtinModuleInit(spec.name)?.(mod);
    decref(specObject);
    modules.set(key, mod);
    decref(key);
    return mod;
  }
  mod = moduleFromSpec(spec, specObject);
  setInitializing(specObject, true);
  try {
    modules.set(key, mod);
    if (spec.kind !== 'namespace') {
      // Compiling is part of exec_module: a SyntaxError also takes the module out of sys.modules.
      try {
        execCodeIn(codeOfFile(spec.origin!, spec.kind as 'source' | 'sourceless'), mod.ns);
      } catch (e) {
        modules.delete(key);
        decref(mod);
        throw e;
      }
    }
    // The module may have replaced itself in sys.modules; move it to the end as importlib does.
    const final = modules.get(key);
    // 3.11's _load_unlocked does sys.modules.pop(spec.name): a module that deleted itself is a KeyError.
    if (final === undefined) throw keyError(key);
    newref(final);
    modules.delete(key);
    modules.set(key, final);
    decref(mod);
    return final;
  } finally {
    setInitializing(specObject, false);
    decref(specObject);
    decref(key);
  }
}
