// Module specs and loaders as Python sees them (importlib's ModuleSpec, SourceFileLoader,
// SourcelessFileLoader, BuiltinImporter): plain objects whose attributes live in their __dict__,
// so Python code can read and replace them. The import system itself works on `ImportSpec`
// records and makes these objects for `__spec__` and `__loader__`.

import { newref, type PyValue } from '../../../boxed/object.js';
import { builtinType, dictType, PyInstance } from '../../../boxed/builtin-types.js';
import { defineAttribute, defineMethods } from '../../../boxed/define.js';
import { intern, newStr } from '../../../boxed/strings.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { PyList } from '../../../boxed/types/sequences.js';
import { False, True } from '../../../boxed/types/numbers.js';
import { None } from '../../../boxed/types/singletons.js';
import { repr } from '../../../boxed/protocols/objects.js';
import type { PyType } from '../../../boxed/type.js';

/** How a module found by the finders is loaded. */
export type LoaderKind = 'builtin' | 'source' | 'sourceless' | 'namespace';

/** What a finder found: the import system's own record of a spec. */
export interface ImportSpec {
  readonly name: string;
  readonly kind: LoaderKind;
  /** The file (source or .pyc); null for builtin modules and namespace packages. */
  readonly origin: string | null;
  /** For packages: the folders searched for submodules. */
  readonly searchLocations: readonly string[] | null;
}

const withDict = (t: PyType): PyInstance => {
  const o = new PyInstance(t);
  o.dict = new PyDict(dictType);
  return o;
};

export const moduleSpecType = builtinType('ModuleSpec', { make: withDict });
export const sourceFileLoaderType = builtinType('SourceFileLoader', { make: withDict });
export const sourcelessFileLoaderType = builtinType('SourcelessFileLoader', { make: withDict });
export const namespaceLoaderType = builtinType('NamespaceLoader', { make: withDict });
/** Builtin modules' __loader__ is this class itself, as in CPython. */
export const builtinImporterType = builtinType('BuiltinImporter', { make: withDict });

function put(o: PyValue, name: string, v: PyValue): void {
  (o as PyInstance).dict!.setStr(name, intern(name), v);
}

function attr(o: PyValue, name: string): PyValue | undefined {
  return typeof o === 'number' ? undefined : o.dict?.getStr(name);
}

export function installModuleSpecTypes(): void {
  defineAttribute(moduleSpecType, '__module__', intern('_frozen_importlib'));
  defineAttribute(builtinImporterType, '__module__', intern('_frozen_importlib'));
  for (const t of [sourceFileLoaderType, sourcelessFileLoaderType, namespaceLoaderType]) {
    defineAttribute(t, '__module__', intern('_frozen_importlib_external'));
  }
  defineMethods(moduleSpecType, {
    __repr__(self) {
      const parts = [`name=${repr(attr(self, 'name') ?? None)}`, `loader=${repr(attr(self, 'loader') ?? None)}`];
      const origin = attr(self, 'origin');
      if (origin !== undefined && origin !== None) parts.push(`origin=${repr(origin)}`);
      const locations = attr(self, 'submodule_search_locations');
      if (locations !== undefined && locations !== None) parts.push(`submodule_search_locations=${repr(locations)}`);
      return newStr(`ModuleSpec(${parts.join(', ')})`);
    },
  });
}

/** The loader object for a spec (a new reference). */
function makeLoader(spec: ImportSpec): PyValue {
  if (spec.kind === 'builtin') return newref(builtinImporterType);
  const loader = withDict(spec.kind === 'source' ? sourceFileLoaderType : spec.kind === 'sourceless' ? sourcelessFileLoaderType : namespaceLoaderType);
  put(loader, 'name', newStr(spec.name));
  put(loader, 'path', spec.origin === null ? None : newStr(spec.origin));
  return loader;
}

/** A ModuleSpec object for `spec` with its loader (a new reference). */
export function makeSpecObject(spec: ImportSpec): PyValue {
  const o = withDict(moduleSpecType);
  const loader = makeLoader(spec);
  put(o, 'name', newStr(spec.name));
  put(o, 'loader', loader);
  put(o, 'origin', spec.kind === 'builtin' ? intern('built-in') : spec.origin === null ? None : newStr(spec.origin));
  put(o, 'loader_state', None);
  put(o, 'submodule_search_locations', spec.searchLocations === null ? None : new PyList(spec.searchLocations.map((p) => newStr(p))));
  put(o, 'cached', spec.kind === 'source' && spec.origin !== null ? newStr(cachedPath(spec.origin)) : spec.kind === 'sourceless' ? newStr(spec.origin!) : None);
  const dot = spec.name.lastIndexOf('.');
  put(o, 'parent', newStr(spec.searchLocations !== null ? spec.name : dot < 0 ? '' : spec.name.slice(0, dot)));
  put(o, 'has_location', spec.origin !== null && spec.kind !== 'builtin' ? True : False);
  // The children being imported right now (module getattr's "cannot access submodule" wording).
  put(o, '_uninitialized_submodules', new PyList([]));
  return o;
}

/** The loader a spec object names (borrowed), or undefined. */
export function specLoader(specObject: PyValue): PyValue | undefined {
  return attr(specObject, 'loader');
}

/** Marks a spec object as initializing (import_from's "partially initialized module" wording). */
export function setInitializing(specObject: PyValue, on: boolean): void {
  if (typeof specObject === 'number' || specObject.dict === null || specObject.ob_type !== moduleSpecType) return;
  if (on) put(specObject, '_initializing', True);
  else specObject.dict.delete(intern('_initializing'));
}

/** importlib.util.cache_from_source: folder/__pycache__/name.cpython-311.pyc. */
export function cachedPath(source: string): string {
  const slash = source.lastIndexOf('/');
  const dir = source.slice(0, slash + 1);
  const base = source.slice(slash + 1).replace(/\.py$/, '');
  return `${dir}__pycache__/${base}.cpython-311.pyc`;
}

/** The origin string of a spec object (for module reprs), or null. */
export function specOrigin(specObject: PyValue): PyValue | undefined {
  return attr(specObject, 'origin');
}

