// repr() of a Python int, including CPython 3.11's limit on decimal conversion.
//
// Since 3.11 (CVE-2020-10735) int-to-str refuses values with more than
// sys.get_int_max_str_digits() decimal digits (default 4300) and raises
// ValueError. `python3 -m ast` hits this when dumping a huge hexadecimal
// literal (a huge *decimal* literal is already rejected by the parser), so the
// dump reproduces the error rather than printing the digits.

/** CPython's default sys.int_info.default_max_str_digits. */
export const INT_MAX_STR_DIGITS = 4300;

/** The ValueError CPython raises when an int has too many digits to print. */
export class IntStrDigitsError extends Error {
  readonly pyType = 'ValueError';
  constructor(readonly limit: number) {
    super(
      `Exceeds the limit (${limit} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
}

/** repr(n) for a Python int; throws IntStrDigitsError past the digit limit. */
export function intRepr(n: bigint, limit: number = INT_MAX_STR_DIGITS): string {
  const text = n.toString();
  const digits = n < 0n ? text.length - 1 : text.length;
  if (limit > 0 && digits > limit) throw new IntStrDigitsError(limit);
  return text;
}
