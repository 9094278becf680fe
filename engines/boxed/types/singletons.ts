// None, NotImplemented and Ellipsis: one instance each, never freed.

import { IMMORTAL, PyObject } from '../object.js';
import { ellipsisType, noneType, notImplementedType } from '../builtin-types.js';
import type { PyType } from '../type.js';

class PySingleton extends PyObject {
  constructor(type: PyType) {
    super(type);
    this.ob_refcnt = IMMORTAL;
  }
}

export const None = new PySingleton(noneType);
export const NotImplemented = new PySingleton(notImplementedType);
export const Ellipsis = new PySingleton(ellipsisType);
