// int.to_bytes() and int.from_bytes() as CPython 3.11 does them.
//
// to_bytes writes the two's complement (signed) or plain binary (unsigned)
// value in exactly `length` bytes. The checks come in CPython's order: the
// byte order, the length, a negative value for unsigned, then whether it fits.
// One quirk kept: with length 0, signed, -1 fits as well as 0 (CPython only
// checks the sign bit of a last byte, and there is none).

import { raise } from '../py-error.js';
import { normInt, type PyInt } from './py-int.js';

/** true for 'little', false for 'big', ValueError otherwise. */
function isLittleEndian(byteorder: string): boolean {
  if (byteorder === 'little') return true;
  if (byteorder !== 'big') raise('ValueError', "byteorder must be either 'little' or 'big'");
  return false;
}

/** i.to_bytes(length, byteorder, signed=signed). */
export function intToBytes(i: PyInt, length: number, byteorder: string, signed: boolean): Uint8Array {
  const little = isLittleEndian(byteorder);
  if (length < 0) raise('ValueError', 'length argument must be non-negative');
  const negative = typeof i === 'number' ? i < 0 : i < 0n;
  if (negative && !signed) raise('OverflowError', "can't convert negative int to unsigned");
  const out = new Uint8Array(length);
  if (typeof i === 'number' && length <= 6 && length > 0) {
    // Up to 48 bits: range check and byte extraction in doubles.
    const span = 2 ** (8 * length);
    const low = signed ? -span / 2 : 0;
    if (i < low || i >= low + span) tooBig();
    let v = i < 0 ? i + span : i;
    for (let k = 0; k < length; k++) {
      const byte = v % 256;
      out[little ? k : length - 1 - k] = byte;
      v = (v - byte) / 256;
    }
    return out;
  }
  let v = BigInt(i);
  if (length === 0) {
    if (v === 0n || (signed && v === -1n)) return out;
    tooBig();
  }
  if (signed ? BigInt.asIntN(8 * length, v) !== v : BigInt.asUintN(8 * length, v) !== v) tooBig();
  v = BigInt.asUintN(8 * length, v);
  const hex = v.toString(16).padStart(2 * length, '0');
  for (let k = 0; k < length; k++) {
    out[little ? length - 1 - k : k] = parseInt(hex.slice(2 * k, 2 * k + 2), 16);
  }
  return out;
}

function tooBig(): never {
  raise('OverflowError', 'int too big to convert');
}

/** int.from_bytes(bytes, byteorder, signed=signed). */
export function intFromBytes(bytes: Uint8Array, byteorder: string, signed: boolean): PyInt {
  const little = isLittleEndian(byteorder);
  const n = bytes.length;
  if (n === 0) return 0;
  const top = bytes[little ? n - 1 : 0];
  if (n <= 6) {
    let v = 0;
    for (let k = 0; k < n; k++) v = v * 256 + bytes[little ? n - 1 - k : k];
    return signed && top >= 0x80 ? v - 2 ** (8 * n) : v;
  }
  let hex = '';
  for (let k = 0; k < n; k++) {
    const byte = bytes[little ? n - 1 - k : k];
    hex += (byte < 16 ? '0' : '') + byte.toString(16);
  }
  const v = BigInt('0x' + hex);
  return normInt(signed && top >= 0x80 ? BigInt.asIntN(8 * n, v) : v);
}
