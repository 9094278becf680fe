// iter(bytes) and iter(bytearray): bytes_iterator and bytearray_iterator yield the bytes as
// ints. The bytearray one reads the current contents at each step, as CPython's does, so a
// bytearray changed during iteration is seen changed.

import { decref, newref, PyObject, xdecref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { builtinType } from '../../builtin-types.js';
import { defineMethods } from '../../define.js';
import { StopIteration } from '../exceptions.js';
import type { NativeIterator } from '../../protocols/iteration.js';
import type { PyType } from '../../type.js';
import { PyByteArray } from '../bytes.js';
import { noArgs } from './bytes-common.js';

const noMake = (): never => { throw new Error('iterator instances are made natively'); };
export const bytesIteratorType = builtinType('bytes_iterator', { subclassable: false, make: noMake });
export const bytearrayIteratorType = builtinType('bytearray_iterator', { subclassable: false, make: noMake });

/** What the iterator walks: anything with its bytes in `value` (bytes, bytearray, memoryview). */
type Sequence = PyObject & { readonly value: Uint8Array };

export class PyBytesIterator extends PyObject implements NativeIterator {
  index = 0;
  /** The object walked (owned), null once exhausted. */
  seq: Sequence | null;

  constructor(seq: Sequence, type: PyType) {
    super(type);
    this.seq = newref(seq);
  }

  nativeNext(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    // A bytearray is read through its storage, so no view is made per step.
    if (s instanceof PyByteArray) {
      if (this.index < s.length) return s.buffer[this.index++]!;
    } else {
      const data = s.value;
      if (this.index < data.length) return data[this.index++]!;
    }
    this.seq = null;
    decref(s);
    return undefined;
  }

  lengthHint(): number {
    return this.seq === null ? 0 : Math.max(0, this.seq.value.length - this.index);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    xdecref(this.seq);
  }
}

/** Gives an iterator type over bytes its methods (memoryview's memory_iterator too). */
export function installBytesIterators(types: readonly PyType[] = [bytesIteratorType, bytearrayIteratorType]): void {
  for (const t of types) {
    defineMethods(t, {
      __iter__(self, args, kw) {
        noArgs(args, kw);
        return newref(self);
      },
      __next__(self, args, kw) {
        noArgs(args, kw);
        const v = (self as PyBytesIterator).nativeNext();
        if (v === undefined) raise(StopIteration);
        return v;
      },
      __length_hint__(self, args, kw) {
        noArgs(args, kw);
        return (self as PyBytesIterator).lengthHint();
      },
    });
  }
}
