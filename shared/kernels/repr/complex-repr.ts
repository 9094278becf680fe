// repr() of a Python complex, as CPython 3.11's complex_repr writes it.
//
// When the real part is +0.0 only the imaginary part is shown ('1j', '-0j',
// 'nanj'); otherwise both parts in parentheses with the imaginary part always
// signed ('(1+2j)', '(-0-0j)', '(nan+infj)'). Both parts use the shortest
// round-trip form ('r') without the '.0' that repr(float) adds, so 2.0 is '2'.

import { formatFloatShort, type ShortFloatFlags } from './float-repr.js';

const PLAIN: ShortFloatFlags = { addDot0: false, alwaysSign: false };
const SIGNED: ShortFloatFlags = { addDot0: false, alwaysSign: true };

/** repr(complex(real, imag)). */
export function complexRepr(real: number, imag: number): string {
  // Only a positive zero real part is dropped: -0.0 still prints as '(-0...)'.
  if (real === 0 && !Object.is(real, -0)) return formatFloatShort(imag, PLAIN) + 'j';
  return '(' + formatFloatShort(real, PLAIN) + formatFloatShort(imag, SIGNED) + 'j)';
}
