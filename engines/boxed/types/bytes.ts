// bytes and bytearray objects: the bytes in a Uint8Array. A bytearray over-allocates and keeps
// its length separately so appends are amortised O(1).

import { PyObject } from '../object.js';
import { bytearrayType, bytesType } from '../builtin-types.js';
import type { PyType } from '../type.js';

export class PyBytes extends PyObject {
  hash: number | bigint | undefined = undefined;
  constructor(readonly value: Uint8Array, type: PyType = bytesType) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  /** Views into `buffer` that are exported (memoryview) forbid resizing; counted here. */
  exports = 0;
  constructor(public buffer: Uint8Array, public length: number = buffer.length, type: PyType = bytearrayType) {
    super(type);
  }

  get value(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
