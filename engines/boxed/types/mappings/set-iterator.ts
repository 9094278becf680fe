// iter(set) and iter(frozenset): set_iterator walks the table slot by slot, as CPython's does,
// and fails with "Set changed size during iteration" when the set's size differs from what it
// was when iteration began (a size check, not a mutation count: adding an existing key is fine).

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { builtinType } from '../../builtin-types.js';
import { defineMethods } from '../../define.js';
import { raise } from '../../errors.js';
import { RuntimeError, StopIteration } from '../exceptions.js';
import type { PyType } from '../../type.js';
import type { NativeIterator } from '../../protocols/iteration.js';
import type { PySet } from '../set.js';
import type { TableStorage } from './set-storage.js';
import { noArgs } from './common.js';

const noInstances = (t: PyType): PyObject => { throw new Error(`cannot create '${t.name}' instances`); };
export const setIteratorType = builtinType('set_iterator', { subclassable: false, make: noInstances });

export class PySetIterator extends PyObject implements NativeIterator {
  /** The set being walked (owned), null once exhausted. */
  set: PySet | null;
  /** The next slot to look at. */
  pos = 0;
  /** The set's size when iteration began; -1 once a size change was seen (the error repeats). */
  used: number;
  /** Keys not yet returned (__length_hint__). */
  len: number;

  constructor(s: PySet) {
    super(setIteratorType);
    this.set = newref(s);
    this.used = s.storage.size;
    this.len = this.used;
  }

  nativeNext(): PyValue | undefined {
    const so = this.set;
    if (so === null) return undefined;
    const t = (so.storage as TableStorage).table;
    if (this.used !== t.used) {
      this.used = -1;
      raise(RuntimeError, 'Set changed size during iteration');
    }
    const i = t.nextSlot(this.pos);
    if (i < 0) {
      this.set = null;
      decref(so);
      return undefined;
    }
    this.pos = i + 1;
    this.len--;
    return newref(t.keyAt(i));
  }

  override releaseRefs(): void {
    super.releaseRefs();
    if (this.set !== null) decref(this.set);
  }
}

export function installSetIterator(): void {
  defineMethods(setIteratorType, {
    __iter__(self, args, kw) {
      noArgs('set_iterator.__iter__', args, kw);
      return newref(self);
    },
    __next__(self, args, kw) {
      noArgs('set_iterator.__next__', args, kw);
      const v = (self as PySetIterator).nativeNext();
      if (v === undefined) raise(StopIteration);
      return v;
    },
    __length_hint__(self) {
      const it = self as PySetIterator;
      return it.set !== null && it.used === it.set.storage.size ? it.len : 0;
    },
  });
}
