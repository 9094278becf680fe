// bytes.decode(): the str helper's decodeBytes (types/str/str-codecs.ts, codecs with error
// handlers) plus the one handler it leaves out for decoding: surrogatepass on UTF-8, which
// accepts the three-byte forms of surrogates (ED A0..BF 80..BF) as the surrogate code points.

import { decref, type PyValue } from '../../object.js';
import { call } from '../../protocols/call.js';
import { newStr } from '../../strings.js';
import { UnicodeDecodeError } from '../exceptions.js';
import { PyBytes } from '../bytes.js';
import { decodeBytes } from '../str/str-codecs.js';
import { decodeUtf8, PyUnicodeDecodeError } from '../../../../shared/kernels/codecs.js';
import { joinText } from '../../../../shared/kernels/str/code-points.js';
import { findCodec } from '../../../../shared/kernels/codecs/names.js';

/** The surrogate encoded at data[at..at+3), or -1. */
function encodedSurrogate(data: Uint8Array, at: number): number {
  if (at + 2 >= data.length || data[at] !== 0xed) return -1;
  const b1 = data[at + 1]!;
  const b2 = data[at + 2]!;
  if (b1 < 0xa0 || b1 > 0xbf || (b2 & 0xc0) !== 0x80) return -1;
  return 0xd000 | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
}

function decodeError(data: Uint8Array, start: number, end: number, reason: string): never {
  const args: PyValue[] = [newStr('utf-8'), new PyBytes(data.slice()), start, end, newStr(reason)];
  const e = call(UnicodeDecodeError, args);
  for (const a of args) decref(a);
  throw e;
}

/** data.decode(encoding, errors) as text. */
export function decodeData(data: Uint8Array, encoding: string, errors: string): string {
  if (errors !== 'surrogatepass' || findCodec(encoding)?.module !== 'utf_8') return decodeBytes(data, encoding, errors);
  let out = '';
  let pos = 0;
  for (;;) {
    try {
      return joinText(out, decodeUtf8(data.subarray(pos)));
    } catch (e) {
      if (!(e instanceof PyUnicodeDecodeError)) throw e;
      const at = pos + e.start;
      const cp = encodedSurrogate(data, at);
      if (cp < 0) decodeError(data, at, pos + e.end, e.reason);
      // Decoded surrogates stay separate code points: joinText puts a pair break between a high and a low one.
      out = joinText(joinText(out, decodeUtf8(data.subarray(pos, at))), String.fromCharCode(cp));
      pos = at + 3;
    }
  }
}
