// bytes.upper/lower/capitalize/title/swapcase and the isXXX predicates.
//
// ASCII only (byte-class.ts): bytes >= 0x80 have no case and no class.
// title() starts a word after any non-letter; capitalize() uppercases the
// first byte and lowercases the rest. The predicates follow the str ones:
// isalpha/isdigit/isalnum/isspace need a non-empty all-matching array,
// islower/isupper a cased byte and none of the other case, istitle words
// that start uppercase and continue lowercase; isascii holds for b''.

import {
  isAlnumByte, isAlphaByte, isDigitByte, isLowerByte, isSpaceByte, isUpperByte, lowerByte, upperByte,
} from './byte-class.js';

/** bytes.upper(). */
export function bytesUpper(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = upperByte(data[i]!);
  return out;
}

/** bytes.lower(). */
export function bytesLower(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = lowerByte(data[i]!);
  return out;
}

/** bytes.swapcase(). */
export function bytesSwapcase(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    out[i] = isUpperByte(b) ? b + 32 : isLowerByte(b) ? b - 32 : b;
  }
  return out;
}

/** bytes.capitalize(). */
export function bytesCapitalize(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = i === 0 ? upperByte(data[i]!) : lowerByte(data[i]!);
  return out;
}

/** bytes.title(). */
export function bytesTitle(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  let previousCased = false;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    out[i] = previousCased ? lowerByte(b) : upperByte(b);
    previousCased = isAlphaByte(b);
  }
  return out;
}

function allBytes(data: Uint8Array, test: (b: number) => boolean): boolean {
  if (data.length === 0) return false;
  for (let i = 0; i < data.length; i++) if (!test(data[i]!)) return false;
  return true;
}

/** bytes.isalpha(). */
export const bytesIsAlpha = (data: Uint8Array): boolean => allBytes(data, isAlphaByte);
/** bytes.isdigit(). */
export const bytesIsDigit = (data: Uint8Array): boolean => allBytes(data, isDigitByte);
/** bytes.isalnum(). */
export const bytesIsAlnum = (data: Uint8Array): boolean => allBytes(data, isAlnumByte);
/** bytes.isspace(). */
export const bytesIsSpace = (data: Uint8Array): boolean => allBytes(data, isSpaceByte);

/** bytes.isascii(). */
export function bytesIsAscii(data: Uint8Array): boolean {
  for (let i = 0; i < data.length; i++) if (data[i]! >= 0x80) return false;
  return true;
}

/** bytes.islower(). */
export function bytesIsLower(data: Uint8Array): boolean {
  let cased = false;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (isUpperByte(b)) return false;
    if (isLowerByte(b)) cased = true;
  }
  return cased;
}

/** bytes.isupper(). */
export function bytesIsUpper(data: Uint8Array): boolean {
  let cased = false;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (isLowerByte(b)) return false;
    if (isUpperByte(b)) cased = true;
  }
  return cased;
}

/** bytes.istitle(). */
export function bytesIsTitle(data: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (let i = 0; i < data.length; i++) {
    const b = data[i]!;
    if (isUpperByte(b)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLowerByte(b)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}
