// Character classes and operator tables of the parser's lexer.
//
// The lexer switches on UTF-16 code units obtained with charCodeAt. These are
// the same tests tokenizer.c makes on bytes: every code unit >= 128 counts as a
// potential identifier character (the identifier is validated afterwards), and
// operators are matched one, two and three characters at a time, as
// PyToken_OneChar/TwoChars/ThreeChars do. The operator tables are derived from
// the one token table in tokens.ts. (The lexer writes character codes as
// literals with the character in a comment: V8 folds literals, not imports.)

import { EXACT_TOKEN_TYPES, Tok } from '../tokens.js';

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** tokenizer.c's is_potential_identifier_start: ASCII letters, '_', anything non-ASCII. */
export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

/** is_potential_identifier_char: the above plus ASCII digits. */
export function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

/** Token type of a single ASCII character; Tok.OP for characters that are no operator ('!', '$', '?', '`'). */
export const ONE_CHAR = new Int8Array(128).fill(Tok.OP);

/** Two-character operators, keyed c1 * 128 + c2; 0 means none. */
export const TWO_CHARS = new Int8Array(128 * 128);

/** Three-character operators, keyed (c1 * 128 + c2) * 128 + c3; 0 means none. */
export const THREE_CHARS = new Map<number, number>();

for (const [spelling, type] of EXACT_TOKEN_TYPES) {
  const c = [...spelling].map((ch) => ch.charCodeAt(0));
  if (c.length === 1) ONE_CHAR[c[0]] = type;
  else if (c.length === 2) TWO_CHARS[c[0] * 128 + c[1]] = type;
  else THREE_CHARS.set((c[0] * 128 + c[1]) * 128 + c[2], type);
}
// PyToken_TwoChars also knows '<>' (PEP 401's Barry-as-FLUFL spelling of '!=');
// the parser rejects it unless that mode is on, so the lexer must produce it.
TWO_CHARS[60 * 128 + 62] = Tok.NOTEQUAL;
