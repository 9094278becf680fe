// The import statement's work (CPython's PyImport_ImportModuleLevelObject with importlib's
// _gcd_import, _find_and_load and _handle_fromlist): resolving relative names, the sys.modules
// cache, importing parents before children, binding a submodule on its parent, and which module
// the statement gets back.

import { decref, newref, type PyValue } from '../../../boxed/object.js';
import { newException, raise } from '../../../boxed/errors.js';
import { interp } from '../../../boxed/interpreter-state.js';
import { newStr } from '../../../boxed/strings.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { PyStr } from '../../../boxed/types/str.js';
import { PyList, PyTuple } from '../../../boxed/types/sequences.js';
import { None } from '../../../boxed/types/singletons.js';
import {
  ImportError, KeyError, ModuleNotFoundError, PyBaseException, TypeError, ValueError,
} from '../../../boxed/types/exceptions.js';
import { getAttrOrUndefined, setAttr, isAttributeError } from '../../../boxed/protocols/attributes.js';
import { forEach } from '../../../boxed/protocols/iteration.js';
import { truthy } from '../../../boxed/protocols/objects.js';
import { typeName } from '../../../boxed/protocols/type-of.js';
import { findSpec } from './finder.js';
import { loadModule } from './loader.js';

/** A new ImportError-family exception with its `name` (and `path`) set. */
export function importError(type: typeof ImportError, message: string, name: string | null, path: string | null = null): PyBaseException {
  const e = newException(type, message);
  e.setMember('msg', e.args.items[0]!);
  if (name !== null) { const n = newStr(name); e.setMember('name', n); decref(n); }
  if (path !== null) { const p = newStr(path); e.setMember('path', p); decref(p); }
  return e;
}

/** Iterates a list or tuple directly (the common case, and no iterator object); others by the protocol. */
export function eachItem(v: PyValue, fn: (item: PyValue) => void): void {
  if (v instanceof PyList || v instanceof PyTuple) {
    const items = v.items.slice();
    for (const item of items) fn(item);
  } else forEach(v, fn);
}

function strEntries(v: PyValue | undefined): string[] {
  const out: string[] = [];
  if (v === undefined || v === None) return out;
  eachItem(v, (item) => {
    if (item instanceof PyStr) out.push(item.value);
  });
  return out;
}

/** The absolute name of a relative import from a module with `globals` (import.c resolve_name). */
export function resolveName(name: string, globals: PyValue, level: number): string {
  if (!(globals instanceof PyDict)) raise(TypeError, 'globals must be a dict');
  let pkg = globals.getStr('__package__');
  const spec = globals.getStr('__spec__');
  let packageName: string;
  if (pkg !== undefined && pkg !== None) {
    if (!(pkg instanceof PyStr)) raise(TypeError, 'package must be a string');
    packageName = pkg.value;
  } else if (spec !== undefined && spec !== None) {
    pkg = getAttrOrUndefined(spec, 'parent');
    if (!(pkg instanceof PyStr)) {
      if (pkg !== undefined) decref(pkg);
      raise(TypeError, '__spec__.parent must be a string');
    }
    packageName = pkg.value;
    decref(pkg);
  } else {
    const modName = globals.getStr('__name__');
    if (modName === undefined) raise(KeyError, "'__name__' not in globals");
    if (!(modName instanceof PyStr)) raise(TypeError, '__name__ must be a string');
    packageName = modName.value;
    if (globals.getStr('__path__') === undefined) {
      const dot = packageName.lastIndexOf('.');
      packageName = dot < 0 ? '' : packageName.slice(0, dot);
    }
  }
  if (packageName.length === 0) raise(ImportError, 'attempted relative import with no known parent package');
  let lastDot = packageName.length;
  for (let up = 1; up < level; up++) {
    lastDot = lastDot === 0 ? -1 : packageName.lastIndexOf('.', lastDot - 1);
    if (lastDot < 0) raise(ImportError, 'attempted relative import beyond top-level package');
  }
  const base = packageName.slice(0, lastDot);
  return name.length === 0 ? base : `${base}.${name}`;
}

/** sys.modules[name] (borrowed) or undefined. */
function cached(name: string): PyValue | undefined {
  return interp.modules.getStr(name);
}

/** importlib._gcd_import: the module `name` (absolute), imported if needed. A new reference. */
export function gcdImport(name: string): PyValue {
  const mod = cached(name);
  if (mod !== undefined && mod !== None) return newref(mod);
  return findAndLoad(name);
}

function findAndLoad(name: string): PyValue {
  const present = cached(name);
  let mod: PyValue;
  if (present === undefined) mod = findAndLoadUnlocked(name);
  else mod = newref(present);
  if (mod === None) {
    throw importError(ModuleNotFoundError, `import of ${name} halted; None in sys.modules`, name);
  }
  return mod;
}

/** The parent's __spec__._uninitialized_submodules list (a new reference) when it has one, as importlib tracks
 * the child being imported for module getattr's "cannot access submodule" error. */
