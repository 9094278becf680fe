// format(s, spec) for a str: str.__format__ as CPython 3.11 implements it.
// Only fill, alignment, width and precision apply; precision truncates.
// Both count code points, so an astral character is one column.

import { cpLength, hasSurrogates, unitIndex } from '../str/code-points.js';
import { raise } from '../py-error.js';
import { newFormatSpec, parseFormatSpec, unknownFormatCode } from './format-spec.js';
import { padField } from './number-layout.js';

const spec = newFormatSpec();

/** The first n code points of s (n < len(s)). */
export function cpPrefix(s: string, n: number): string {
  return hasSurrogates(s) ? s.slice(0, unitIndex(s, n)) : s.slice(0, n);
}

/** format(s, spec) for a str (typeName names a subclass in messages). */
export function formatStr(s: string, formatSpec: string, typeName = 'str'): string {
  if (formatSpec.length === 0) return s;
  const p = parseFormatSpec(formatSpec, spec, 0x73, 0x3c, typeName);
  if (p.type !== 0x73) unknownFormatCode(p.type, typeName);
  if (p.sign !== 0) {
    raise('ValueError', p.sign === 0x20 ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (p.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (p.alternate) raise('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (p.align === 0x3d) raise('ValueError', "'=' alignment not allowed in string format specifier");
  if (p.width < 0 && p.precision < 0) return s;
  let len = cpLength(s);
  let text = s;
  if (p.precision >= 0 && len > p.precision) {
    text = cpPrefix(s, p.precision);
    len = p.precision;
  }
  return padField(text, len, p);
}
