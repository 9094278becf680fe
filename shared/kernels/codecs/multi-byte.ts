// The multi-byte (CJK) codecs, decoded by the engine's TextDecoder under their
// WHATWG label. TextDecoder only says that decoding failed, so a failure is located the
// way CPython's CJK codecs report it: the bad sequence starts after the last complete
// character, and at the end of the data it is incomplete rather than illegal.

import { PyUnicodeDecodeError } from './decode-error.js';

/** The strict decoder of `module` through TextDecoder(`label`); errors carry `module` as the codec name. */
export function textDecoderCodec(module: string, label: string): (bytes: Uint8Array) => string {
  const decoder = new TextDecoder(label, { fatal: true });
  return (bytes) => {
    try {
      return decoder.decode(bytes);
    } catch {
      return raiseAtSequence(module, label, bytes);
    }
  };
}

/** Feeds a streaming decoder one byte at a time to find where the first bad sequence starts. */
function raiseAtSequence(module: string, label: string, bytes: Uint8Array): never {
  const decoder = new TextDecoder(label, { fatal: true });
  let boundary = 0;
  for (let i = 0; i < bytes.length; i++) {
    try {
      if (decoder.decode(bytes.subarray(i, i + 1), { stream: true }) !== '') boundary = i + 1;
    } catch {
      throw new PyUnicodeDecodeError(module, bytes, boundary, boundary + 1, 'illegal multibyte sequence');
    }
  }
  throw new PyUnicodeDecodeError(module, bytes, boundary, bytes.length, 'incomplete multibyte sequence');
}
