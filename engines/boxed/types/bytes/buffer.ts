// The buffer protocol as the bytes types use it: which objects expose bytes (bytes, bytearray,
// memoryview, and any other object model value keeping a Uint8Array in `value`), and the
// memoryview object itself (a window on another object's bytes; its methods are in
// memoryview-type.ts).

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { builtinType } from '../../builtin-types.js';
import { TypeFlag } from '../../type.js';
import { TypeError, ValueError } from '../exceptions.js';
import { typeName } from '../../protocols/type-of.js';
import { PyByteArray, PyBytes } from '../bytes.js';

export const memoryviewType = builtinType('memoryview', { flags: TypeFlag.SEQUENCE,
  subclassable: false,
  make: () => { throw new Error('memoryview instances are made natively'); },
});

export class PyMemoryView extends PyObject {
  /** The exporting object (owned), null once released. */
  obj: PyValue | null;
  released = false;

  /** A view of obj's bytes start, start + step, ... (count of them). */
  constructor(obj: PyValue, readonly start: number, readonly count: number, readonly step: number, readonly readonly: boolean) {
    super(memoryviewType);
    this.obj = newref(obj);
    if (obj instanceof PyByteArray) obj.exports++;
  }

  /** The viewed bytes: a view of the exporter's storage when contiguous, else a copy. */
  get value(): Uint8Array {
    const src = this.obj === null ? new Uint8Array(0) : bufferOf(this.obj)!;
    if (this.step === 1) return src.subarray(this.start, this.start + this.count);
    const out = new Uint8Array(this.count);
    for (let i = 0, j = this.start; i < this.count; i++, j += this.step) out[i] = src[j]!;
    return out;
  }

  /** The exporter's storage (for writing through the view). */
  get storage(): Uint8Array {
    return this.obj === null ? new Uint8Array(0) : bufferOf(this.obj)!;
  }

  release(): void {
    const o = this.obj;
    if (o === null) return;
    this.obj = null;
    this.released = true;
    if (o instanceof PyByteArray) o.exports--;
    decref(o);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    this.release();
  }
}

/** The bytes `v` exposes through the buffer protocol, or null (a view: copy it to keep it). */
export function bufferOf(v: PyValue): Uint8Array | null {
  if (typeof v === 'number') return null;
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.value;
  if (v instanceof PyMemoryView) {
    if (v.released) raise(ValueError, 'operation forbidden on released memoryview object');
    return v.value;
  }
  const data = (v as { value?: unknown }).value;
  return data instanceof Uint8Array ? data : null;
}

/** The bytes of a bytes-like argument or TypeError "a bytes-like object is required, not 'str'". */
export function needBuffer(v: PyValue): Uint8Array {
  const b = bufferOf(v);
  if (b === null) raise(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}
