// type(v) for any value, numbers included.

import type { PyValue } from '../object.js';
import { intType } from '../builtin-types.js';
import type { PyType } from '../type.js';

export function typeOf(v: PyValue): PyType {
  return typeof v === 'number' ? intType : v.ob_type;
}

/** The name CPython's messages use for the type of `v` (tp_name). */
export function typeName(v: PyValue): string {
  return typeof v === 'number' ? 'int' : v.ob_type.name;
}
