// Module objects: a namespace dict (the module's globals) behind attribute access.

import { PyObject } from '../object.js';
import { moduleType } from '../builtin-types.js';
import type { PyType } from '../type.js';
import type { PyDict } from './dict.js';

export class PyModule extends PyObject {
  constructor(ns: PyDict, type: PyType = moduleType) {
    super(type);
    this.dict = ns;
  }

  get ns(): PyDict {
    return this.dict!;
  }
}
