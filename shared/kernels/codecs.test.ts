// Checks the codec kernel against python3: every name in the codec table (module names and
// aliases) must denote the codec Python's codecs.lookup finds for it, and for the codecs
// decoded here byte by byte (UTF-8, Latin-1, ASCII, the code pages) every single byte and a
// set of UTF-8 sequences must decode, or fail with the same UnicodeDecodeError text, as
// Python decodes them. The multi-byte codecs lean on TextDecoder and are not compared here.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { codecExists, decodeUtf8Escaped, encodeUtf8Escaped, lookupDecoder } from './codecs.js';
import { CODEC_TABLE } from './codecs/names.js';

/** Codecs whose every byte is compared: all but the multi-byte ones. */
const BYTE_EXACT = CODEC_TABLE.filter(([, kind]) => kind !== 'multibyte');

const UTF8_CASES: number[][] = [
  [0xc3, 0xa9], [0xc3], [0xc3, 0x41], [0xe2, 0x82], [0xe2, 0x82, 0x41], [0xed, 0xa0, 0x80], [0xe0, 0x80, 0x80],
  [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98], [0xf4, 0x90, 0x80, 0x80], [0xf5], [0xc0, 0xaf], [0x41, 0xff, 0x42],
  [0xef, 0xbb, 0xbf, 0x41], [0x80, 0x80], [0xe9, 0x41, 0xe9],
];

const PY_HELPER = `
import codecs, json, sys
req = json.load(sys.stdin)
def dec(b, name):
    try:
        return ['ok', bytes(b).decode(name)]
    except UnicodeDecodeError as e:
        return ['err', str(e)]
same = {n: codecs.lookup(n).name == codecs.lookup(m).name for n, m in req['names']}
table = {m: [dec([b], m) for b in range(256)] for m in req['exact']}
utf8 = [[dec(b, 'utf-8'), dec(b, 'utf-8-sig'), bytes(b).decode('utf-8', 'surrogateescape')] for b in req['utf8']]
json.dump({'same': same, 'table': table, 'utf8': utf8}, sys.stdout)
`;

function decodeResult(name: string, bytes: Uint8Array): [string, string] {
  try {
    return ['ok', lookupDecoder(name)!(bytes)];
  } catch (e) {
    return ['err', (e as Error).message];
  }
}

describeWithPython3('codec kernel matches python3', () => {
  const names = CODEC_TABLE.flatMap(([module, , , aliases]) =>
    [module, ...aliases.split(' ').filter((a) => a !== '')].map((n) => [n, module]),
  );
  const request = { names, exact: BYTE_EXACT.map(([module]) => module), utf8: UTF8_CASES };
  type Answer = { same: Record<string, boolean>; table: Record<string, [string, string][]>; utf8: [string, string][][] };
  const py = python3Json<Answer>(PY_HELPER, request)!;

  it('resolves every name in the table to the codec Python finds', () => {
    const wrong = names.filter(([n]) => !codecExists(n) || !py.same[n]).map(([n]) => n);
    expect(wrong).toEqual([]);
  });

  it.each(BYTE_EXACT.map(([module]) => module))('decodes each byte as Python does: %s', (module) => {
    const got = Array.from({ length: 256 }, (_, b) => decodeResult(module, Uint8Array.of(b)));
    expect(got).toEqual(py.table[module]);
  });

  it('reports UTF-8 errors and escapes bad bytes as Python does', () => {
    const got = UTF8_CASES.map((b) => {
      const bytes = Uint8Array.from(b);
      return [decodeResult('utf-8', bytes), decodeResult('utf-8-sig', bytes), decodeUtf8Escaped(bytes).text];
    });
    expect(got).toEqual(py.utf8);
    for (const b of UTF8_CASES) expect(Array.from(encodeUtf8Escaped(decodeUtf8Escaped(Uint8Array.from(b)).text))).toEqual(b);
  });
});
