// repr() of a Python float: the shortest digits that round-trip, laid out by
// CPython's rules for float_repr_style 'short' and format code 'r'.
//
// The digit string is the same one JS produces (both pick the shortest
// round-tripping decimal, closest to the value on ties), so only the layout is
// CPython's: with the decimal point position `decpt` (value = 0.DIGITS × 10^decpt)
// scientific notation is used when decpt <= -4 or decpt > 16; the exponent is
// written with a sign and at least two digits ('1e+16', '1e-05'); plain
// integers gain '.0' only when the caller asks (repr(float) does, the parts of
// repr(complex) do not). Non-finite values print as 'inf', '-inf' and 'nan'
// (NaN never shows a minus sign).

/** Layout options, mirroring CPython's Py_DTSF_* flags. */
export interface ShortFloatFlags {
  /** Py_DTSF_ADD_DOT_0: write '2.0' rather than '2' (not in scientific notation). */
  addDot0: boolean;
  /** Py_DTSF_SIGN: write '+' before non-negative values. */
  alwaysSign: boolean;
}

const REPR_FLAGS: ShortFloatFlags = { addDot0: true, alwaysSign: false };

/** repr(x) for a Python float. */
export function floatRepr(x: number): string {
  return formatFloatShort(x, REPR_FLAGS);
}

/** The shortest round-trip form of x ('r' format) with the given flags. */
export function formatFloatShort(x: number, flags: ShortFloatFlags): string {
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? '-' : flags.alwaysSign ? '+' : '';
  if (x !== x) return (flags.alwaysSign ? '+' : '') + 'nan';
  if (x === Infinity || x === -Infinity) return sign + 'inf';
  if (x === 0) return sign + (flags.addDot0 ? '0.0' : '0');
  const { digits, decpt } = shortestDigits(negative ? -x : x);
  return sign + layoutDigits(digits, decpt, flags.addDot0);
}

/** Shortest round-trip digits of a positive finite x and the decimal point position. */
function shortestDigits(x: number): { digits: string; decpt: number } {
  // toExponential() with no argument gives exactly as many digits as needed to
  // round-trip, e.g. '1.2345e+2' or '5e-324'.
  const text = x.toExponential();
  const e = text.indexOf('e');
  const mantissa = text.charCodeAt(1) === 0x2e ? text[0] + text.slice(2, e) : text.slice(0, e);
  return { digits: mantissa, decpt: Number(text.slice(e + 1)) + 1 };
}

/** Places the decimal point (or an exponent) the way format_float_short does. */
function layoutDigits(digits: string, decpt: number, addDot0: boolean): string {
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const body = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const absExp = exp < 0 ? -exp : exp;
    return body + (exp < 0 ? 'e-' : 'e+') + (absExp < 10 ? '0' : '') + absExp;
  }
  if (decpt <= 0) return '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) return digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  return digits.slice(0, decpt) + '.' + digits.slice(decpt);
}
