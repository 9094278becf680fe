// What class creation needs from modules that come later in start-up (descriptor types,
// super, mappingproxy, the VM's current frame), installed by the runtime.

import type { PyValue } from './object.js';
import type { PyType } from './type.js';
import type { PyDict } from './types/dict.js';

const missing = (what: string) => (): never => { throw new Error(`${what} not installed`); };

export const classHooks = {
  staticMethod: missing('staticmethod') as (f: PyValue) => PyValue,
  classMethod: missing('classmethod') as (f: PyValue) => PyValue,
  unwrapStaticMethod: ((v: PyValue) => v) as (v: PyValue) => PyValue,
  newSuper: missing('super') as (type: PyType, obj: PyValue) => PyValue,
  mappingProxy: missing('mappingproxy') as (d: PyDict) => PyValue,
  /** __name__ of the globals of the innermost Python frame (a new reference), or null. */
  currentModuleName: (() => null) as () => PyValue | null,
  addNote: (() => {}) as (exc: unknown, note: string) => void,
  valueError: missing('ValueError') as () => PyType,
  typeDir: missing('dir') as (t: PyType) => PyValue,
  truthy: missing('truthy') as (v: PyValue) => boolean,
};
