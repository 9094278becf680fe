// Checks the Unicode name tables against python3's unicodedata, exhaustively:
// every code point's name(), and lookup() of every name, alias and a set of
// near-miss spellings (case, algorithmic families, malformed forms).

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json, python3Output } from '../../test/support/python3.js';
import { lookupUnicodeName, unicodeCharName } from './unicode-names.js';

const NAMES_SCRIPT = `
import unicodedata, sys
out = []
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is not None:
        out.append('%X;%s' % (cp, n))
sys.stdout.write('\\n'.join(out))
`;

// Spellings whose lookup result (a code point or -1) python3 decides.
const PROBES = [
  'latin small letter a', 'Latin Capital Letter Gha', 'NUL', 'nul', 'LINE FEED', 'BYTE ORDER MARK', 'BOM',
  'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'cjk unified ideograph-4e00',
  'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-004E00',
  'CJK UNIFIED IDEOGRAPH-2A6DF', 'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-3134A',
  'HANGUL SYLLABLE KAG', 'hangul syllable KAG', 'hangul syllable kag', 'HANGUL SYLLABLE GAGG',
  'HANGUL SYLLABLE A', 'HANGUL SYLLABLE', 'HANGUL SYLLABLE X', 'HANGUL SYLLABLE GGWAELH',
  'KEYCAP NUMBER SIGN', 'LATIN  SMALL LETTER A', ' LATIN SMALL LETTER A', 'TIBETAN MARK TSA -PHRU',
  'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900', 'TANGUT IDEOGRAPH-17000', '', 'A',
  'LATIN SMALL LETTER \u00e9',
];

describeWithPython3('unicode names', () => {
  const dump = python3Output(['-c', NAMES_SCRIPT]);
  it('name() of every code point matches unicodedata.name', () => {
    const expected = new Map<number, string>();
    for (const line of dump!.split('\n')) {
      const semi = line.indexOf(';');
      expected.set(parseInt(line.slice(0, semi), 16), line.slice(semi + 1));
    }
    let mismatches = 0;
    for (let cp = 0; cp < 0x110000; cp++) {
      if (unicodeCharName(cp) !== (expected.get(cp) ?? null)) mismatches++;
    }
    expect(mismatches).toBe(0);
    for (const [cp, name] of expected) {
      if (lookupUnicodeName(name) !== cp) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  const probeScript = `
import unicodedata, json, sys
res = []
for n in json.load(sys.stdin):
    try:
        s = unicodedata.lookup(n)
        res.append(ord(s) if len(s) == 1 else -1)
    except KeyError:
        res.append(-1)
print(json.dumps(res))
`;
  const probeResults = python3Json<number[]>(probeScript, PROBES);
  it('lookup of near-miss spellings matches unicodedata.lookup', () => {
    expect(PROBES.map(lookupUnicodeName)).toEqual(probeResults);
  });
});
