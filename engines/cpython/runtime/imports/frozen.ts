// The shared/lib modules CPython 3.11 freezes into its executable: their code is compiled under
// the filename "<frozen NAME>", so tracebacks show their frames with a line number and no source
// line, as python3's do. Only runpy for now (every `python3 -m` traceback passes through it);
// CPython also freezes os, posixpath, abc, io, codecs and importlib.util, which stay plain files here.

import { join } from 'node:path';
import { sharedLibDir } from './lib-path.js';

const FROZEN = ['runpy'];

let byPath: Map<string, string> | undefined;

/** "<frozen NAME>" when `path` is the shared/lib file of a module CPython freezes, else null. */
export function frozenFilename(path: string): string | null {
  if (byPath === undefined) {
    const lib = sharedLibDir();
    byPath = new Map(lib === null ? [] : FROZEN.map((name) => [join(lib, `${name.replace(/\./g, '/')}.py`), `<frozen ${name}>`]));
  }
  return byPath.get(path) ?? null;
}

/** The shared/lib file of a frozen module (found there before anything on sys.path, as CPython's FrozenImporter comes before its PathFinder), or null. */
export function frozenModuleFile(name: string): string | null {
  const lib = sharedLibDir();
  return lib !== null && FROZEN.includes(name) ? join(lib, `${name.replace(/\./g, '/')}.py`) : null;
}
