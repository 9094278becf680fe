// Checks the generated Unicode tables against python3 itself: the committed
// unicode-props.data.ts must be what scripts/generate-str-tables.py writes
// now, and every code point must classify and case-map as python3 says, in
// the contexts that exercise Cased/Case_Ignorable (final sigma, title words).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeWithPython3, python3Output } from '../../../test/support/python3.js';
import { strCasefold, strLower, strTitle, strUpper } from './str-case.js';
import {
  strIsAlnum, strIsAlpha, strIsDecimal, strIsDigit, strIsLower, strIsNumeric, strIsPrintable, strIsSpace,
  strIsTitle, strIsUpper,
} from './str-predicates.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const PREDICATES = [
  strIsAlpha, strIsDigit, strIsDecimal, strIsNumeric, strIsAlnum, strIsSpace, strIsLower, strIsUpper, strIsTitle,
  strIsPrintable,
];

describeWithPython3('str unicode tables', () => {
  it('data file is current', () => {
    const fresh = python3Output(['scripts/generate-str-tables.py', '--stdout'], { cwd: root });
    expect(fresh).toBe(readFileSync(`${root}shared/kernels/str/unicode-props.data.ts`, 'utf8'));
  });

  it('every code point classifies as in python3', () => {
    const want = python3Output(['-c', `
import sys
ms = [str.isalpha, str.isdigit, str.isdecimal, str.isnumeric, str.isalnum, str.isspace, str.islower, str.isupper,
      str.istitle, str.isprintable]
sys.stdout.write(''.join('%03x' % sum(m(chr(c)) << k for k, m in enumerate(ms)) for c in range(0x110000)))
`])!;
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const ch = String.fromCodePoint(cp);
      let bits = 0;
      for (let k = 0; k < PREDICATES.length; k++) if (PREDICATES[k]!(ch)) bits |= 1 << k;
      const expected = parseInt(want.slice(3 * cp, 3 * cp + 3), 16);
      if (bits !== expected && bad.length < 10) bad.push(`U+${cp.toString(16)}: got ${bits.toString(16)}, want ${expected.toString(16)}`);
    }
    expect(bad).toEqual([]);
  });

  it('every code point case-maps as in python3, alone and around sigma', () => {
    // For each code point whose answer is not the character itself: upper, lower, title, casefold of it alone,
    // then lower() of X+'Σ', 'A'+X+'Σ', 'AΣ'+X, and title() of 'a'+X and X+'a'.
    const want = JSON.parse(python3Output(['-c', `
import json, sys
out = {}
for c in range(0x110000):
    x = chr(c)
    r = [x.upper(), x.lower(), x.title(), x.casefold(), (x + 'Σ').lower(), ('A' + x + 'Σ').lower(),
         ('AΣ' + x).lower(), ('a' + x).title(), (x + 'a').title()]
    if r != [x, x, x, x, x + 'σ', 'a' + x + 'σ', 'aς' + x, 'A' + x, x + 'A']:
        out[c] = r
json.dump(out, sys.stdout)
`])!) as Record<string, string[]>;
    const bad: string[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      const x = String.fromCodePoint(cp);
      const got = [
        strUpper(x), strLower(x), strTitle(x), strCasefold(x), strLower(x + 'Σ'), strLower('A' + x + 'Σ'),
        strLower('AΣ' + x), strTitle('a' + x), strTitle(x + 'a'),
      ];
      // The usual answer, for a caseless character that is not case-ignorable either.
      const expected = want[cp] ?? [x, x, x, x, x + 'σ', 'a' + x + 'σ', 'aς' + x, 'A' + x, x + 'A'];
      if (JSON.stringify(got) !== JSON.stringify(expected) && bad.length < 10) {
        bad.push(`U+${cp.toString(16)}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`);
      }
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
