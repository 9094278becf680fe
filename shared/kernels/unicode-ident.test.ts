// Checks the identifier tables against python3: the committed data file must be
// what scripts/generate-unicode-ident.py writes from this python3's Unicode
// database, and a sample of code points must classify as Python classifies them.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeWithPython3, python3Output } from '../../test/support/python3.js';
import { isIdentifier, isIdentifierContinue, isIdentifierStart, isPrintable, normalizeIdentifier } from './unicode-ident.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describeWithPython3('unicode-ident', () => {
  it('data file is current', () => {
    const fresh = python3Output(['scripts/generate-unicode-ident.py', '--stdout'], { cwd: root });
    expect(fresh).toBe(readFileSync(`${root}shared/kernels/unicode-ident.data.ts`, 'utf8'));
  });

  it('classifies every 7th code point as python3 does', () => {
    const want = python3Output([
      '-c', `print(''.join('%d%d%d' % (chr(c).isidentifier(), ('a'+chr(c)).isidentifier(), chr(c).isprintable()) for c in range(0, 0x110000, 7)))`,
    ])!.trim();
    let got = '';
    for (let c = 0; c < 0x110000; c += 7) {
      got += `${+isIdentifierStart(c)}${+isIdentifierContinue(c)}${+isPrintable(c)}`;
    }
    expect(got).toBe(want);
  });

  it('checks whole names and normalizes them', () => {
    expect(isIdentifier('αβ_1')).toBe(true);
    expect(isIdentifier('1a')).toBe(false);
    expect(normalizeIdentifier('ﬁ')).toBe('fi');
    expect(normalizeIdentifier('abc')).toBe('abc');
  });
});
