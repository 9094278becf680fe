// str.translate(table) given the table as a lookup callback.
//
// The engine turns `table[ord(c)]` into a callback returning: undefined when
// the lookup raised LookupError (keep the character), null for None (delete),
// a number (a code point), or a string (inserted as is). It raises the
// TypeError for other result types itself; the range check on numbers is here.
//
// The order of lookups is observable (a mapping with a __getitem__), so it
// follows CPython: an all-ASCII string first goes through a fast path that
// looks each distinct character up once and caches the answer, as long as the
// answers are ASCII (a deletion, a code point < 128 or a one-character ASCII
// str). At the first other answer the general path takes over from that
// character — looking it up again — and looks up every character after it.

import { cpWidth, joinText } from './code-points.js';
import { raise } from '../py-error.js';

/** What the engine's lookup gives for one code point. */
export type TranslateLookup = (cp: number) => number | string | null | undefined;

const NON_ASCII = /[^\x00-\x7f]/;
const MAX_CODE_POINT = 0x10ffff;
const DELETE = -1;

/** The cached answer for an ASCII character (its replacement code point, or DELETE), or -2 to leave the fast path. */
function asciiAnswer(answer: number | string | null | undefined, cp: number): number {
  if (answer === undefined) return cp;
  if (answer === null) return DELETE;
  if (typeof answer === 'number') {
    checkRange(answer);
    return answer < 128 ? answer : -2;
  }
  return answer.length === 1 && answer.charCodeAt(0) < 128 ? answer.charCodeAt(0) : -2;
}

function checkRange(cp: number): void {
  if (cp < 0 || cp > MAX_CODE_POINT) raise('ValueError', 'character mapping must be in range(0x110000)');
}

/** str.translate(table) with `lookup` standing for table.__getitem__. */
export function strTranslate(s: string, lookup: TranslateLookup): string {
  let out = '';
  let i = 0;
  if (!NON_ASCII.test(s)) {
    const cache = new Int32Array(128).fill(-3); // -3: not looked up yet
    for (; i < s.length; i++) {
      const cp = s.charCodeAt(i);
      let mapped = cache[cp]!;
      if (mapped === -3) {
        mapped = asciiAnswer(lookup(cp), cp);
        if (mapped === -2) break;
        cache[cp] = mapped;
      }
      if (mapped !== DELETE) out += String.fromCharCode(mapped);
    }
  }
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    i += cpWidth(s, i, cp);
    const answer = lookup(cp);
    // joinText: a high surrogate and a low one from here stay two code points (pair break).
    if (answer === undefined) out = joinText(out, String.fromCodePoint(cp));
    else if (typeof answer === 'number') {
      checkRange(answer);
      out = joinText(out, String.fromCodePoint(answer));
    } else if (answer !== null) out = joinText(out, answer);
    else i = skipDeleted(s, i, lookup);
  }
  return out;
}

/**
 * After a deletion CPython's general path looks ahead for the end of the run
 * of deleted characters (its "untranslatable" run, dropped by the 'ignore'
 * handler). The lookup that ends the run is thrown away and the main loop
 * asks again, so that character is looked up twice.
 */
function skipDeleted(s: string, i: number, lookup: TranslateLookup): number {
  while (i < s.length) {
    const cp = s.codePointAt(i)!;
    const answer = lookup(cp);
    if (typeof answer === 'number') checkRange(answer);
    if (answer !== null) break;
    i += cpWidth(s, i, cp);
  }
  return i;
}
