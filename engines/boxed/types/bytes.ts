// bytes and bytearray objects: the bytes in a Uint8Array. A bytearray over-allocates and keeps
// its length separately so appends are amortised O(1).

import { PyObject } from '../object.js';
import { bytearrayType, bytesType } from '../builtin-types.js';
import type { PyType } from '../type.js';

export class PyBytes extends PyObject {
  hash: number | bigint | undefined = undefined;
  /** The bytes, never written after construction (so several objects may share one array). */
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

  /** Makes room for `n` bytes in all, growing the buffer by at least half when it must grow. */
  reserve(n: number): void {
    if (n <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(n, this.buffer.length + (this.buffer.length >> 1) + 8));
    grown.set(this.value);
    this.buffer = grown;
  }

  /** Appends one byte. */
  push(b: number): void {
    if (this.length === this.buffer.length) this.reserve(this.length + 1);
    this.buffer[this.length++] = b;
  }

  /** Appends bytes (which may be a view of this bytearray). */
  append(data: Uint8Array): void {
    const n = data.length;
    if (this.length + n > this.buffer.length) {
      data = data.slice();
      this.reserve(this.length + n);
    }
    this.buffer.set(data, this.length);
    this.length += n;
  }

  /** Replaces bytes [lo, hi) by `add` (which must not be a view of this bytearray). */
  splice(lo: number, hi: number, add: Uint8Array): void {
    const delta = add.length - (hi - lo);
    const n = this.length;
    if (delta > 0) this.reserve(n + delta);
    if (delta !== 0) this.buffer.copyWithin(hi + delta, hi, n);
    this.buffer.set(add, lo);
    this.length = n + delta;
    // Give memory back when most of the buffer is unused.
    if (this.length < this.buffer.length >> 2 && this.buffer.length > 64) this.buffer = this.buffer.slice(0, this.length + (this.length >> 1));
  }

  /** Replaces the whole contents. */
  setContents(data: Uint8Array): void {
    this.buffer = data;
    this.length = data.length;
  }
}
