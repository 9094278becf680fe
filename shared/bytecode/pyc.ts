// .pyc files of CPython 3.11 (PEP 552): a 16-byte header, then the module's
// code object in marshal format.
//
// Header: the magic number (3495 for 3.11, as a little-endian u16, then
// b'\r\n'), a u32 of flags, then either the source's mtime and size (flags 0,
// "timestamp" pycs) or an 8-byte SipHash of the source (bit 0 set, "hash"
// pycs; bit 1 says whether the import system checks it against the source).

import { type CodeObject, isCodeObject } from './code.js';
import { MarshalError, marshalDumps, marshalLoads } from './marshal.js';

/** importlib.util.MAGIC_NUMBER of 3.11: b'\xa7\r\r\n'. */
export const PYC_MAGIC_3_11 = 3495;
export const PYC_HEADER_SIZE = 16;

export const PycFlag = {
  HASH_BASED: 1,
  CHECK_SOURCE: 2,
} as const;

/** How a pyc says whether it is stale: by source mtime and size, or by a hash of the source. */
export type PycValidation =
  | { kind: 'timestamp'; mtime: number; sourceSize: number }
  | { kind: 'hash'; checkSource: boolean; sourceHash: Uint8Array };

export interface Pyc {
  readonly magic: number;
  readonly validation: PycValidation;
  readonly code: CodeObject;
}

export class PycError extends Error {}

/** Reads a .pyc; throws PycError for another Python version's file or a malformed one. */
export function readPyc(data: Uint8Array): Pyc {
  if (data.length < PYC_HEADER_SIZE) throw new PycError('file too short to be a .pyc');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const magic = view.getUint16(0, true);
  if (data[2] !== 0x0d || data[3] !== 0x0a || magic !== PYC_MAGIC_3_11) {
    throw new PycError(`bad magic number ${magic}: not a CPython 3.11 .pyc (${PYC_MAGIC_3_11})`);
  }
  const flags = view.getUint32(4, true);
  const validation: PycValidation = flags & PycFlag.HASH_BASED
    ? { kind: 'hash', checkSource: (flags & PycFlag.CHECK_SOURCE) !== 0, sourceHash: data.slice(8, 16) }
    : { kind: 'timestamp', mtime: view.getUint32(8, true), sourceSize: view.getUint32(12, true) };
  let code: unknown;
  try {
    code = marshalLoads(data.subarray(PYC_HEADER_SIZE));
  } catch (e) {
    throw e instanceof MarshalError ? new PycError(`bad marshal data in .pyc: ${e.message}`) : e;
  }
  if (!isCodeObject(code)) throw new PycError('the .pyc does not hold a code object');
  return { magic, validation, code };
}

/** Writes a .pyc as importlib does (_code_to_timestamp_pyc / _code_to_hash_pyc). */
export function writePyc(code: CodeObject, validation: PycValidation): Uint8Array {
  const body = marshalDumps(code);
  const out = new Uint8Array(PYC_HEADER_SIZE + body.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, PYC_MAGIC_3_11, true);
  out[2] = 0x0d;
  out[3] = 0x0a;
  if (validation.kind === 'timestamp') {
    view.setUint32(8, validation.mtime >>> 0, true);
    view.setUint32(12, validation.sourceSize >>> 0, true);
  } else {
    view.setUint32(4, PycFlag.HASH_BASED | (validation.checkSource ? PycFlag.CHECK_SOURCE : 0), true);
    out.set(validation.sourceHash.subarray(0, 8), 8);
  }
  out.set(body, PYC_HEADER_SIZE);
  return out;
}
