// The import instructions (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR) as ceval.c's import_name,
// import_from and import_all_from do them, and builtins.__import__'s hook.

import { decref, newref, type PyValue } from '../../../boxed/object.js';
import { raise } from '../../../boxed/errors.js';
import { interp } from '../../../boxed/interpreter-state.js';
import { intern } from '../../../boxed/strings.js';
import { dictType } from '../../../boxed/builtin-types.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { PyModule } from '../../../boxed/types/module.js';
import { PyStr } from '../../../boxed/types/str.js';
import { PyList } from '../../../boxed/types/sequences.js';
import { PyBuiltinFunction } from '../../../boxed/types/native.js';
import { None } from '../../../boxed/types/singletons.js';
import { ImportError, SystemError, TypeError, type PyBaseException } from '../../../boxed/types/exceptions.js';
import { intValue } from '../../../boxed/types/numbers.js';
import { call } from '../../../boxed/protocols/call.js';
import { getAttr, getAttrOrUndefined, isAttributeError } from '../../../boxed/protocols/attributes.js';
import { setItem } from '../../../boxed/protocols/items.js';
import { typeName } from '../../../boxed/protocols/type-of.js';
import { importHooks } from '../../../boxed/modules/import-hooks.js';
import { runtimeOps } from '../../vm/ops/module-hooks.js';
import type { Frame } from '../../vm/frame.js';
import { eachItem, importError, importModuleLevel } from './import-module.js';
import { isInitializing } from './module-type.js';

/** IMPORT_NAME: through builtins.__import__, directly when it is the builtin one. */
function importName(frame: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue {
  const importFunc = frame.builtins.getStr('__import__');
  if (importFunc === undefined) raise(ImportError, '__import__ not found');
  else if (!isBuiltinImport(importFunc)) {
    const args = [intern(name), frame.globals, frame.locals ?? None, fromlist, level];
    return call(importFunc, args);
  }
  const n = intValue(level);
  return importModuleLevel(name, frame.globals, fromlist, typeof n === 'number' ? n : 0);
}

function isBuiltinImport(f: PyValue): boolean {
  return f instanceof PyBuiltinFunction && f.name === '__import__' && f.self === interp.builtins;
}

/** IMPORT_FROM: the attribute, else the submodule from sys.modules, else CPython's ImportError. */
function importFrom(mod: PyValue, name: string): PyValue {
  try {
    const v = getAttrOrUndefined(mod, name);
    if (v !== undefined) return v;
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    decref(e as PyBaseException);
  }
  let pkgName: PyValue | undefined;
  try {
    pkgName = getAttrOrUndefined(mod, '__name__');
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    decref(e as PyBaseException);
  }
  const pkg = pkgName instanceof PyStr ? pkgName.value : null;
  if (pkgName !== undefined) decref(pkgName);
  if (pkg !== null) {
    const sub = interp.modules.getStr(`${pkg}.${name}`);
    if (sub !== undefined) return newref(sub);
  }
  const shown = pkg ?? '<unknown module name>';
  const file = mod instanceof PyModule ? mod.ns.getStr('__file__') : undefined;
  if (!(file instanceof PyStr)) {
    throw importError(ImportError, `cannot import name '${name}' from '${shown}' (unknown location)`, pkg);
  }
  if (isInitializing(mod)) {
    throw importError(ImportError,
      `cannot import name '${name}' from partially initialized module '${shown}' (most likely due to a circular import) (${file.value})`,
      pkg, file.value);
  }
  throw importError(ImportError, `cannot import name '${name}' from '${shown}' (${file.value})`, pkg, file.value);
}

/** IMPORT_STAR: the names of __all__, or every public name of the module's __dict__. */
function importStar(frame: Frame, mod: PyValue): void {
  const locals = frame.locals;
  if (locals === null) raise(SystemError, "no locals found during 'import *'");
  let names: PyValue | undefined = getAttrOrUndefined(mod, '__all__');
  let skipPrivate = false;
  if (names === undefined) {
    const d = getAttrOrUndefined(mod, '__dict__');
    if (d === undefined) raise(ImportError, 'from-import-* object has no __dict__ and no __all__');
    names = d instanceof PyDict ? keysOf(d) : call(getAttr(d, 'keys'), []);
    decref(d);
    skipPrivate = true;
  }
  try {
    eachItem(names, (n) => {
      if (!(n instanceof PyStr)) {
        const modName = getAttrOrUndefined(mod, '__name__');
        const m = modName instanceof PyStr ? modName.value : '?';
        if (modName !== undefined) decref(modName);
        raise(TypeError, skipPrivate ? `Key in ${m}.__dict__ must be str, not ${typeName(n)}` : `Item in ${m}.__all__ must be str, not ${typeName(n)}`);
      }
      if (skipPrivate && n.value.startsWith('_')) return;
      const v = getAttr(mod, n.value);
      try {
        if (locals instanceof PyDict && locals.ob_type === dictType) locals.set(n, v);
        else setItem(locals, n, v);
      } finally {
        decref(v);
      }
    });
  } finally {
    decref(names);
  }
}

/** A snapshot of a dict's keys (the dict may change while the names are bound). */
function keysOf(d: PyDict): PyValue {
  const keys: PyValue[] = [];
  for (let i = d.next(-1); i >= 0; i = d.next(i)) keys.push(newref(d.keyAt(i)));
  return new PyList(keys);
}

export function installImportOps(): void {
  runtimeOps.importName = importName;
  runtimeOps.importFrom = importFrom;
  runtimeOps.importStar = importStar;
  importHooks.importModule = (name, globals, _locals, fromlist, level) =>
    importModuleLevel(name, globals === None && level === 0 ? None : globals, fromlist, level);
}
