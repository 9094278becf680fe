// Encoding and decoding with error handlers (expected values from python3's str.encode/bytes.decode).

import { describe, expect, it } from 'vitest';
import { PyStr } from '../str.js';
import { decodeBytes, encodeStr } from './str-codecs.js';

const ENCODE: [string, string, string, number[]][] = [
  ['naïve café 😀', 'utf-8', 'strict', [110, 97, 195, 175, 118, 101, 32, 99, 97, 102, 195, 169, 32, 240, 159, 152, 128]],
  ['naïve 😀', 'ascii', 'replace', [110, 97, 63, 118, 101, 32, 63]],
  ['naïve 😀', 'ascii', 'ignore', [110, 97, 118, 101, 32]],
  ['naïve 😀', 'ascii', 'xmlcharrefreplace', [110, 97, 38, 35, 50, 51, 57, 59, 118, 101, 32, 38, 35, 49, 50, 56, 53, 49, 50, 59]],
  ['naïve 😀', 'ascii', 'backslashreplace', [110, 97, 92, 120, 101, 102, 118, 101, 32, 92, 85, 48, 48, 48, 49, 102, 54, 48, 48]],
  ['é€', 'latin-1', 'replace', [233, 63]],
  ['😀é', 'utf-16', 'strict', [255, 254, 61, 216, 0, 222, 233, 0]],
  ['😀é', 'utf-16-be', 'strict', [216, 61, 222, 0, 0, 233]],
  ['😀é', 'utf-32', 'strict', [255, 254, 0, 0, 0, 246, 1, 0, 233, 0, 0, 0]],
  ['😀é', 'utf-32-le', 'strict', [0, 246, 1, 0, 233, 0, 0, 0]],
  ['\ud800x', 'utf-8', 'surrogatepass', [237, 160, 128, 120]],
  ['\udcff', 'utf-8', 'surrogateescape', [255]],
  ['€é', 'cp1252', 'strict', [128, 233]],
  ['a\ud800', 'utf-8', 'replace', [97, 63]],
];

const DECODE: [number[], string, string, string][] = [
  [[97, 255, 98, 195], 'utf-8', 'replace', 'a\ufffdb\ufffd'],
  [[97, 255, 98, 195], 'utf-8', 'backslashreplace', 'a\\xffb\\xc3'],
  [[97, 255, 98], 'ascii', 'surrogateescape', 'a\udcffb'],
  [[97, 226, 130, 98], 'utf-8', 'ignore', 'ab'],
  [[128, 129], 'cp1252', 'replace', '€\ufffd'],
];

describe('str codecs', () => {
  it.each(ENCODE)('encodes %j as %s with %s', (text, encoding, errors, bytes) => {
    expect([...encodeStr(new PyStr(text), encoding, errors)]).toEqual(bytes);
  });
  it.each(DECODE)('decodes %j as %s with %s', (bytes, encoding, errors, text) => {
    expect(decodeBytes(Uint8Array.from(bytes), encoding, errors)).toBe(text);
  });
});
