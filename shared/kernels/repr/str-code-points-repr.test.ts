// repr() of a str held as code points (PyStrCodePoints), checked live against
// python3's repr() of the same code points. The cases mix escaped surrogate
// pairs, lone surrogates, quotes, backslashes, controls and astral characters;
// skipped when python3 is not on the PATH.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../../test/support/python3.js';
import { PyStrCodePoints } from '../../ast/nodes.js';
import { constantRepr } from './constant-repr.js';
import { strCodePointsRepr } from './str-repr.js';

/** Code points the cases are drawn from: the characters repr() treats specially. */
const POOL = [
  0xd800, 0xdbff, 0xdc00, 0xdc80, 0xdfff, 0xd83d, 0xde00, 0x27, 0x22, 0x5c, 0x0a, 0x09, 0x0d, 0x00, 0x7f,
  0x41, 0x20, 0xe9, 0xa0, 0x2028, 0xfeff, 0x1f600, 0x10ffff, 0xe0001,
];

/** Deterministic pseudo-random cases (a linear congruential generator), plus the fixed ones. */
function cases(): number[][] {
  const out: number[][] = [[], [0xd800, 0xdc80], [0x5b, 0xd800, 0xdc80, 0x5d], [0x27, 0xd834, 0xdd1e, 0x22]];
  let seed = 12345;
  for (let n = 0; n < 300; n++) {
    const len = 1 + (n % 9);
    const cps: number[] = [];
    for (let k = 0; k < len; k++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      cps.push(POOL[(seed >>> 8) % POOL.length]!);
    }
    out.push(cps);
  }
  return out;
}

const SCRIPT = `
import json, sys
print(json.dumps([repr(''.join(map(chr, cps))) for cps in json.load(sys.stdin)]))
`;

describeWithPython3('repr of str code points', () => {
  const input = cases();
  const expected = python3Json<string[]>(SCRIPT, input);
  it('matches python3 repr()', () => {
    expect(input.map(strCodePointsRepr)).toEqual(expected);
  });
  it('is what constantRepr gives for a PyStrCodePoints', () => {
    expect(input.map((cps) => constantRepr(new PyStrCodePoints(cps)))).toEqual(expected);
  });
});
