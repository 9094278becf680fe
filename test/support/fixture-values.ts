// Decoders for values that python3-written fixture files store as text.
//
// JSON cannot carry every float (NaN, -0.0, exact bits), bytes or big ints, so
// the fixture generators (scripts/generate-*-fixtures.py) write them as hex:
// a float as the 16 hex digits of its IEEE-754 bits, bytes as hex pairs, an
// int as python's hex() text. The tests that read those fixtures share these.

/** A float from the big-endian hex of its 64 bits (python: struct.pack('>d', x).hex()). */
export function floatFromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

/** Bytes from their hex pairs (python: bytes.hex()). */
export function bytesFromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** An int from python's hex() text, sign included ('-0x1f'). */
export function intFromPyHex(text: string): bigint {
  return text.startsWith('-') ? -BigInt(text.slice(1)) : BigInt(text);
}