function uninitializedSubmodules(parent: PyValue): PyList | undefined {
  const spec = getAttrOrUndefined(parent, '__spec__');
  if (spec === undefined) return undefined;
  try {
    if (spec === None || !truthy(spec)) return undefined;
    const list = getAttrOrUndefined(spec, '_uninitialized_submodules');
    if (list instanceof PyList) return list;
    if (list !== undefined) decref(list);
    return undefined;
  } finally {
    decref(spec);
  }
}

function findAndLoadUnlocked(name: string): PyValue {
  const dot = name.lastIndexOf('.');
  let path: string[];
  let parentModule: PyValue | undefined;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    if (cached(parent) === undefined) decref(gcdImport(parent));
    const already = cached(name);
    if (already !== undefined) return newref(already);
    parentModule = cached(parent);
    if (parentModule === undefined) throw importError(ModuleNotFoundError, `No module named '${name}'`, name);
    const parentPath = getAttrOrUndefined(parentModule, '__path__');
    if (parentPath === undefined) {
      throw importError(ModuleNotFoundError, `No module named '${name}'; '${parent}' is not a package`, name);
    }
    path = strEntries(parentPath);
    decref(parentPath);
    newref(parentModule);
  } else {
    path = strEntries(interp.sys.ns.getStr('path'));
  }
  try {
    const spec = findSpec(name, path, dot < 0);
    if (spec === null) throw importError(ModuleNotFoundError, `No module named '${name}'`, name);
    const children = parentModule !== undefined ? uninitializedSubmodules(parentModule) : undefined;
    if (children !== undefined) children.items.push(newStr(name.slice(dot + 1)));
    let mod: PyValue;
    try {
      mod = loadModule(spec);
    } finally {
      if (children !== undefined) {
        const child = children.items.pop();
        if (child !== undefined) decref(child);
        decref(children);
      }
    }
    if (parentModule !== undefined) {
      try {
        setAttr(parentModule, name.slice(dot + 1), mod);
      } catch (e) {
        if (!isAttributeError(e)) { decref(mod); throw e; }
        decref(e as PyBaseException);
      }
    }
    return mod;
  } finally {
    if (parentModule !== undefined) decref(parentModule);
  }
}

/** __import__(name, globals, locals, fromlist, level) without the builtins lookup. A new reference. */
export function importModuleLevel(name: string, globals: PyValue, fromlist: PyValue, level: number): PyValue {
  if (level < 0) raise(ValueError, 'level must be >= 0');
  let absName: string;
  if (level > 0) absName = resolveName(name, globals, level);
  else {
    if (name.length === 0) raise(ValueError, 'Empty module name');
    absName = name;
  }
  const mod = gcdImport(absName);
  const hasFrom = fromlist !== None && truthy(fromlist);
  if (!hasFrom) {
    if (level === 0 || name.length > 0) {
      const dot = name.indexOf('.');
      if (dot < 0) return mod;
      decref(mod);
      if (level === 0) return importModuleLevel(name.slice(0, dot), None, None, 0);
      const toReturn = absName.slice(0, absName.length - (name.length - dot));
      const top = cached(toReturn);
      if (top === undefined) raise(KeyError, `'${toReturn}' not in sys.modules as expected`);
      return newref(top);
    }
    return mod;
  }
  const path = getAttrOrUndefined(mod, '__path__');
  if (path === undefined) return mod;
  decref(path);
  try {
    handleFromlist(mod, fromlist, false);
  } catch (e) {
    decref(mod);
    throw e;
  }
  return mod;
}

/** importlib._handle_fromlist: imports the submodules a from-import names that are not attributes yet. */
function handleFromlist(mod: PyValue, fromlist: PyValue, recursive: boolean): void {
  eachItem(fromlist, (x) => {
    if (!(x instanceof PyStr)) {
      let where = "``from list''";
      if (recursive) {
        const n = getAttrOrUndefined(mod, '__name__');
        where = `${n instanceof PyStr ? n.value : '?'}.__all__`;
        if (n !== undefined) decref(n);
      }
      raise(TypeError, `Item in ${where} must be str, not ${typeName(x)}`);
    }
    if (x.value === '*') {
      if (recursive) return;
      const all = getAttrOrUndefined(mod, '__all__');
      if (all !== undefined) {
        try {
          handleFromlist(mod, all, true);
        } finally {
          decref(all);
        }
      }
      return;
    }
    const existing = getAttrOrUndefined(mod, x.value);
    if (existing !== undefined) { decref(existing); return; }
    const modName = getAttrOrUndefined(mod, '__name__');
    const fromName = `${modName instanceof PyStr ? modName.value : String(modName)}.${x.value}`;
    if (modName !== undefined) decref(modName);
    try {
      decref(gcdImport(fromName));
    } catch (e) {
      if (e instanceof PyBaseException && e.ob_type.isSubtype(ModuleNotFoundError)) {
        const excName = e.member('name');
        if (excName instanceof PyStr && excName.value === fromName && cached(fromName) !== None) {
          decref(e);
          return;
        }
      }
      throw e;
    }
  });
}
