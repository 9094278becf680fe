// SipHash, the keyed hash CPython uses for str and bytes: SipHash-1-3 in 3.11
// (sys.hash_info.algorithm == 'siphash13'), SipHash-2-4 before. 64-bit lanes
// are bigints kept in [0, 2^64); the key is CPython's hash secret, all zero
// under PYTHONHASHSEED=0 (the setting the expected outputs are made with).

const MASK = (1n << 64n) - 1n;

const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & MASK;

/** The four-lane SipHash state. */
class SipState {
  v0: bigint; v1: bigint; v2: bigint; v3: bigint;

  constructor(k0: bigint, k1: bigint) {
    this.v0 = k0 ^ 0x736f6d6570736575n;
    this.v1 = k1 ^ 0x646f72616e646f6dn;
    this.v2 = k0 ^ 0x6c7967656e657261n;
    this.v3 = k1 ^ 0x7465646279746573n;
  }

  round(): void {
    this.v0 = (this.v0 + this.v1) & MASK; this.v1 = rotl(this.v1, 13n); this.v1 ^= this.v0; this.v0 = rotl(this.v0, 32n);
    this.v2 = (this.v2 + this.v3) & MASK; this.v3 = rotl(this.v3, 16n); this.v3 ^= this.v2;
    this.v0 = (this.v0 + this.v3) & MASK; this.v3 = rotl(this.v3, 21n); this.v3 ^= this.v0;
    this.v2 = (this.v2 + this.v1) & MASK; this.v1 = rotl(this.v1, 17n); this.v1 ^= this.v2; this.v2 = rotl(this.v2, 32n);
  }

  absorb(m: bigint, rounds: number): void {
    this.v3 ^= m;
    for (let r = 0; r < rounds; r++) this.round();
    this.v0 ^= m;
  }
}

/** Little-endian 64-bit word of `data` at `at`, `count` bytes of it (the rest zero). */
function word(data: Uint8Array, at: number, count: number): bigint {
  let w = 0n;
  for (let i = count - 1; i >= 0; i--) w = (w << 8n) | BigInt(data[at + i]!);
  return w;
}

/** SipHash-c-d of `data` under the key (k0, k1), as an unsigned 64-bit bigint. */
export function siphash(data: Uint8Array, compressionRounds: number, finalRounds: number, k0 = 0n, k1 = 0n): bigint {
  const s = new SipState(k0, k1);
  const whole = data.length - (data.length % 8);
  for (let at = 0; at < whole; at += 8) s.absorb(word(data, at, 8), compressionRounds);
  const last = (BigInt(data.length & 0xff) << 56n) | word(data, whole, data.length - whole);
  s.absorb(last, compressionRounds);
  s.v2 ^= 0xffn;
  for (let r = 0; r < finalRounds; r++) s.round();
  return (s.v0 ^ s.v1 ^ s.v2 ^ s.v3) & MASK;
}

/** CPython 3.11's str/bytes hash function. */
export const siphash13 = (data: Uint8Array, k0 = 0n, k1 = 0n): bigint => siphash(data, 1, 3, k0, k1);

export const siphash24 = (data: Uint8Array, k0 = 0n, k1 = 0n): bigint => siphash(data, 2, 4, k0, k1);
