// tuple and list: a JS array of owned references. A tuple's array never changes after it is
// built; a list's grows and shrinks in place.

import { decref, PyObject, type PyValue } from '../object.js';
import { listType, tupleType } from '../builtin-types.js';
import type { PyType } from '../type.js';

export class PyTuple extends PyObject {
  hash: number | bigint | undefined = undefined;
  constructor(readonly items: PyValue[], type: PyType = tupleType) {
    super(type);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    for (const v of this.items) decref(v);
  }
}

export class PyList extends PyObject {
  constructor(public items: PyValue[], type: PyType = listType) {
    super(type);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    for (const v of this.items) decref(v);
  }
}
