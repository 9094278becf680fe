// Replacement templates of re.sub and Match.expand: "\1", "\g<2>", "\g<name>", "\n" and octal
// escapes, parsed once into literal strings and group numbers, with re._parser.parse_template's
// errors (re.error with a position in the template; IndexError for an unknown group name).

import { KernelError } from '../py-error.js';
import { strRepr } from '../repr/str-repr.js';
import { isIdentifier } from '../unicode-ident.js';
import { MAXGROUPS, RegexError } from './regex-error.js';

/** Literal text and group numbers, in order. */
export type TemplatePart = string | number;

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isOct(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '7';
}

/** Parses a template for a pattern with `groups` groups and the given names. */
export function parseTemplate(template: string, groups: number, groupIndex: ReadonlyMap<string, number>): TemplatePart[] {
  const chars = Array.from(template);
  const parts: TemplatePart[] = [];
  let literal = '';
  let i = 0;
  const n = chars.length;
  const addGroup = (index: number, pos: number): void => {
    if (index > groups) throw new RegexError(`invalid group reference ${index}`, pos);
    if (literal) parts.push(literal);
    literal = '';
    parts.push(index);
  };
  while (i < n) {
    const ch = chars[i++]!;
    if (ch !== '\\') {
      literal += ch;
      continue;
    }
    if (i >= n) throw new RegexError('bad escape (end of pattern)', n - 1);
    const c = chars[i++]!;
    if (c === 'g') {
      if (chars[i] !== '<') throw new RegexError('missing <', i);
      i++;
      const nameStart = i;
      let name = '';
      for (;;) {
        const d = chars[i];
        if (d === undefined) {
          if (!name) throw new RegexError('missing group name', i);
          throw new RegexError('missing >, unterminated name', nameStart);
        }
        i++;
        if (d === '>') {
          if (!name) throw new RegexError('missing group name', i - 1);
          break;
        }
        name += d;
      }
      const nameLen = i - 1 - nameStart;
      let index: number;
      if (isIdentifier(name)) {
        const g = groupIndex.get(name);
        if (g === undefined) throw new KernelError('IndexError', `unknown group name ${strRepr(name)}`);
        index = g;
      } else {
        if (!/^[0-9]+$/.test(name)) throw new RegexError(`bad character in group name ${strRepr(name)}`, i - nameLen - 1);
        index = Number(name);
        if (index >= MAXGROUPS) throw new RegexError(`invalid group reference ${index}`, i - nameLen - 1);
      }
      addGroup(index, i - nameLen - 1);
    } else if (c === '0') {
      let digits = '0';
      if (isOct(chars[i])) { digits += chars[i++]; if (isOct(chars[i])) digits += chars[i++]; }
      literal += String.fromCharCode(parseInt(digits, 8) & 0xff);
    } else if (isDigit(c)) {
      const start = i - 2;
      let digits = c;
      let octal = false;
      if (isDigit(chars[i])) {
        digits += chars[i++];
        if (isOct(c) && isOct(digits[1]) && isOct(chars[i])) {
          digits += chars[i++];
          octal = true;
          const v = parseInt(digits, 8);
          if (v > 0o377) throw new RegexError(`octal escape value \\${digits} outside of range 0-0o377`, start);
          literal += String.fromCharCode(v);
        }
      }
      if (!octal) addGroup(Number(digits), start + 1);
    } else {
      const e = ESCAPES[c];
      if (e !== undefined) literal += e;
      else if (/^[a-zA-Z]$/.test(c)) throw new RegexError(`bad escape \\${c}`, i - 2);
      else literal += '\\' + c;
    }
  }
  if (literal) parts.push(literal);
  return parts;
}
