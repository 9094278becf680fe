// Number literals, scanned exactly as tokenizer.c scans them.
//
// The scan decides where a NUMBER token ends and which errors it raises; the
// value is computed later by the parser. The order of the checks matters for
// the error messages ("invalid digit '8' in octal literal" points past the
// digit, "invalid hexadecimal literal" before the bad character), so the code
// follows tokenizer.c's structure: read a character, maybe put it back. `pos`
// is the cursor; reading at the end yields -1 and does not move it.
//
// A number directly followed by a letter is an error ("invalid decimal
// literal" for `1abc`), except before the keywords that can follow a number in
// valid code (and, else, for, if, in, is, not, or): 3.11 only warns there.

import type { Lexer } from '../lexer.js';
import { isDigit, isHexDigit, isIdentChar } from './chars.js';
import { MSG } from './messages.js';

function nextc(lx: Lexer): number {
  return lx.pos < lx.len ? lx.text.charCodeAt(lx.pos++) : -1;
}

function backup(lx: Lexer, c: number): void {
  if (c >= 0) lx.pos--;
}

/**
 * Scans the rest of a number whose first character `first` was just read (a
 * digit, or '.' when the next character is a digit). Leaves `lx.pos` at its end.
 */
export function scanNumber(lx: Lexer, first: number): void {
  let c: number;
  if (first === 46) {
    c = fraction(lx, nextc(lx));
  } else if (first === 48) {
    const zeroAt = lx.pos - 1;
    c = nextc(lx);
    const lower = c | 32;
    if (lower === 120) c = radixDigits(lx, 16, 'hexadecimal');
    else if (lower === 111) c = radixDigits(lx, 8, 'octal');
    else if (lower === 98) c = radixDigits(lx, 2, 'binary');
    else c = afterZero(lx, c, zeroAt);
  } else {
    c = decimalTail(lx);
    c = c === 46 ? fraction(lx, nextc(lx)) : exponentOrImaginary(lx, c);
  }
  backup(lx, c);
}

/** The digits after a decimal digit: digits with single '_' between them (tok_decimal_tail). */
function decimalTail(lx: Lexer): number {
  for (;;) {
    let c: number;
    do c = nextc(lx);
    while (isDigit(c));
    if (c !== 95) return c;
    c = nextc(lx);
    if (!isDigit(c)) {
      backup(lx, c);
      throw lx.syntaxError(MSG.invalidLiteral('decimal'));
    }
  }
}

/** `c` is the character after the '.': optional digits, then exponent and 'j'. */
function fraction(lx: Lexer, c: number): number {
  if (isDigit(c)) c = decimalTail(lx);
  return exponentOrImaginary(lx, c);
}

/** After the mantissa (c is the next character): `e[+-]digits`, then an optional 'j'. */
function exponentOrImaginary(lx: Lexer, c: number): number {
  if ((c | 32) === 101) {
    const e = c;
    c = nextc(lx);
    if (c === 43 || c === 45) {
      c = nextc(lx);
      if (!isDigit(c)) {
        backup(lx, c);
        throw lx.syntaxError(MSG.invalidLiteral('decimal'));
      }
    } else if (!isDigit(c)) {
      // No exponent after all: the 'e' is the start of what follows (maybe `1else`).
      backup(lx, c);
      verifyEnd(lx, e, 'decimal');
      // The number ends before the 'e': the caller puts it back.
      return e;
    }
    c = decimalTail(lx);
  }
  if ((c | 32) === 106) {
    c = nextc(lx);
    verifyEnd(lx, c, 'imaginary');
  } else verifyEnd(lx, c, 'decimal');
  return c;
}

/** `0x…`, `0o…`, `0b…`: the 'x'/'o'/'b' was just read. */
function radixDigits(lx: Lexer, radix: 2 | 8 | 16, kind: string): number {
  let c = nextc(lx);
  do {
    if (c === 95) c = nextc(lx);
    if (!isRadixDigit(c, radix)) {
      // A decimal digit too big for octal/binary is named in the message.
      if (radix !== 16 && isDigit(c)) throw lx.syntaxError(MSG.invalidDigit(String.fromCharCode(c), kind));
      backup(lx, c);
      throw lx.syntaxError(MSG.invalidLiteral(kind));
    }
    do c = nextc(lx);
    while (isRadixDigit(c, radix));
  } while (c === 95);
  if (radix !== 16 && isDigit(c)) throw lx.syntaxError(MSG.invalidDigit(String.fromCharCode(c), kind));
  verifyEnd(lx, c, kind);
  return c;
}

function isRadixDigit(c: number, radix: 2 | 8 | 16): boolean {
  if (radix === 16) return isHexDigit(c);
  return c >= 48 && c < 48 + radix;
}

/**
 * A number starting with '0' and not 0x/0o/0b: zeros (with '_'), then a float,
 * an imaginary, or plain 0 — any other digits are old-style octal, rejected.
 */
function afterZero(lx: Lexer, c: number, zeroAt: number): number {
  for (;;) {
    if (c === 95) {
      c = nextc(lx);
      if (!isDigit(c)) {
        backup(lx, c);
        throw lx.syntaxError(MSG.invalidLiteral('decimal'));
      }
    }
    if (c !== 48) break;
    c = nextc(lx);
  }
  const zerosEnd = lx.pos;
  let nonzero = false;
  if (isDigit(c)) {
    nonzero = true;
    c = decimalTail(lx);
  }
  if (c === 46) return fraction(lx, nextc(lx));
  const lower = c | 32;
  if (lower === 101 || lower === 106) return exponentOrImaginary(lx, c);
  if (nonzero) {
    backup(lx, c);
    // This one error is positioned in UTF-8 bytes, not characters, as in CPython.
    throw lx.rangeError(MSG.leadingZeros, lx.byteCol(zeroAt) + 1, lx.byteCol(zerosEnd));
  }
  verifyEnd(lx, c, 'decimal');
  return c;
}

/**
 * verify_end_of_number: `c` (already read) follows the number. Before one of
 * the keywords that may follow a number, only warn; before any other ASCII
 * identifier character, fail.
 */
function verifyEnd(lx: Lexer, c: number, kind: string): void {
  let keyword = false;
  if (c === 97) keyword = lookahead(lx, 'nd');
  else if (c === 101) keyword = lookahead(lx, 'lse');
  else if (c === 102) keyword = lookahead(lx, 'or');
  else if (c === 105) {
    const c2 = lx.pos < lx.len ? lx.text.charCodeAt(lx.pos) : -1;
    keyword = c2 === 102 || c2 === 110 || c2 === 115; // if, in, is (what follows is not checked)
  } else if (c === 111) keyword = lookahead(lx, 'r');
  else if (c === 110) keyword = lookahead(lx, 'ot');
  if (keyword) {
    lx.warn(MSG.invalidLiteral(kind));
    return;
  }
  if (c >= 0 && c < 128 && isIdentChar(c)) {
    backup(lx, c);
    throw lx.syntaxError(MSG.invalidLiteral(kind));
  }
}

/** Does the text at the cursor spell `rest` and then end the word? Reads nothing. */
function lookahead(lx: Lexer, rest: string): boolean {
  if (!lx.text.startsWith(rest, lx.pos)) return false;
  const after = lx.pos + rest.length;
  return after >= lx.len || !isIdentChar(lx.text.charCodeAt(after));
}
