// set and frozenset objects. Their storage is a hash table laid out as CPython's, so iteration
// order matches CPython's (see shared/kernels/hash-table). `SetStorage` is that table as the
// object model uses it; `setStorageFactory` is installed by the set implementation.

import { decref, PyObject, type PyValue } from '../object.js';
import { frozensetType, setType } from '../builtin-types.js';
import type { PyType } from '../type.js';

/** What a set object needs from its table; keys are owned by the table's owner (this object). */
export interface SetStorage {
  readonly size: number;
  /** Live keys in iteration order. */
  keys(): PyValue[];
  /** Mutation counter for "Set changed size during iteration". */
  readonly version: number;
}

export class PySet extends PyObject {
  hash: number | bigint | undefined = undefined;
  constructor(public storage: SetStorage, type: PyType = setType) {
    super(type);
  }

  get isFrozen(): boolean {
    return this.ob_type.isSubtype(frozensetType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    for (const k of this.storage.keys()) decref(k);
  }
}
