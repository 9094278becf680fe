// The finders: CPython's meta path (BuiltinImporter, FrozenImporter, then PathFinder) as one
// function. Frozen modules are shared/lib files found before sys.path (frozen.ts). The path
// finder looks in each folder of a search path for, in FileFinder's order, a package
// (NAME/__init__.py or NAME/__init__.pyc), a source module NAME.py, then a sourceless NAME.pyc;
// a folder NAME without __init__ is remembered as a namespace package portion.

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { isBuiltinModule } from './builtin-modules.js';
import { frozenModuleFile } from './frozen.js';
import type { ImportSpec } from './module-spec.js';

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The spec for module `fullname`: a builtin module when `path` is null (top level), else a file
 * in one of the `path` folders (sys.path for top-level modules, the parent's __path__ for
 * submodules). Null when nothing is found.
 */
export function findSpec(fullname: string, path: readonly string[], topLevel: boolean): ImportSpec | null {
  if (topLevel && isBuiltinModule(fullname)) return { name: fullname, kind: 'builtin', origin: null, searchLocations: null };
  const frozen = topLevel ? frozenModuleFile(fullname) : null;
  if (frozen !== null && isFile(frozen)) return { name: fullname, kind: 'source', origin: frozen, searchLocations: null };
  const tail = fullname.slice(fullname.lastIndexOf('.') + 1);
  if (tail === '') return null;
  const namespacePortions: string[] = [];
  for (const entry of path) {
    const dir = entry === '' ? process.cwd() : entry;
    const base = join(dir, tail);
    if (isDir(base)) {
      for (const [file, kind] of [['__init__.py', 'source'], ['__init__.pyc', 'sourceless']] as const) {
        const init = join(base, file);
        if (isFile(init)) return { name: fullname, kind, origin: init, searchLocations: [base] };
      }
      namespacePortions.push(base);
    }
    if (isFile(`${base}.py`)) return { name: fullname, kind: 'source', origin: `${base}.py`, searchLocations: null };
    if (isFile(`${base}.pyc`)) return { name: fullname, kind: 'sourceless', origin: `${base}.pyc`, searchLocations: null };
  }
  if (namespacePortions.length > 0) return { name: fullname, kind: 'namespace', origin: null, searchLocations: namespacePortions };
  return null;
}
