// The regular expressions of Lib/tokenize.py (3.11), rebuilt for JS from the same pieces
// and in the same alternation order, since both engines take the first alternative that
// matches. Python-to-JS differences handled here: Python's `.` (anything but '\n') is
// written `[^\n]` because JS `.` also refuses '\r'; `\Z` is `$` (no `m` flag, so end of
// input only); `\w` is Python's Unicode word class (py-text.ts), which needs the `v` flag,
// so every pattern is compiled with `v` and escapes `-` inside classes. Matching is
// always anchored (`y`), like `re.match(line, pos)`.

import { EXACT_TOKEN_TYPES } from '../tokens.js';
import { PY_WORD_CLASS } from './py-text.js';

const group = (...choices: string[]): string => '(?:' + choices.join('|') + ')';
const maybe = (...choices: string[]): string => group(...choices) + '?';

/** The valid prefixes, lower case, one spelling each; every order and case is derived. */
const VALID_STRING_PREFIXES = ['b', 'r', 'u', 'f', 'br', 'fr'];

function permutations(s: string): string[] {
  if (s.length <= 1) return [s];
  return [...s].flatMap((c, i) => permutations(s.slice(0, i) + s.slice(i + 1)).map((rest) => c + rest));
}

function caseVariants(s: string): string[] {
  if (s === '') return [''];
  const rest = caseVariants(s.slice(1));
  return [s[0].toLowerCase(), s[0].toUpperCase()].flatMap((c) => rest.map((r) => c + r));
}

/** `_all_string_prefixes()`: '' plus every permutation and case of the valid prefixes. */
export const ALL_STRING_PREFIXES: ReadonlySet<string> = new Set([
  '',
  ...VALID_STRING_PREFIXES.flatMap((p) => permutations(p).flatMap(caseVariants)),
]);

const Comment = '#[^\\r\\n]*';
const Name = PY_WORD_CLASS + '+';

const Hexnumber = '0[xX](?:_?[0-9a-fA-F])+';
const Binnumber = '0[bB](?:_?[01])+';
const Octnumber = '0[oO](?:_?[0-7])+';
const Decnumber = '(?:0(?:_?0)*|[1-9](?:_?[0-9])*)';
const Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber);
const Exponent = '[eE][\\-+]?[0-9](?:_?[0-9])*';
const Pointfloat =
  group('[0-9](?:_?[0-9])*\\.(?:[0-9](?:_?[0-9])*)?', '\\.[0-9](?:_?[0-9])*') + maybe(Exponent);
const Expfloat = '[0-9](?:_?[0-9])*' + Exponent;
const Floatnumber = group(Pointfloat, Expfloat);
const Imagnumber = group('[0-9](?:_?[0-9])*[jJ]', Floatnumber + '[jJ]');
const NumberPat = group(Imagnumber, Floatnumber, Intnumber);

const StringPrefix = group(...ALL_STRING_PREFIXES);

// Tails of strings, matched after the opening quote(s).
const Single = "[^'\\\\]*(?:\\\\[^\\n][^'\\\\]*)*'";
const Double = '[^"\\\\]*(?:\\\\[^\\n][^"\\\\]*)*"';
const Single3 = "[^'\\\\]*(?:(?:\\\\[^\\n]|'(?!''))[^'\\\\]*)*'''";
const Double3 = '[^"\\\\]*(?:(?:\\\\[^\\n]|"(?!""))[^"\\\\]*)*"""';
const Triple = group(StringPrefix + "'''", StringPrefix + '"""');

const escapeRegex = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

// Reverse lexicographic order puts every operator before its own prefixes ('==' before '=').
const Special = group(...[...EXACT_TOKEN_TYPES.keys()].sort().reverse().map(escapeRegex));
const Funny = group('\\r?\\n', Special);

// First (or only) line of a ' or " string: ends at its quote or at a backslash-newline.
const ContStr = group(
  StringPrefix + "'[^\\n'\\\\]*(?:\\\\[^\\n][^\\n'\\\\]*)*" + group("'", '\\\\\\r?\\n'),
  StringPrefix + '"[^\\n"\\\\]*(?:\\\\[^\\n][^\\n"\\\\]*)*' + group('"', '\\\\\\r?\\n'),
);
const PseudoExtras = group('\\\\\\r?\\n|$', Comment, Triple);

/**
 * PseudoToken without its leading Whitespace: the scanner skips [ \f\t] itself, which is
 * equivalent because no alternative can begin with one of those characters.
 */
export const PSEUDO_TOKEN = new RegExp(group(PseudoExtras, NumberPat, Funny, ContStr, Name), 'vy');

const SINGLE_END = new RegExp(Single, 'vy');
const DOUBLE_END = new RegExp(Double, 'vy');
const SINGLE3_END = new RegExp(Single3, 'vy');
const DOUBLE3_END = new RegExp(Double3, 'vy');

/** `endpats[...]` reduced to what decides it: the quote character and whether it is tripled. */
export function endPattern(quote: string, triple: boolean): RegExp {
  if (quote === "'") return triple ? SINGLE3_END : SINGLE_END;
  return triple ? DOUBLE3_END : DOUBLE_END;
}

/** `single_quoted`: every prefix followed by one quote. */
export const SINGLE_QUOTED: ReadonlySet<string> = new Set(
  [...ALL_STRING_PREFIXES].flatMap((p) => [p + '"', p + "'"]),
);

/** `triple_quoted`: every prefix followed by three quotes. */
export const TRIPLE_QUOTED: ReadonlySet<string> = new Set(
  [...ALL_STRING_PREFIXES].flatMap((p) => [p + '"""', p + "'''"]),
);
