// SipHash, the keyed hash CPython uses for str and bytes: SipHash-1-3 in 3.11
// (sys.hash_info.algorithm == 'siphash13'), SipHash-2-4 before. Every str hash
// of the VM goes through here, so the 64-bit lanes are pairs of int32 halves
// (never bigints) and nothing is allocated per call: a caller writes the
// message into a shared scratch buffer (sipBuffer8/16/32, which return views of
// it), then sipRun hashes its first `byteLength` bytes and writes the 64-bit
// result into HASH as [low, high] int32 halves. The key is CPython's hash
// secret, all zero under PYTHONHASHSEED=0 (the setting expectations are made with).
//
// The 16- and 32-bit views let a str of 2- or 4-byte code points be written a
// unit at a time; SipHash reads its words little-endian, which the views are
// only on a little-endian host (every platform Node runs on; checked below).

/** The result slot of every hash kernel: HASH[0] is the low 32 bits, HASH[1] the high 32 bits (both signed int32). */
export const HASH = new Int32Array(2);

if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('siphash.ts assumes a little-endian host');

/** Scratch sizes: grown as needed, given back after hashing anything longer than KEEP bytes. */
const INITIAL = 256;
const KEEP = 1 << 16;

let u8 = new Uint8Array(INITIAL);
let u16 = new Uint16Array(u8.buffer);
let u32 = new Uint32Array(u8.buffer);
let i32 = new Int32Array(u8.buffer);

/** Makes the scratch hold a message of `byteLength` bytes plus SipHash's padding and length byte. */
function reserve(byteLength: number): void {
  const need = (byteLength & ~7) + 8;
  if (need <= u8.length) return;
  let size = u8.length;
  while (size < need) size *= 2;
  setScratch(new ArrayBuffer(size));
}

function setScratch(buffer: ArrayBuffer): void {
  u8 = new Uint8Array(buffer);
  u16 = new Uint16Array(buffer);
  u32 = new Uint32Array(buffer);
  i32 = new Int32Array(buffer);
}

/** The scratch as bytes, with room for a message of `byteLength` bytes. */
export function sipBuffer8(byteLength: number): Uint8Array {
  reserve(byteLength);
  return u8;
}

/** The scratch as 16-bit little-endian units, with room for a message of `byteLength` bytes. */
export function sipBuffer16(byteLength: number): Uint16Array {
  reserve(byteLength);
  return u16;
}

/** The scratch as 32-bit little-endian units, with room for a message of `byteLength` bytes. */
export function sipBuffer32(byteLength: number): Uint32Array {
  reserve(byteLength);
  return u32;
}

/** Zero-pads the scratch after the message and puts the length's low byte on top of the last block; the block count. */
function pad(byteLength: number): number {
  const blocks = (byteLength >>> 3) + 1;
  const end = blocks * 8 - 1;
  for (let at = byteLength; at < end; at++) u8[at] = 0;
  u8[end] = byteLength & 0xff;
  return blocks;
}

/**
 * SipHash-1-3 under the all-zero key of the first `byteLength` scratch bytes,
 * into HASH: sipRunKeyed with its round counts and key fixed, the hot path.
 */
export function sipRun(byteLength: number): void {
  const blocks = pad(byteLength);
  let v0l = 0x70736575, v0h = 0x736f6d65;
  let v1l = 0x6e646f6d, v1h = 0x646f7261;
  let v2l = 0x6e657261, v2h = 0x6c796765;
  let v3l = 0x79746573, v3h = 0x74656462;
  const words = i32;
  let s: number, t: number;
  // One SipRound per block, then three after the 0xff; the round is written
  // once, with `b` running past the blocks into the final rounds.
  for (let b = 0; b < blocks + 3; b++) {
    let ml = 0, mh = 0;
    if (b < blocks) {
      ml = words[2 * b]!; mh = words[2 * b + 1]!;
      v3l ^= ml; v3h ^= mh;
    } else if (b === blocks) {
      v2l ^= 0xff;
    }
    s = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = v1h; v1h = (v1h << 13) | (v1l >>> 19); v1l = (v1l << 13) | (t >>> 19);
    v1l ^= v0l; v1h ^= v0h;
    t = v0l; v0l = v0h; v0h = t;
    s = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = v3h; v3h = (v3h << 16) | (v3l >>> 16); v3l = (v3l << 16) | (t >>> 16);
    v3l ^= v2l; v3h ^= v2h;
    s = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = v3h; v3h = (v3h << 21) | (v3l >>> 11); v3l = (v3l << 21) | (t >>> 11);
    v3l ^= v0l; v3h ^= v0h;
    s = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = v1h; v1h = (v1h << 17) | (v1l >>> 15); v1l = (v1l << 17) | (t >>> 15);
    v1l ^= v2l; v1h ^= v2h;
    t = v2l; v2l = v2h; v2h = t;
    v0l ^= ml; v0h ^= mh; // zero after the blocks
  }
  HASH[0] = v0l ^ v1l ^ v2l ^ v3l;
  HASH[1] = v0h ^ v1h ^ v2h ^ v3h;
  if (u8.length > KEEP) setScratch(new ArrayBuffer(INITIAL));
}

