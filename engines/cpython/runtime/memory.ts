// The simulated heap addresses behind id() and default reprs. An object gets an address the
// first time one is asked for; when it is freed, the address returns to a free list and the
// next object asking gets it back, so `id([]) == id([])` is True as in CPython.

import { PyObject, type PyValue } from '../../boxed/object.js';

const BASE = 0x7f3a5c000000;
const addresses = new WeakMap<PyObject, number>();
const free: number[] = [];
let nextAddress = BASE;

export function idOf(v: PyValue): number {
  if (typeof v === 'number') return smallIntAddress(v);
  let a = addresses.get(v);
  if (a === undefined) {
    a = free.pop() ?? (nextAddress += 48);
    addresses.set(v, a);
  }
  return a;
}

/** Ints are values here, not objects: each gets a fixed address derived from its value. */
function smallIntAddress(n: number): number {
  return 0x7f3a50000000 + ((n * 32) % 0x8000000);
}

/** Called when an object is freed: its address may be reused. */
export function releaseAddress(o: PyObject): void {
  const a = addresses.get(o);
  if (a !== undefined) {
    addresses.delete(o);
    free.push(a);
  }
}

export function addressHex(v: PyValue): string {
  return `0x${idOf(v).toString(16)}`;
}
