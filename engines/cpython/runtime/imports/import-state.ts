// Per-interpreter import state, set up once sys and builtins exist: their __spec__ and
// __loader__ (so they print as "<module 'sys' (built-in)>"), and shared/lib at the end of
// sys.path, where CPython has its standard library folder.

import { decref, type PyValue } from '../../../boxed/object.js';
import { interp } from '../../../boxed/interpreter-state.js';
import { intern, newStr } from '../../../boxed/strings.js';
import { PyList } from '../../../boxed/types/sequences.js';
import type { PyModule } from '../../../boxed/types/module.js';
import { makeSpecObject, specLoader } from './module-spec.js';
import { sharedLibDir } from './lib-path.js';

function markBuiltin(mod: PyModule, name: string): void {
  const spec = makeSpecObject({ name, kind: 'builtin', origin: null, searchLocations: null });
  const put = (k: string, v: PyValue): void => mod.ns.setStr(k, intern(k), v);
  put('__loader__', specLoader(spec)!);
  put('__spec__', spec);
  if (mod.ns.getStr('__package__') === undefined) put('__package__', intern(''));
  decref(spec);
}

export function initImportState(): void {
  markBuiltin(interp.sys, 'sys');
  markBuiltin(interp.builtins, 'builtins');
  const path = interp.sys.ns.getStr('path');
  const lib = sharedLibDir();
  if (lib !== null && path instanceof PyList) path.items.push(newStr(lib));
}
