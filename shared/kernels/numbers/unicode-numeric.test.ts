// Checks the Unicode digit and space tables against python3: the committed data
// file must be what scripts/generate-number-tables.py writes today, and every
// code point must classify as unicodedata.decimal() and str.isspace() say.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeWithPython3, python3Output } from '../../../test/support/python3.js';
import { decimalDigitValue, isNonAsciiSpace } from './unicode-numeric.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describeWithPython3('unicode-numeric', () => {
  it('data file is current', () => {
    const fresh = python3Output(['scripts/generate-number-tables.py', '--stdout'], { cwd: root });
    expect(fresh).toBe(readFileSync(`${root}shared/kernels/numbers/unicode-numeric.data.ts`, 'utf8'));
  });

  it('classifies every code point from 0x7F as python3 does', () => {
    // One character per code point: the decimal value, 's' for a space, '.' for neither.
    const want = python3Output([
      '-c',
      'import unicodedata, sys\n' +
        "sys.stdout.write(''.join(str(unicodedata.decimal(chr(c))) if chr(c).isdecimal() else " +
        "'s' if chr(c).isspace() else '.' for c in range(0x7f, 0x110000)))",
    ])!;
    let got = '';
    for (let c = 0x7f; c < 0x110000; c++) {
      const d = decimalDigitValue(c);
      got += d >= 0 ? String(d) : isNonAsciiSpace(c) ? 's' : '.';
    }
    expect(got === want).toBe(true);
  });
});
