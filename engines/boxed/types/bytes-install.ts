// Installs bytes, bytearray, their iterators and memoryview (bytes helper). Codecs with error
// handlers (bytes.decode, str.encode, bytes(str, encoding)) are the str helper's
// types/str/str-codecs.ts, used as they are.
//
// Exports for other code: `bufferOf(v)` (the bytes of any bytes-like object), `newBytes`,
// `bytesHash`, `makeBytesOfType`, `PyMemoryView`/`memoryviewType`.

import { installBytesType } from './bytes/bytes-type.js';
import { installBytearrayType } from './bytes/bytearray-type.js';
import { installBytesIterators } from './bytes/bytes-iterator.js';
import { installMemoryviewType } from './bytes/memoryview-type.js';

export { bufferOf, needBuffer, PyMemoryView, memoryviewType } from './bytes/buffer.js';
export { newBytes } from './bytes/bytes-common.js';
export { bytesHash, makeBytesOfType } from './bytes/bytes-type.js';

export function installBytesTypes(): void {
  installBytesType();
  installBytearrayType();
  installBytesIterators();
  installMemoryviewType();
}
