// tuple and list: a JS array of owned references. A tuple's array never changes after it is
// built; a list's grows and shrinks in place.

import { counters, decref, PyObject, type PyValue } from '../object.js';
import type { PyDict } from './dict.js';
import { listType, tupleType } from '../builtin-types.js';
import type { PyType } from '../type.js';

// tuple and list, like float (types/numbers.ts), allocate in their own constructors rather than in
// PyObject's, which V8 cannot make fast for every class at once; the prototype chain is PyObject's.
export class PyTuple {
  ob_type: PyType;
  ob_refcnt: number;
  dict: PyDict | null;
  hash: number | bigint | undefined;
  readonly items: PyValue[];
  constructor(items: PyValue[], type: PyType = tupleType) {
    this.ob_type = type;
    this.ob_refcnt = 1;
    this.dict = null;
    this.hash = undefined;
    this.items = items;
    counters.allocations++;
  }

  releaseRefs(): void {
    if (this.dict !== null) decref(this.dict);
    for (const v of this.items) decref(v);
  }
}
Object.setPrototypeOf(PyTuple.prototype, PyObject.prototype);

export class PyList {
  ob_type: PyType;
  ob_refcnt: number;
  dict: PyDict | null;
  items: PyValue[];
  constructor(items: PyValue[], type: PyType = listType) {
    this.ob_type = type;
    this.ob_refcnt = 1;
    this.dict = null;
    this.items = items;
    counters.allocations++;
  }

  releaseRefs(): void {
    if (this.dict !== null) decref(this.dict);
    for (const v of this.items) decref(v);
  }
}
Object.setPrototypeOf(PyList.prototype, PyObject.prototype);

/**
 * The items of an exact list or tuple, which PySequence_Fast and list_extend read directly, or
 * null: a subclass is iterated, since it may override __iter__.
 */
export function exactSequenceItems(v: PyValue): PyValue[] | null {
  if (v instanceof PyList) return v.ob_type === listType ? v.items : null;
  if (v instanceof PyTuple) return v.ob_type === tupleType ? v.items : null;
  return null;
}
