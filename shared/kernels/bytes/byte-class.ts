// ASCII character classes and case changes of bytes/bytearray methods.
//
// bytes methods use CPython's locale-independent Py_ISxxx tables: only ASCII
// letters have a case, whitespace is space and \t\n\v\f\r (not \x1c-\x1f,
// which str.isspace() accepts), and bytes >= 0x80 belong to no class.

const SPACE = 1;
const LOWER = 2;
const UPPER = 4;
const DIGIT = 8;

const CLASSES = new Uint8Array(256);
for (let b = 0x61; b <= 0x7a; b++) CLASSES[b] = LOWER;
for (let b = 0x41; b <= 0x5a; b++) CLASSES[b] = UPPER;
for (let b = 0x30; b <= 0x39; b++) CLASSES[b] = DIGIT;
for (const b of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]) CLASSES[b] = SPACE;

/** Py_ISSPACE. */
export const isSpaceByte = (b: number): boolean => CLASSES[b] === SPACE;
/** Py_ISLOWER. */
export const isLowerByte = (b: number): boolean => CLASSES[b] === LOWER;
/** Py_ISUPPER. */
export const isUpperByte = (b: number): boolean => CLASSES[b] === UPPER;
/** Py_ISDIGIT. */
export const isDigitByte = (b: number): boolean => CLASSES[b] === DIGIT;
/** Py_ISALPHA. */
export const isAlphaByte = (b: number): boolean => (CLASSES[b]! & (LOWER | UPPER)) !== 0;
/** Py_ISALNUM. */
export const isAlnumByte = (b: number): boolean => (CLASSES[b]! & (LOWER | UPPER | DIGIT)) !== 0;

/** Py_TOUPPER. */
export const upperByte = (b: number): number => (CLASSES[b] === LOWER ? b - 32 : b);
/** Py_TOLOWER. */
export const lowerByte = (b: number): number => (CLASSES[b] === UPPER ? b + 32 : b);
