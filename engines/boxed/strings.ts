// Making str objects from JS strings, and the interned ones (identifiers, attribute names,
// short constants) that are shared as CPython shares them, so `is` on them behaves alike.

import { IMMORTAL } from './object.js';
import { PyStr } from './types/str.js';
import { cpLength } from '../../shared/kernels/str/code-points.js';

const interned = new Map<string, PyStr>();

/** A new str object (a new reference). */
export function newStr(s: string): PyStr {
  return new PyStr(s);
}

/** A new str of only ASCII/BMP-without-surrogates text whose length is known to be s.length. */
export function newSimpleStr(s: string): PyStr {
  return new PyStr(s, undefined, s.length);
}

/** The one shared str for `s`; a borrowed reference that is never freed. */
export function intern(s: string): PyStr {
  let o = interned.get(s);
  if (o === undefined) {
    o = new PyStr(s, undefined, cpLength(s));
    o.ob_refcnt = IMMORTAL;
    interned.set(s, o);
  }
  return o;
}

const EMPTY_AND_LATIN1: PyStr[] = [];
/** Single characters below 256 and the empty str are cached, as in CPython. */
export function charStr(s: string): PyStr {
  const c = s.length === 1 ? s.charCodeAt(0) : s.length === 0 ? 256 : -1;
  if (c < 0 || c > 256) return newStr(s);
  let o = EMPTY_AND_LATIN1[c];
  if (o === undefined) {
    o = EMPTY_AND_LATIN1[c] = new PyStr(s, undefined, s.length);
    o.ob_refcnt = IMMORTAL;
  }
  return o;
}
