// Native modules the Python sources of shared/lib build on: `posix` (the file system and process
// facts os.py needs) and `_pyw_imp` (the import system's operations that importlib.reload and
// runpy need: finding a spec, reloading a module, the code object of a file).

import { readdirSync, statSync, lstatSync, mkdirSync, rmdirSync, unlinkSync, renameSync, symlinkSync, readlinkSync, existsSync, accessSync, constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { decref, newref, type PyValue } from '../../../boxed/object.js';
import { raise } from '../../../boxed/errors.js';
import { checkPositional, parseArgs } from '../../../boxed/args.js';
import { defineFunctions } from '../../../boxed/define.js';
import { dictType } from '../../../boxed/builtin-types.js';
import { interp } from '../../../boxed/interpreter-state.js';
import { intern, newStr } from '../../../boxed/strings.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { PyModule } from '../../../boxed/types/module.js';
import { PyStr } from '../../../boxed/types/str.js';
import { PyBytes } from '../../../boxed/types/bytes.js';
import { PyList } from '../../../boxed/types/sequences.js';
import { PyFloat, True, False, intFromNumber, intValue } from '../../../boxed/types/numbers.js';
import { None } from '../../../boxed/types/singletons.js';
import { ImportError, ModuleNotFoundError, OSError, TypeError } from '../../../boxed/types/exceptions.js';
import type { NativeMethod } from '../../../boxed/types/native.js';
import { call } from '../../../boxed/protocols/call.js';
import { getAttrOrUndefined } from '../../../boxed/protocols/attributes.js';
import { typeName } from '../../../boxed/protocols/type-of.js';
import { makeStructSeq, structSeqType } from '../../../boxed/modules/sys-structseq.js';
import { registerBuiltinModule } from './builtin-modules.js';
import {
  bufferedRandomType, bufferedReaderType, bufferedWriterType, fileIOType, textIOWrapperType, unsupportedOperation,
} from '../../../boxed/modules/builtins-files.js';
import { initAstModule } from '../../../boxed/modules/ast-module.js';
import { registerReModule } from '../../../boxed/modules/re-native.js';
import { registerJsonModule } from '../../../boxed/modules/json-native.js';
import { registerWarningsModule } from '../../../boxed/modules/warnings-native.js';
import { registerRandomModule } from '../../../boxed/modules/random-native.js';
import { registerCollectionsModule } from '../../../boxed/modules/collections-native.js';
import { initAbcModule } from '../../../boxed/modules/abc-native.js';
import { findSpec } from './finder.js';
import { codeObjectFor } from '../../vm/prepared.js';
import { codeOfFile, execCodeIn, moduleFromSpec } from './loader.js';
import { gcdImport, importError } from './import-module.js';
import { makeSpecObject, type ImportSpec } from './module-spec.js';

// --- posix -----------------------------------------------------------------------------------

const ERRNO: Record<string, [number, string]> = {
  ENOENT: [2, 'No such file or directory'], EEXIST: [17, 'File exists'], ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'], EACCES: [13, 'Permission denied'], ENOTEMPTY: [39, 'Directory not empty'],
  EPERM: [1, 'Operation not permitted'], EINVAL: [22, 'Invalid argument'],
};

/**
 * An OSError subclass for a Node error, built through OSError(errno, strerror, filename[, None, filename2]):
 * two-path calls (rename, symlink) name both, "[Errno 2] No such file or directory: 'a' -> 'b'".
 */
function osError(e: unknown, path: string, path2?: string): never {
  const code = (e as NodeJS.ErrnoException).code ?? 'EINVAL';
  const [errno, text] = ERRNO[code] ?? [22, String((e as Error).message)];
  const args: PyValue[] = [intFromNumber(errno), newStr(text), newStr(path)];
  if (path2 !== undefined) args.push(None, newStr(path2));
  const exc = call(OSError, args);
  args.forEach(decref);
  throw exc;
}

function pathArg(v: PyValue | undefined, fname: string, dflt = '.'): string {
  if (v === undefined) return dflt;
  if (v instanceof PyStr) return v.value;
  if (v instanceof PyBytes) return new TextDecoder().decode(v.value);
  const fspath = getAttrOrUndefined(v, '__fspath__');
  if (fspath !== undefined) {
    const r = call(fspath, []);
    decref(fspath);
    if (r instanceof PyStr) { const s = r.value; decref(r); return s; }
    decref(r);
  }
  raise(TypeError, `${fname}: path should be string, bytes or os.PathLike, not ${typeName(v)}`);
}

const statResultType = structSeqType('os.stat_result', [
  'st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime',
], 10);

function statResult(st: import('node:fs').Stats): PyValue {
  return makeStructSeq(statResultType, [
    st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size,
  ].map((n) => intFromNumber(n)).concat([new PyFloat(st.atimeMs / 1000), new PyFloat(st.mtimeMs / 1000), new PyFloat(st.ctimeMs / 1000)]));
}

const posixFunctions: Record<string, NativeMethod> = {
  getcwd: () => newStr(process.cwd()),
  chdir(_self, args, kw) {
    checkPositional('chdir', args, kw, 1);
    const p = pathArg(args[0], 'chdir');
    try { process.chdir(p); } catch (e) { osError(e, p); }
    return None;
  },
  listdir(_self, args, kw) {
    checkPositional('listdir', args, kw, 0, 1);
    const p = pathArg(args[0] === None ? undefined : args[0], 'listdir');
    try {
      return new PyList(readdirSync(p).map((n) => newStr(n)));
    } catch (e) {
      osError(e, p);
    }
  },
  stat(_self, args, kw) {
    const p = pathArg(args[0], 'stat');
    void kw;
    try { return statResult(statSync(p)); } catch (e) { osError(e, p); }
  },
  lstat(_self, args, kw) {
    const p = pathArg(args[0], 'lstat');
    void kw;
    try { return statResult(lstatSync(p)); } catch (e) { osError(e, p); }
  },
  mkdir(_self, args, kw) {
    const [pv] = parseArgs('mkdir', args, kw, { names: ['path', 'mode', 'dir_fd'], required: 1 });
    const p = pathArg(pv, 'mkdir');
    try { mkdirSync(p); } catch (e) { osError(e, p); }
    return None;
  },
  rmdir(_self, args, kw) {
    checkPositional('rmdir', args, kw, 1);
    const p = pathArg(args[0], 'rmdir');
    try { rmdirSync(p); } catch (e) { osError(e, p); }
    return None;
  },
  remove(_self, args, kw) {
    checkPositional('remove', args, kw, 1);
    const p = pathArg(args[0], 'remove');
    try { unlinkSync(p); } catch (e) { osError(e, p); }
    return None;
  },
  rename(_self, args, kw) {
    checkPositional('rename', args, kw, 2);
    const a = pathArg(args[0], 'rename');
    const b = pathArg(args[1], 'rename');
    try { renameSync(a, b); } catch (e) { osError(e, a, b); }
    return None;
  },
  symlink(_self, args, kw) {
    const [src, dst] = parseArgs('symlink', args, kw, { names: ['src', 'dst', 'target_is_directory', 'dir_fd'], required: 2, maxPositional: 3 });
    const a = pathArg(src, 'symlink');
    const b = pathArg(dst, 'symlink');
    try { symlinkSync(a, b); } catch (e) { osError(e, a, b); }
    return None;
  },
  readlink(_self, args, kw) {
    const [pv] = parseArgs('readlink', args, kw, { names: ['path', 'dir_fd'], required: 1, maxPositional: 1 });
    const p = pathArg(pv, 'readlink');
    try { return newStr(readlinkSync(p)); } catch (e) { osError(e, p); }
  },
  access(_self, args, kw) {
    checkPositional('access', args, kw, 2);
    const p = pathArg(args[0], 'access');
    const mode = Number(intValue(args[1]!) ?? 0);
    try {
      accessSync(p, mode === 0 ? constants.F_OK : mode);
      return True;
    } catch {
      return False;
    }
  },
  exists(_self, args) {
    return existsSync(pathArg(args[0], 'exists')) ? True : False;
  },
  getpid: () => intFromNumber(process.pid),
  cpu_count: () => intFromNumber(cpus().length),
  urandom(_self, args, kw) {
    checkPositional('urandom', args, kw, 1);
    return new PyBytes(new Uint8Array(randomBytes(Number(intValue(args[0]!) ?? 0))));
  },
  strerror(_self, args, kw) {
    checkPositional('strerror', args, kw, 1);
    const n = Number(intValue(args[0]!) ?? 0);
    const hit = Object.values(ERRNO).find(([e]) => e === n);
    return newStr(hit ? hit[1] : `Unknown error ${n}`);
  },
};

function initPosix(mod: PyModule): void {
  defineFunctions(mod.ns, mod, posixFunctions);
  const env = new PyDict(dictType);
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined) continue;
    const key = newStr(k);
    const val = newStr(v);
    env.set(key, val);
    decref(key); decref(val);
  }
  mod.ns.setStr('environ', intern('environ'), env);
  decref(env);
  mod.ns.setStr('stat_result', intern('stat_result'), statResultType);
  mod.ns.setStr('sep', intern('sep'), intern('/'));
}

