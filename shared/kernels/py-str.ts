// Python str values as the front end stores them, and the sequence operations
// on them that count code points rather than UTF-16 units.
//
// A str is a JS string in which a surrogate pair stands for one astral code
// point and a lone surrogate for itself; only when a str holds a high
// surrogate followed by a low one as two separate code points (possible only
// through escapes) is it a PyStrCodePoints. Concatenation and repetition can
// create such a junction, so they go through here.

import { PyStrCodePoints } from '../ast/nodes.js';
import { PAIR_BREAK_CHAR, textCodePoints, textFromCodePoints } from './str/code-points.js';

export type PyStr = string | PyStrCodePoints;

const isHigh = (unit: number): boolean => (unit & 0xfc00) === 0xd800;
const isLow = (unit: number): boolean => (unit & 0xfc00) === 0xdc00;

/** The code points of a str. */
export function strCodePoints(s: PyStr): number[] {
  if (typeof s !== 'string') return [...s.codePoints];
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** The str of these code points: a JS string unless a separate high/low pair forces PyStrCodePoints. */
export function strFromCodePoints(codePoints: readonly number[]): PyStr {
  for (let i = 0; i + 1 < codePoints.length; i++) {
    if (isHigh(codePoints[i]!) && isLow(codePoints[i + 1]!)) return new PyStrCodePoints([...codePoints]);
  }
  let out = '';
  for (let i = 0; i < codePoints.length; i += 4096) {
    out += String.fromCodePoint(...codePoints.slice(i, i + 4096));
  }
  return out;
}

/** len(s). */
export function strLength(s: PyStr): number {
  if (typeof s !== 'string') return s.codePoints.length;
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) { n--; i++; }
  }
  return n;
}

/** Would joining a and b put a lone high surrogate right before a lone low one? */
function fusesAt(a: string, b: string): boolean {
  return a.length > 0 && b.length > 0 && isHigh(a.charCodeAt(a.length - 1)) && isLow(b.charCodeAt(0));
}

/** a + b. */
export function strConcat(a: PyStr, b: PyStr): PyStr {
  if (typeof a === 'string' && typeof b === 'string' && !fusesAt(a, b)) return a + b;
  return strFromCodePoints([...strCodePoints(a), ...strCodePoints(b)]);
}

/** s * n (n <= 0 gives ''). */
export function strRepeat(s: PyStr, n: number): PyStr {
  if (n <= 0) return '';
  if (typeof s === 'string' && !fusesAt(s, s)) return s.repeat(n);
  const cps = strCodePoints(s);
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(...cps);
  return strFromCodePoints(out);
}

/** s[i] for an index already made non-negative and in range. */
export function strCharAt(s: PyStr, i: number): PyStr {
  const cps = strCodePoints(s);
  return strFromCodePoints([cps[i]!]);
}

/**
 * The engine's JS string for a front-end str: the engine marks a high surrogate kept apart
 * from what follows with a pair break (shared/kernels/str/code-points.ts) instead of using
 * PyStrCodePoints, so a break goes before a low surrogate or a U+FDD0 that follows one.
 */
export function engineText(s: PyStr): string {
  if (typeof s === 'string') return s.includes(PAIR_BREAK_CHAR) ? textFromCodePoints(strCodePoints(s)) : s;
  return textFromCodePoints(s.codePoints);
}

/** The front-end str of the engine's JS string for one. */
export function fromEngineText(text: string): PyStr {
  return text.includes(PAIR_BREAK_CHAR) ? strFromCodePoints(textCodePoints(text)) : text;
}
