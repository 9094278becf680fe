// The tokenizer's error messages, worded exactly as CPython 3.11 words them.
//
// Messages with a parameter are functions. The lexer picks the exception kind
// and position; this table only owns the words, so a wording fix lands once.

export const MSG = {
  invalidLiteral: (kind: string) => `invalid ${kind} literal`,
  invalidDigit: (digit: string, kind: string) => `invalid digit '${digit}' in ${kind} literal`,
  leadingZeros:
    'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
  unterminatedString: (line: number) => `unterminated string literal (detected at line ${line})`,
  unterminatedTriple: (line: number) => `unterminated triple-quoted string literal (detected at line ${line})`,
  invalidCharacter: (ch: string, hex: string) => `invalid character '${ch}' (U+${hex})`,
  nonPrintable: (hex: string) => `invalid non-printable character U+${hex}`,
  unmatched: (ch: string) => `unmatched '${ch}'`,
  mismatch: (close: string, open: string) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}'`,
  mismatchOnLine: (close: string, open: string, line: number) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}' on line ${line}`,
  tooManyParens: 'too many nested parentheses',
  neverClosed: (open: string) => `'${open}' was never closed`,
  unexpectedEof: 'unexpected EOF while parsing',
  lineCont: 'unexpected character after line continuation character',
  dedent: 'unindent does not match any outer indentation level',
  tabSpace: 'inconsistent use of tabs and spaces in indentation',
  tooDeep: 'too many levels of indentation',
} as const;
