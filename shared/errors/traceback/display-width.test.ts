// The display-width table and the column conversions against python3:
// east-asian-wide.data.ts (scripts/generate-east-asian-wide.py) must be
// python3's W/F set, and byteToCharOffset/displayWidth must count as CPython's
// _PyPegen_byte_offset_to_character_offset and east_asian_width do.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../../test/support/python3.js';
import { WIDE_RANGES } from './east-asian-wide.data.js';
import { displayWidth, isWide } from './display-width.js';
import { byteToCharOffset, codePointLength, codePointSlice } from './utf8-columns.js';

const LINES = [
  'x = a + b', '', 'x = "\u00e9\u00e9" + 1', '\u540d\u524d.attr', 'x = "\u{1f600}\u{1f600}" + 1',
  'e\u0301\u0378\uff21 ok', '\t\u3000 \u540d', '\u{20000}\u{1f600}x',
];

describeWithPython3('traceback column arithmetic matches python3', () => {
  it('the wide table is python3\'s W and F characters', () => {
    const ranges = python3Json<number[]>(`
import json, sys, unicodedata
out, start = [], None
for cp in range(0x110001):
    wide = cp < 0x110000 and unicodedata.east_asian_width(chr(cp)) in ('W', 'F')
    if wide and start is None: start = cp
    elif not wide and start is not None: out += [start, cp - 1]; start = None
json.dump(out, sys.stdout)
`);
    expect(WIDE_RANGES).toEqual(ranges);
  });

  it('byte offsets, character offsets and display widths', () => {
    type Row = { chars: number[]; widths: number[]; length: number };
    const want = python3Json<Row[]>(`
import json, sys, unicodedata
def chars(s, off):
    b = s.encode()
    off = min(off, len(b) + 1)
    return len((b + b'\\0')[:off].decode('utf-8', 'replace'))
def width(s, n):
    seg = s[:n]
    if seg.isascii(): return n
    return sum(2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1 for c in seg)
out = []
for s in json.load(sys.stdin):
    n = len(s.encode()) + 3
    out.append({'chars': [chars(s, i) for i in range(n)], 'widths': [width(s, i) for i in range(len(s) + 3)], 'length': len(s)})
json.dump(out, sys.stdout)
`, LINES)!;
    const got = LINES.map((s) => {
      const bytes = new TextEncoder().encode(s).length;
      const length = codePointLength(s);
      return {
        chars: Array.from({ length: bytes + 3 }, (_, i) => byteToCharOffset(s, i)),
        widths: Array.from({ length: length + 3 }, (_, i) => displayWidth(s, i)),
        length,
      };
    });
    expect(got).toEqual(want);
  });
});

it('isWide: ASCII, CJK, fullwidth, emoji', () => {
  expect(['a', '\u00e9', '\u540d', '\uff21', '\u{1f600}'].map((c) => isWide(c.codePointAt(0)!))).toEqual([
    false, false, true, true, true,
  ]);
});

it('codePointSlice slices code points, clipped like Python', () => {
  const s = 'a\u{1f600}b\u{1f600}c';
  expect(codePointSlice(s, 1, 4)).toBe('\u{1f600}b\u{1f600}');
  expect(codePointSlice(s, 3, 99)).toBe('\u{1f600}c');
  expect(codePointSlice(s, 4, 2)).toBe('');
});
