// bytes.decode(): the str helper's decodeBytes (types/str/str-codecs.ts: codecs with every
// error handler, surrogatepass on the UTF codecs included).

import { decodeBytes } from '../str/str-codecs.js';

/** data.decode(encoding, errors) as text. */
export function decodeData(data: Uint8Array, encoding: string, errors: string): string {
  return decodeBytes(data, encoding, errors);
}
