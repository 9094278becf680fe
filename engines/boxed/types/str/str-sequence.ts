// str as a sequence of code points: indexing, slicing, repetition and membership.
//
// A str without surrogates indexes like its JS string; one with astral characters converts code
// point indices to UTF-16 ones through the code-point kernel (which remembers the conversion
// table of long strings), or, for slices with a step, is split into code points (the last such
// split is remembered too).

import { newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { charStr, newStr } from '../../strings.js';
import { strType } from '../../builtin-types.js';
import { IndexError, MemoryError, OverflowError, TypeError } from '../exceptions.js';
import { PyStr } from '../str.js';
import { intValue } from '../numbers.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { PySlice, sliceIndices } from '../sequences/slice.js';
import { asIndex, repeatCount, repeatOverflows } from '../../convert.js';
import { MAX_STRING_LENGTH } from '../../../../shared/kernels/format/number-layout.js';
import {
  hasSurrogates, joinChars, repeatText, sliceText, textChars, unitIndex,
} from '../../../../shared/kernels/str/code-points.js';

let lastSplit: PyStr | null = null;
let lastCodePoints: string[] = [];

/** The code points of a str with surrogates, as one- or two-unit strings. */
export function codePointsOf(s: PyStr): string[] {
  if (s !== lastSplit) {
    lastCodePoints = textChars(s.value);
    lastSplit = s;
  }
  return lastCodePoints;
}

/** One character as a str (the cached one for Latin-1). */
function charAt(ch: string): PyStr {
  return ch.length === 1 && ch.charCodeAt(0) < 256 ? charStr(ch) : newStr(ch);
}

/** s[i] for an index already reduced to a number (negative counts from the end). */
export function strIndex(s: PyStr, i: number): PyStr {
  const n = s.length;
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(IndexError, 'string index out of range');
  if (s.isSimple) return charAt(s.value[i]!);
  const at = unitIndex(s.value, i);
  return charAt(sliceText(s.value, at, unitIndex(s.value, i + 1, at, i)));
}

/** s[slice]. */
export function strSlice(s: PyStr, slice: PySlice): PyStr {
  const simple = s.isSimple;
  const { start, step, count } = sliceIndices(slice, s.length);
  if (count <= 0) return charStr('');
  if (step === 1) {
    if (count === s.length && s.ob_type === strType) return newref(s);
    let text: string;
    if (simple) text = s.value.slice(start, start + count);
    else {
      const from = unitIndex(s.value, start);
      text = sliceText(s.value, from, unitIndex(s.value, start + count, from, start));
    }
    return count === 1 ? charAt(text) : newStr(text);
  }
  if (count === 1) return charAt(simple ? s.value[start]! : codePointsOf(s)[start]!);
  const out: string[] = new Array(count);
  if (simple) {
    const text = s.value;
    for (let k = 0, i = start; k < count; k++, i += step) out[k] = text[i]!;
  } else {
    const cps = codePointsOf(s);
    for (let k = 0, i = start; k < count; k++, i += step) out[k] = cps[i]!;
    return newStr(joinChars(out));
  }
  // Lone surrogates taken out of order may meet as high + low: joinChars keeps them apart.
  return newStr(hasSurrogates(s.value) ? joinChars(out) : out.join(''));
}

/** str.__getitem__. */
export function strGetItem(s: PyStr, key: PyValue): PyStr {
  if (typeof key === 'number') return strIndex(s, key);
  const n = intValue(key);
  if (n !== undefined) {
    if (typeof n === 'bigint') raise(IndexError, "cannot fit 'int' into an index-sized integer");
    return strIndex(s, n);
  }
  if (key instanceof PySlice) return strSlice(s, key);
  if (typeOf(key).lookup('__index__') !== null) {
    const m = asIndex(key);
    if (typeof m === 'bigint') raise(IndexError, "cannot fit 'int' into an index-sized integer");
    return strIndex(s, m);
  }
  raise(TypeError, `string indices must be integers, not '${typeName(key)}'`);
}

/** s * count for a count that is an int (or has __index__); undefined when it is not one. */
export function strRepeat(s: PyStr, countValue: PyValue): PyValue | undefined {
  let n = intValue(countValue);
  if (n === undefined) {
    if (typeOf(countValue).lookup('__index__') === null) return undefined;
    n = asIndex(countValue);
  }
  const count = repeatCount(n);
  if (count <= 0 || s.value.length === 0) return charStr('');
  if (count === 1 && s.ob_type === strType) return newref(s);
  const len = s.value.length;
  if (repeatOverflows(len, count)) raise(OverflowError, 'repeated string is too long');
  if (len * count > MAX_STRING_LENGTH) raise(MemoryError);
  // "\ude00\ud83d" * 2 must not make the inner halves one pair: repeatText puts pair breaks between copies.
  return newStr(repeatText(s.value, count));
}
