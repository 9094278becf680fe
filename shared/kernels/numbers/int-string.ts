// str(), bin(), oct() and hex() of a Python int (PyInt).
//
// The power-of-two bases have no length limit; decimal refuses more than
// sys.get_int_max_str_digits() digits (repr/int-repr.ts holds that check and
// its message). The prefixes follow the sign: bin(-5) is '-0b101'.

import { KernelError } from '../py-error.js';
import { INT_MAX_STR_DIGITS, IntStrDigitsError, intRepr } from '../repr/int-repr.js';
import type { PyInt } from './py-int.js';

/** str(i); a ValueError KernelError past `limit` digits (0: no limit). */
export function intToDecimalString(i: PyInt, limit: number = INT_MAX_STR_DIGITS): string {
  if (typeof i === 'number') return String(i); // a safe integer has at most 16 digits
  try {
    return intRepr(i, limit);
  } catch (e) {
    if (e instanceof IntStrDigitsError) throw new KernelError('ValueError', e.message);
    throw e;
  }
}

/** The digits of i in base 2..36 (lower case, '-' for negatives, no prefix). */
export function intToDigits(i: PyInt, base: number): string {
  return i.toString(base);
}

function withPrefix(i: PyInt, base: number, prefix: string): string {
  const digits = i.toString(base);
  return digits.charCodeAt(0) === 0x2d ? '-' + prefix + digits.slice(1) : prefix + digits;
}

/** bin(i). */
export function intBin(i: PyInt): string {
  return withPrefix(i, 2, '0b');
}

/** oct(i). */
export function intOct(i: PyInt): string {
  return withPrefix(i, 8, '0o');
}

/** hex(i). */
export function intHex(i: PyInt): string {
  return withPrefix(i, 16, '0x');
}
