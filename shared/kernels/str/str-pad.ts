// str.center/ljust/rjust/zfill/expandtabs: widths and columns in code points.
//
// center() puts the odd extra fill character on the right unless both the
// margin and the width are odd (CPython's `marg / 2 + (marg & width & 1)`).
// zfill() moves a leading sign in front of the zeros. expandtabs() resets the
// column at \n and \r only, and drops tabs when tabsize <= 0.

import { raise } from '../py-error.js';
import { continuesCodePoint, cpLength, hasSurrogates, joinText, repeatText } from './code-points.js';

/** The fill character as a string, or CPython's TypeError when it is not one code point. */
function fillChar(fill: string): string {
  if (fill.length === 1 || (fill.length === 2 && fill.codePointAt(0)! > 0xffff)) return fill;
  raise('TypeError', 'The fill character must be exactly one character long');
}

function pad(s: string, left: number, right: number, fill: string): string {
  // A lone surrogate as the fill must not pair with s's ends: joinText/repeatText put pair breaks.
  if (hasSurrogates(fill)) return joinText(joinText(left > 0 ? repeatText(fill, left) : '', s), right > 0 ? repeatText(fill, right) : '');
  return fill.repeat(left) + s + fill.repeat(right);
}

/** str.center(width, fillchar=' '). */
export function strCenter(s: string, width: number, fill = ' '): string {
  fillChar(fill);
  const len = cpLength(s);
  if (width <= len) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

/** str.ljust(width, fillchar=' '). */
export function strLjust(s: string, width: number, fill = ' '): string {
  fillChar(fill);
  const len = cpLength(s);
  return width <= len ? s : pad(s, 0, width - len, fill);
}

/** str.rjust(width, fillchar=' '). */
export function strRjust(s: string, width: number, fill = ' '): string {
  fillChar(fill);
  const len = cpLength(s);
  return width <= len ? s : pad(s, width - len, 0, fill);
}

/** str.zfill(width). */
export function strZfill(s: string, width: number): string {
  const len = cpLength(s);
  if (width <= len) return s;
  const zeros = '0'.repeat(width - len);
  const first = s.charCodeAt(0);
  if (first === 0x2b || first === 0x2d) return s[0] + zeros + s.slice(1);
  return zeros + s;
}

/** str.expandtabs(tabsize=8). */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (s.indexOf('\t') < 0) return s;
  const wide = hasSurrogates(s);
  let out = '';
  let column = 0;
  let copied = 0; // s[0, copied) is in out
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit === 0x09) {
      out += s.slice(copied, i);
      copied = i + 1;
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        out += ' '.repeat(spaces);
        column += spaces;
      }
    } else if (unit === 0x0a || unit === 0x0d) {
      column = 0;
    } else if (!(wide && continuesCodePoint(s, i))) {
      column++; // the low half of a surrogate pair (or a pair break) is not a column of its own
    }
  }
  return out + s.slice(copied);
}
