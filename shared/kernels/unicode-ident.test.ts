// Checks the identifier tables against python3: the committed data file must be
// what scripts/generate-unicode-ident.py writes from this python3's Unicode
// database, and a sample of code points must classify as Python classifies them.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isIdentifier, isIdentifierContinue, isIdentifierStart, isPrintable, normalizeIdentifier } from './unicode-ident.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const hasPython = spawnSync('python3', ['--version']).status === 0;

describe.skipIf(!hasPython)('unicode-ident', () => {
  it('data file is current', () => {
    const r = spawnSync('python3', ['scripts/generate-unicode-ident.py', '--stdout'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toBe(readFileSync(`${root}shared/kernels/unicode-ident.data.ts`, 'utf8'));
  });

  it('classifies every 7th code point as python3 does', () => {
    const r = spawnSync(
      'python3',
      ['-c', `print(''.join('%d%d%d' % (chr(c).isidentifier(), ('a'+chr(c)).isidentifier(), chr(c).isprintable()) for c in range(0, 0x110000, 7)))`],
      { encoding: 'utf8' },
    );
    const want = r.stdout.trim();
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