/**
 * SipHash-c-d of the first `byteLength` scratch bytes under the key whose two
 * 64-bit halves k0 and k1 are given as int32 halves, into HASH.
 */
export function sipRunKeyed(
  byteLength: number, cRounds: number, dRounds: number, k0lo: number, k0hi: number, k1lo: number, k1hi: number,
): void {
  // The last block holds the message's tail, zero padding and the length's low byte on top.
  const blocks = pad(byteLength);

  let v0l = k0lo ^ 0x70736575, v0h = k0hi ^ 0x736f6d65;
  let v1l = k1lo ^ 0x6e646f6d, v1h = k1hi ^ 0x646f7261;
  let v2l = k0lo ^ 0x6e657261, v2h = k0hi ^ 0x6c796765;
  let v3l = k1lo ^ 0x79746573, v3h = k1hi ^ 0x74656462;
  const words = i32;
  let s: number, t: number;
  for (let b = 0; b <= blocks; b++) {
    let rounds: number;
    let ml = 0, mh = 0;
    if (b < blocks) {
      ml = words[2 * b]!; mh = words[2 * b + 1]!;
      v3l ^= ml; v3h ^= mh;
      rounds = cRounds;
    } else {
      v2l ^= 0xff;
      rounds = dRounds;
    }
    for (let r = 0; r < rounds; r++) {
      // A SipRound: v0 += v1; v1 <<<= 13; v1 ^= v0; v0 <<<= 32; and so on. An
      // addition carries when the unsigned low sum passes 2^32.
      s = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
      t = v1h; v1h = (v1h << 13) | (v1l >>> 19); v1l = (v1l << 13) | (t >>> 19);
      v1l ^= v0l; v1h ^= v0h;
      t = v0l; v0l = v0h; v0h = t;
      s = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
      t = v3h; v3h = (v3h << 16) | (v3l >>> 16); v3l = (v3l << 16) | (t >>> 16);
      v3l ^= v2l; v3h ^= v2h;
      s = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
      t = v3h; v3h = (v3h << 21) | (v3l >>> 11); v3l = (v3l << 21) | (t >>> 11);
      v3l ^= v0l; v3h ^= v0h;
      s = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
      t = v1h; v1h = (v1h << 17) | (v1l >>> 15); v1l = (v1l << 17) | (t >>> 15);
      v1l ^= v2l; v1h ^= v2h;
      t = v2l; v2l = v2h; v2h = t;
    }
    if (b < blocks) { v0l ^= ml; v0h ^= mh; }
  }
  HASH[0] = v0l ^ v1l ^ v2l ^ v3l;
  HASH[1] = v0h ^ v1h ^ v2h ^ v3h;
  if (u8.length > KEEP) setScratch(new ArrayBuffer(INITIAL));
}

/** Splits a 64-bit bigint key into int32 halves [low, high]. */
const keyHalves = (k: bigint): [number, number] => [Number(BigInt.asIntN(32, k)), Number(BigInt.asIntN(32, k >> 32n))];

/** SipHash-c-d of `data` under the key (k0, k1), as an unsigned 64-bit bigint (a convenience: allocates). */
export function siphash(data: Uint8Array, compressionRounds: number, finalRounds: number, k0 = 0n, k1 = 0n): bigint {
  sipBuffer8(data.length).set(data);
  const [k0lo, k0hi] = keyHalves(k0);
  const [k1lo, k1hi] = keyHalves(k1);
  sipRunKeyed(data.length, compressionRounds, finalRounds, k0lo, k0hi, k1lo, k1hi);
  return (BigInt(HASH[1]! >>> 0) << 32n) | BigInt(HASH[0]! >>> 0);
}

/** CPython 3.11's str/bytes hash function. */
export const siphash13 = (data: Uint8Array, k0 = 0n, k1 = 0n): bigint => siphash(data, 1, 3, k0, k1);

export const siphash24 = (data: Uint8Array, k0 = 0n, k1 = 0n): bigint => siphash(data, 2, 4, k0, k1);