// --- _pyw_imp --------------------------------------------------------------------------------

/**
 * The spec of `name` (absolute), importing its parent package first. A parent that is not a
 * package gives null, or with `strict` importlib.util.find_spec's ModuleNotFoundError.
 */
function specFor(name: string, strict = false): ImportSpec | null {
  const dot = name.lastIndexOf('.');
  let path: string[];
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    const parent = gcdImport(parentName);
    const p = getAttrOrUndefined(parent, '__path__');
    decref(parent);
    if (p === undefined) {
      if (!strict) return null;
      throw importError(ModuleNotFoundError, `__path__ attribute not found on '${parentName}' while trying to find '${name}'`, name);
    }
    path = p instanceof PyList ? p.items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value) : [];
    decref(p);
  } else {
    const sp = interp.sys.ns.getStr('path');
    path = sp instanceof PyList ? sp.items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value) : [];
  }
  return findSpec(name, path, dot < 0);
}

function strArg(v: PyValue | undefined, what: string): string {
  if (!(v instanceof PyStr)) raise(TypeError, `${what} must be str, not ${v === undefined ? 'nothing' : typeName(v)}`);
  return v.value;
}

const impFunctions: Record<string, NativeMethod> = {
  /** find_spec(name) -> ModuleSpec or None */
  find_spec(_self, args, kw) {
    checkPositional('find_spec', args, kw, 1);
    const spec = specFor(strArg(args[0], 'name'), true);
    return spec === null ? None : makeSpecObject(spec);
  },
  /** spec_from_file_location(name, location, search_locations) -> ModuleSpec of a source or .pyc file read by path. */
  spec_from_file_location(_self, args, kw) {
    checkPositional('spec_from_file_location', args, kw, 3);
    const location = strArg(args[1], 'location');
    const locations = args[2]!;
    return makeSpecObject({
      name: strArg(args[0], 'name'),
      kind: location.endsWith('.pyc') ? 'sourceless' : 'source',
      origin: location,
      searchLocations: locations === None ? null
        : locations instanceof PyList ? locations.items.filter((x): x is PyStr => x instanceof PyStr).map((x) => x.value) : [],
    });
  },
  /**
   * get_code(spec_or_path) -> code object, or None: the code of a source or .pyc file, given by
   * its path or by a ModuleSpec (None for a spec without a location: a builtin module).
   */
  get_code(_self, args, kw) {
    checkPositional('get_code', args, kw, 1);
    const arg = args[0]!;
    let path: string;
    if (arg instanceof PyStr) path = arg.value;
    else {
      const hasLocation = getAttrOrUndefined(arg, 'has_location');
      const origin = getAttrOrUndefined(arg, 'origin');
      try {
        if (hasLocation !== True || !(origin instanceof PyStr)) return None;
        path = origin.value;
      } finally {
        if (hasLocation !== undefined) decref(hasLocation);
        if (origin !== undefined) decref(origin);
      }
    }
    return codeObjectFor(codeOfFile(path, path.endsWith('.pyc') ? 'sourceless' : 'source'));
  },
  /** reload(module) as importlib.reload. */
  reload(_self, args, kw) {
    checkPositional('reload', args, kw, 1);
    const mod = args[0]!;
    if (!(mod instanceof PyModule)) raise(TypeError, 'reload() argument must be a module');
    const nameV = mod.ns.getStr('__name__');
    const name = strArg(nameV, '__name__');
    if (interp.modules.getStr(name) !== mod) throw importError(ImportError, `module ${name} not in sys.modules`, name);
    const spec = specFor(name);
    if (spec === null) throw importError(ModuleNotFoundError, `spec not found for the module '${name}'`, name);
    if (spec.kind === 'source' || spec.kind === 'sourceless') {
      const specObject = makeSpecObject(spec);
      const fresh = moduleFromSpec(spec, specObject);
      for (const k of ['__spec__', '__loader__', '__file__', '__cached__', '__path__', '__package__']) {
        const v = fresh.ns.getStr(k);
        if (v !== undefined) mod.ns.setStr(k, intern(k), v);
      }
      decref(fresh);
      decref(specObject);
      execCodeIn(codeOfFile(spec.origin!, spec.kind), mod.ns);
    }
    return newref(interp.modules.getStr(name) ?? mod);
  },
};

/** `_io`: the file types open() makes (builtins helper's) for io.py to re-export. */
function initIo(mod: PyModule): void {
  const put = (name: string, v: PyValue): void => mod.ns.setStr(name, intern(name), v);
  put('UnsupportedOperation', unsupportedOperation);
  put('FileIO', fileIOType);
  put('BufferedReader', bufferedReaderType);
  put('BufferedWriter', bufferedWriterType);
  put('BufferedRandom', bufferedRandomType);
  put('TextIOWrapper', textIOWrapperType);
  put('DEFAULT_BUFFER_SIZE', 8192);
  const open = interp.builtins.ns.getStr('open');
  if (open !== undefined) put('open', open);
}

export function installNativeModules(): void {
  registerBuiltinModule('_io', initIo);
  registerBuiltinModule('posix', initPosix);
  registerBuiltinModule('_ast', initAstModule);
  registerBuiltinModule('_pyw_imp', (mod) => defineFunctions(mod.ns, mod, impFunctions));
  registerReModule(registerBuiltinModule);
  registerJsonModule(registerBuiltinModule);
  registerWarningsModule(registerBuiltinModule);
  registerRandomModule(registerBuiltinModule);
  registerCollectionsModule(registerBuiltinModule);
  registerBuiltinModule('_pyw_abc', initAbcModule);
}
