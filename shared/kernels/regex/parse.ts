// Parsing a Python regular expression (3.11 syntax) into a small tree, with the errors and error
// positions of CPython's re._parser: the tokenizer reads one character or one backslash escape at
// a time, and positions are code-point indices into the pattern. Bytes patterns arrive decoded as
// latin-1 (one char per byte) with `isBytes`, which disables \u \U \N and words messages as
// CPython's ascii(backslashreplace) does.

import { KernelError } from '../py-error.js';
import { strRepr } from '../repr/str-repr.js';
import { isIdentifier } from '../unicode-ident.js';
import { lookupUnicodeName } from '../unicode-names.js';
import {
  RegexError, FLAG_ASCII, FLAG_DEBUG, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE, FLAG_MULTILINE, FLAG_TEMPLATE,
  FLAG_UNICODE, FLAG_VERBOSE, MAXGROUPS, MAXREPEAT,
} from './regex-error.js';

/** A class item: one character, a range, or a category escape (\d \D \w \W \s \S). */
export type SetItem =
  | { k: 'lit'; cp: number }
  | { k: 'range'; lo: number; hi: number }
  | { k: 'cat'; cat: string };

export type At = 'begin' | 'end' | 'beginString' | 'endString' | 'boundary' | 'nonBoundary';

export type Node =
  | { k: 'lit'; cp: number }
  | { k: 'set'; neg: boolean; items: SetItem[] }
  | { k: 'any' }
  | { k: 'at'; at: At }
  /** A group: capturing when group > 0; `on`/`off` are scoped flags ((?i:...)). */
  | { k: 'group'; group: number; on: number; off: number; body: Node }
  | { k: 'atomic'; body: Node }
  | { k: 'look'; behind: boolean; neg: boolean; body: Node }
  /** mode: 0 greedy, 1 lazy, 2 possessive; max MAXREPEAT means unbounded. */
  | { k: 'repeat'; min: number; max: number; mode: number; body: Node }
  | { k: 'ref'; group: number }
  | { k: 'cond'; group: number; yes: Node; no: Node | null }
  | { k: 'alt'; alts: Node[] }
  | { k: 'seq'; items: Node[] };

export interface ParsedPattern {
  root: Node;
  /** The final flags (UNICODE added for str patterns without ASCII), as Pattern.flags. */
  flags: number;
  /** Number of capturing groups (Pattern.groups). */
  groups: number;
  /** Group names in definition order with their numbers (Pattern.groupindex). */
  groupIndex: Map<string, number>;
  /** For each group, the order in which its ')' closes (Match.lastindex picks the last closed). */
  closeOrder: number[];
  /** FutureWarning messages CPython gives for syntax that may mean set operations one day. */
  warnings: string[];
}

const SPECIAL = new Set('.\\[{()*+?^$|');
const REPEAT_CHARS = new Set('*+?{');
const DIGITS = new Set('0123456789');
const OCTDIGITS = new Set('01234567');
const HEXDIGITS = new Set('0123456789abcdefABCDEF');
const WHITESPACE = new Set(' \t\n\r\v\f');
const FLAG_CHARS: Record<string, number> = {
  i: FLAG_IGNORECASE, L: FLAG_LOCALE, m: FLAG_MULTILINE, s: FLAG_DOTALL, x: FLAG_VERBOSE, a: FLAG_ASCII,
  t: FLAG_TEMPLATE, u: FLAG_UNICODE,
};
const TYPE_FLAGS = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS = FLAG_DEBUG | FLAG_TEMPLATE;
const SIMPLE_ESCAPES: Record<string, number> = {
  '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 92,
};
const CATEGORY_ESCAPES = new Set(['\\d', '\\D', '\\s', '\\S', '\\w', '\\W']);
const AT_ESCAPES: Record<string, At> = { '\\A': 'beginString', '\\b': 'boundary', '\\B': 'nonBoundary', '\\Z': 'endString' };

function isAsciiLetter(c: string): boolean {
  return c.length === 1 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/** What CPython's msg.encode('ascii', 'backslashreplace') leaves of a message about a bytes pattern. */
function asciiMessage(msg: string): string {
  let out = '';
  for (const ch of msg) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 256) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** The tokenizer: `next` is one character or a backslash and the character after it. */
class Source {
  readonly chars: string[];
  index = 0;
  next: string | null = null;
  readonly warnings: string[] = [];

  constructor(pattern: string, readonly isBytes: boolean) {
    this.chars = Array.from(pattern);
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let ch = this.chars[index]!;
    if (ch === '\\') {
      index++;
      if (index >= this.chars.length) throw new RegexError('bad escape (end of pattern)', this.chars.length - 1);
      ch += this.chars[index]!;
    }
    this.index = index + 1;
    this.next = ch;
  }

  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }

  getWhile(n: number, set: Set<string>): string {
    let out = '';
    for (let i = 0; i < n; i++) {
      const c = this.next;
      if (c === null || !set.has(c)) break;
      out += c;
      this.advance();
    }
    return out;
  }

  getUntil(terminator: string, name: string): string {
    let out = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!out) throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, codePoints(out));
      }
      if (c === terminator) {
        if (!out) throw this.error('missing ' + name, 1);
        break;
      }
      out += c;
    }
    return out;
  }

  tell(): number {
    return this.index - (this.next === null ? 0 : this.next.length);
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  error(msg: string, offset = 0): RegexError {
    return new RegexError(this.isBytes ? asciiMessage(msg) : msg, this.tell() - offset);
  }

  checkGroupName(name: string, offset: number): void {
    if (!isIdentifier(name)) throw this.error(`bad character in group name ${strRepr(name)}`, codePoints(name) + offset);
  }
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

const INFINITE = Number.POSITIVE_INFINITY;

/** The parser's state: groups (with their widths once closed), names, lookbehind nesting. */
class State {
  flags = 0;
  groupNames = new Map<string, number>();
  /** Width [lo, hi] of each closed group; null while open. Index 0 is the whole match. */
  groupWidths: ([number, number] | null)[] = [null];
  lookbehindGroups: number | null = null;
  groupRefPos = new Map<number, number>();
  closeOrder: number[] = [0];
  closed = 0;

  get groups(): number {
    return this.groupWidths.length;
  }

  openGroup(name: string | null): number {
    const gid = this.groups;
    this.groupWidths.push(null);
    if (this.groups > MAXGROUPS) throw new RegexError('too many groups', null);
    if (name !== null) {
      const old = this.groupNames.get(name);
      if (old !== undefined) throw new RegexError(`redefinition of group name ${strRepr(name)} as group ${gid}; was group ${old}`, null);
      this.groupNames.set(name, gid);
    }
    return gid;
  }

  checkGroup(gid: number): boolean {
    return gid < this.groups && this.groupWidths[gid] !== null;
  }

  checkLookbehindGroup(gid: number, source: Source): void {
    if (this.lookbehindGroups !== null) {
      if (!this.checkGroup(gid)) throw source.error('cannot refer to an open group');
      if (gid >= this.lookbehindGroups) throw source.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

/** [lo, hi] code points a node matches (hi may be Infinity), as SubPattern.getwidth. */
export function nodeWidth(node: Node, groupWidths: readonly ([number, number] | null)[]): [number, number] {
  switch (node.k) {
    case 'lit': case 'set': case 'any': return [1, 1];
    case 'at': case 'look': return [0, 0];
    case 'group': case 'atomic': return nodeWidth(node.body, groupWidths);
    case 'repeat': {
      const [lo, hi] = nodeWidth(node.body, groupWidths);
      return [lo * node.min, node.max === MAXREPEAT && hi ? INFINITE : hi * node.max];
    }
    case 'ref': return groupWidths[node.group] ?? [0, 0];
    case 'cond': {
      const [ylo, yhi] = nodeWidth(node.yes, groupWidths);
      if (node.no === null) return [0, yhi];
      const [nlo, nhi] = nodeWidth(node.no, groupWidths);
      return [Math.min(ylo, nlo), Math.max(yhi, nhi)];
    }
    case 'alt': {
      let lo = INFINITE;
      let hi = 0;
      for (const a of node.alts) {
        const [l, h] = nodeWidth(a, groupWidths);
        lo = Math.min(lo, l);
        hi = Math.max(hi, h);
      }
      return [lo, hi];
    }
    case 'seq': {
      let lo = 0;
      let hi = 0;
      for (const item of node.items) {
        const [l, h] = nodeWidth(item, groupWidths);
        lo += l;
        hi += h;
      }
      return [lo, hi];
    }
  }
}

function classEscape(source: Source, escape: string): SetItem {
  const simple = SIMPLE_ESCAPES[escape];
  if (simple !== undefined) return { k: 'lit', cp: simple };
  if (CATEGORY_ESCAPES.has(escape)) return { k: 'cat', cat: escape[1]! };
  const cp = numericEscape(source, escape, true);
  if (cp !== null) return { k: 'lit', cp };
  throw source.error(`bad escape ${escape}`, codePoints(escape));
}

/**
 * \x \u \U \N and octal escapes (in a class: any leading octal digit; outside: only \0), or a
 * single escaped non-letter; null when the escape is none of those (the caller decides).
 */
function numericEscape(source: Source, escape: string, inClass: boolean): number | null {
  const c = escape.slice(1);
  const bad = (): RegexError => source.error(`bad escape ${escape}`, codePoints(escape));
  if (c === 'x') {
    escape += source.getWhile(2, HEXDIGITS);
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length);
    return parseInt(escape.slice(2), 16);
  }
  if (c === 'u' && !source.isBytes) {
    escape += source.getWhile(4, HEXDIGITS);
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length);
    return parseInt(escape.slice(2), 16);
  }
  if (c === 'U' && !source.isBytes) {
    escape += source.getWhile(8, HEXDIGITS);
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length);
    const cp = parseInt(escape.slice(2), 16);
    if (cp > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
    return cp;
  }
  if (c === 'N' && !source.isBytes) {
    if (!source.match('{')) throw source.error('missing {');
    const name = source.getUntil('}', 'character name');
    const cp = lookupUnicodeName(name);
    if (cp < 0) throw source.error(`undefined character name ${strRepr(name)}`, codePoints(name) + 4);
    return cp;
  }
  if (inClass ? OCTDIGITS.has(c) : c === '0') {
    escape += source.getWhile(2, OCTDIGITS);
    const cp = parseInt(escape.slice(1), 8);
    if (inClass && cp > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    return cp;
  }
  if (DIGITS.has(c)) {
    if (inClass) throw bad();
    return null;
  }
  if (isAsciiLetter(c)) throw bad();
  return c.codePointAt(0)!;
}

function escapeOutside(source: Source, escape: string, state: State): Node {
  if (CATEGORY_ESCAPES.has(escape)) return { k: 'set', neg: false, items: [{ k: 'cat', cat: escape[1]! }] };
  const at = AT_ESCAPES[escape];
  if (at !== undefined) return { k: 'at', at };
  const simple = SIMPLE_ESCAPES[escape];
  if (simple !== undefined) return { k: 'lit', cp: simple };
  const c = escape.slice(1);
  if (DIGITS.has(c) && c !== '0') {
    // An octal escape (three octal digits) or a group reference.
    if (source.next !== null && DIGITS.has(source.next)) {
      escape += source.get();
      if (OCTDIGITS.has(escape[1]!) && OCTDIGITS.has(escape[2]!) && source.next !== null && OCTDIGITS.has(source.next)) {
        escape += source.get();
        const cp = parseInt(escape.slice(1), 8);
        if (cp > 0o377) throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        return { k: 'lit', cp };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkGroup(group)) throw source.error('cannot refer to an open group', escape.length);
      state.checkLookbehindGroup(group, source);
      return { k: 'ref', group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  const cp = numericEscape(source, escape, false);
  if (cp === null) throw source.error(`bad escape ${escape}`, codePoints(escape));
  return { k: 'lit', cp };
}

function seqOf(items: Node[]): Node {
  return items.length === 1 ? items[0]! : { k: 'seq', items };
}

/** An alternation: a|b|c (nested > 0 inside groups). */
function parseSub(source: Source, state: State, verbose: boolean, nested: number): Node {
  const alts: Node[] = [];
  for (;;) {
    alts.push(parseSeq(source, state, verbose, nested + 1, nested === 0 && alts.length === 0));
    if (!source.match('|')) break;
    if (nested === 0) verbose = (state.flags & FLAG_VERBOSE) !== 0;
  }
  return alts.length === 1 ? alts[0]! : { k: 'alt', alts };
}

function parseFlags(source: Source, state: State, ch: string | null): [number, number] | null {
  let on = 0;
  let off = 0;
  if (ch !== '-') {
    for (;;) {
      const flag = FLAG_CHARS[ch!]!;
      if (!source.isBytes) {
        if (ch === 'L') throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (ch === 'u') {
        throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      on |= flag;
      if ((flag & TYPE_FLAGS) && (on & TYPE_FLAGS) !== flag) throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      ch = source.get();
      if (ch === null) throw source.error('missing -, : or )');
      if (ch === ')' || ch === '-' || ch === ':') break;
      if (FLAG_CHARS[ch] === undefined) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing -, : or )', ch.length);
    }
  }
  if (ch === ')') {
    state.flags |= on;
    return null;
  }
  if (on & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (ch === '-') {
    ch = source.get();
    if (ch === null) throw source.error('missing flag');
    if (FLAG_CHARS[ch] === undefined) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing flag', ch.length);
    for (;;) {
      const flag = FLAG_CHARS[ch]!;
      if (flag & TYPE_FLAGS) throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      off |= flag;
      ch = source.get();
      if (ch === null) throw source.error('missing :');
      if (ch === ':') break;
      if (FLAG_CHARS[ch] === undefined) throw source.error(/^\p{L}$/u.test(ch) ? 'unknown flag' : 'missing :', ch.length);
    }
  }
  if (off & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (on & off) throw source.error('bad inline flags: flag turned on and off', 1);
  return [on, off];
}

const SET_OPERATIONS: Record<string, string> = { '-': 'difference', '&': 'intersection', '~': 'symmetric difference', '|': 'union' };

function parseSet(source: Source): Node {
  const here = source.tell() - 1;
  const items: SetItem[] = [];
  if (source.next === '[') source.warnings.push(`Possible nested set at position ${source.tell()}`);
  const neg = source.match('^');
  for (;;) {
    let t = source.get();
    if (t === null) throw source.error('unterminated character set', source.tell() - here);
    if (t === ']' && items.length) break;
    if (items.length && SET_OPERATIONS[t] !== undefined && source.next === t) {
      source.warnings.push(`Possible set ${SET_OPERATIONS[t]} at position ${source.tell() - 1}`);
    }
    const first: SetItem = t[0] === '\\' ? classEscape(source, t) : { k: 'lit', cp: t.codePointAt(0)! };
    if (source.match('-')) {
      const that = source.get();
      if (that === null) throw source.error('unterminated character set', source.tell() - here);
      if (that === ']') {
        items.push(first, { k: 'lit', cp: 45 });
        break;
      }
      if (that === '-') source.warnings.push(`Possible set difference at position ${source.tell() - 2}`);
      const second: SetItem = that[0] === '\\' ? classEscape(source, that) : { k: 'lit', cp: that.codePointAt(0)! };
      if (first.k !== 'lit' || second.k !== 'lit' || second.cp < first.cp) {
        throw source.error(`bad character range ${t}-${that}`, codePoints(t) + 1 + codePoints(that));
      }
      items.push({ k: 'range', lo: first.cp, hi: second.cp });
    } else {
      items.push(first);
    }
    t = null;
  }
  return { k: 'set', neg, items };
}

/** One sequence of items, up to | or ) or the end. */
function parseSeq(source: Source, state: State, verbose: boolean, nested: number, first: boolean): Node {
  const items: Node[] = [];
  for (;;) {
    const t = source.next;
    if (t === null || t === '|' || t === ')') break;
    source.get();
    if (verbose) {
      if (WHITESPACE.has(t)) continue;
      if (t === '#') {
        for (;;) {
          const c = source.get();
          if (c === null || c === '\n') break;
        }
        continue;
      }
    }
    if (t[0] === '\\') {
      items.push(escapeOutside(source, t, state));
    } else if (!SPECIAL.has(t)) {
      items.push({ k: 'lit', cp: t.codePointAt(0)! });
    } else if (t === '[') {
      items.push(parseSet(source));
    } else if (REPEAT_CHARS.has(t)) {
      const here = source.tell();
      let min = 0;
      let max = MAXREPEAT;
      if (t === '?') max = 1;
      else if (t === '+') min = 1;
      else if (t === '{') {
        if (source.next === '}') {
          items.push({ k: 'lit', cp: 123 });
          continue;
        }
        let lo = '';
        let hi = '';
        while (source.next !== null && DIGITS.has(source.next)) lo += source.get();
        if (source.match(',')) {
          while (source.next !== null && DIGITS.has(source.next)) hi += source.get();
        } else {
          hi = lo;
        }
        if (!source.match('}')) {
          items.push({ k: 'lit', cp: 123 });
          source.seek(here);
          continue;
        }
        if (lo) {
          min = Number(lo);
          if (min >= MAXREPEAT) throw new KernelError('OverflowError', 'the repetition number is too large');
        }
        if (hi) {
          max = Number(hi);
          if (max >= MAXREPEAT) throw new KernelError('OverflowError', 'the repetition number is too large');
          if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
        }
      }
      const last = items[items.length - 1];
      if (last === undefined || last.k === 'at') throw source.error('nothing to repeat', source.tell() - here + t.length);
      if (last.k === 'repeat') throw source.error('multiple repeat', source.tell() - here + t.length);
      let body: Node = last;
      if (last.k === 'group' && last.group === 0 && !last.on && !last.off) body = last.body;
      const mode = source.match('?') ? 1 : source.match('+') ? 2 : 0;
      items[items.length - 1] = { k: 'repeat', min, max, mode, body };
    } else if (t === '.') {
      items.push({ k: 'any' });
    } else if (t === '(') {
      const node = parseGroup(source, state, verbose, nested, first && items.length === 0);
      if (node === 'global') verbose = (state.flags & FLAG_VERBOSE) !== 0;
      else if (node !== null) items.push(node);
    } else if (t === '^') {
      items.push({ k: 'at', at: 'begin' });
    } else if (t === '$') {
      items.push({ k: 'at', at: 'end' });
    }
  }
  // Non-capturing groups without flags dissolve into the sequence.
  const out: Node[] = [];
  for (const item of items) {
    if (item.k === 'group' && item.group === 0 && !item.on && !item.off) {
      if (item.body.k === 'seq') out.push(...item.body.items);
      else out.push(item.body);
    } else {
      out.push(item);
    }
  }
  return seqOf(out);
}

/** After '(': a group or extension; null for a comment, 'global' for global inline flags. */
function parseGroup(source: Source, state: State, verbose: boolean, nested: number, first: boolean): Node | null | 'global' {
  const start = source.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let on = 0;
  let off = 0;
  const unterminated = (): RegexError => source.error('missing ), unterminated subpattern', source.tell() - start);
  if (source.match('?')) {
    let ch = source.get();
    if (ch === null) throw source.error('unexpected end of pattern');
    if (ch === 'P') {
      if (source.match('<')) {
        name = source.getUntil('>', 'group name');
        source.checkGroupName(name, 1);
      } else if (source.match('=')) {
        const ref = source.getUntil(')', 'group name');
        source.checkGroupName(ref, 1);
        const gid = state.groupNames.get(ref);
        if (gid === undefined) throw source.error(`unknown group name ${strRepr(ref)}`, codePoints(ref) + 1);
        if (!state.checkGroup(gid)) throw source.error('cannot refer to an open group', codePoints(ref) + 1);
        state.checkLookbehindGroup(gid, source);
        return { k: 'ref', group: gid };
      } else {
        const c = source.get();
        if (c === null) throw source.error('unexpected end of pattern');
        throw source.error('unknown extension ?P' + c, codePoints(c) + 2);
      }
    } else if (ch === ':') {
      capture = false;
    } else if (ch === '#') {
      for (;;) {
        if (source.next === null) throw source.error('missing ), unterminated comment', source.tell() - start);
        if (source.get() === ')') break;
      }
      return null;
    } else if (ch === '=' || ch === '!' || ch === '<') {
      let behind = false;
      let saved: number | null = null;
      if (ch === '<') {
        ch = source.get();
        if (ch === null) throw source.error('unexpected end of pattern');
        if (ch !== '=' && ch !== '!') throw source.error('unknown extension ?<' + ch, codePoints(ch) + 2);
        behind = true;
        saved = state.lookbehindGroups;
        if (saved === null) state.lookbehindGroups = state.groups;
      }
      const body = parseSub(source, state, verbose, nested + 1);
      if (behind && saved === null) state.lookbehindGroups = null;
      if (!source.match(')')) throw unterminated();
      return { k: 'look', behind, neg: ch === '!', body };
    } else if (ch === '(') {
      const condName = source.getUntil(')', 'group name');
      let group: number;
      if (isIdentifier(condName)) {
        const gid = state.groupNames.get(condName);
        if (gid === undefined) throw source.error(`unknown group name ${strRepr(condName)}`, codePoints(condName) + 1);
        group = gid;
      } else {
        if (!/^[0-9]+$/.test(condName)) throw source.error(`bad character in group name ${strRepr(condName)}`, codePoints(condName) + 1);
        group = Number(condName);
        if (!group) throw source.error('bad group number', codePoints(condName) + 1);
        if (group >= MAXGROUPS) throw source.error(`invalid group reference ${group}`, codePoints(condName) + 1);
        if (!state.groupRefPos.has(group)) state.groupRefPos.set(group, source.tell() - codePoints(condName) - 1);
      }
      state.checkLookbehindGroup(group, source);
      const yes = parseSeq(source, state, verbose, nested + 1, false);
      let no: Node | null = null;
      if (source.match('|')) {
        no = parseSeq(source, state, verbose, nested + 1, false);
        if (source.next === '|') throw source.error('conditional backref with more than two branches');
      }
      if (!source.match(')')) throw unterminated();
      return { k: 'cond', group, yes, no };
    } else if (ch === '>') {
      capture = false;
      atomic = true;
    } else if (FLAG_CHARS[ch] !== undefined || ch === '-') {
      const flags = parseFlags(source, state, ch);
      if (flags === null) {
        if (!first) throw source.error('global flags not at the start of the expression', source.tell() - start);
        return 'global';
      }
      [on, off] = flags;
      capture = false;
    } else {
      throw source.error('unknown extension ?' + ch, codePoints(ch) + 1);
    }
  }
  let group = 0;
  if (capture) {
    try {
      group = state.openGroup(name);
    } catch (e) {
      if (e instanceof RegexError) throw source.error(e.msg, codePoints(name ?? '') + 1);
      throw e;
    }
  }
  const subVerbose = (verbose || (on & FLAG_VERBOSE) !== 0) && !(off & FLAG_VERBOSE);
  const body = parseSub(source, state, subVerbose, nested + 1);
  if (!source.match(')')) throw unterminated();
  if (group) {
    state.groupWidths[group] = nodeWidth(body, state.groupWidths);
    state.closeOrder[group] = ++state.closed;
  }
  if (atomic) return { k: 'atomic', body };
  return { k: 'group', group, on, off, body };
}

/** fix_flags: the type flags a str or bytes pattern ends up with (ValueError when they clash). */
function fixFlags(flags: number, isBytes: boolean): number {
  if (!isBytes) {
    if (flags & FLAG_LOCALE) throw new KernelError('ValueError', 'cannot use LOCALE flag with a str pattern');
    if (!(flags & FLAG_ASCII)) return flags | FLAG_UNICODE;
    if (flags & FLAG_UNICODE) throw new KernelError('ValueError', 'ASCII and UNICODE flags are incompatible');
  } else {
    if (flags & FLAG_UNICODE) throw new KernelError('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    if (flags & FLAG_LOCALE && flags & FLAG_ASCII) throw new KernelError('ValueError', 'ASCII and LOCALE flags are incompatible');
  }
  return flags;
}

/** Checks the lookbehinds are fixed-width, as CPython's compiler does (its error has no position). */
function checkLookbehinds(node: Node, widths: readonly ([number, number] | null)[]): void {
  switch (node.k) {
    case 'look':
      if (node.behind) {
        const [lo, hi] = nodeWidth(node.body, widths);
        if (lo !== hi) throw new RegexError('look-behind requires fixed-width pattern', null);
      }
      checkLookbehinds(node.body, widths);
      return;
    case 'group': case 'atomic': case 'repeat': checkLookbehinds(node.body, widths); return;
    case 'cond': checkLookbehinds(node.yes, widths); if (node.no) checkLookbehinds(node.no, widths); return;
    case 'alt': node.alts.forEach((a) => checkLookbehinds(a, widths)); return;
    case 'seq': node.items.forEach((a) => checkLookbehinds(a, widths)); return;
    default:
  }
}

/** Parses `pattern` (a latin-1 decoded bytes pattern when isBytes) with the given flags. */
export function parsePattern(pattern: string, flags: number, isBytes: boolean): ParsedPattern {
  const source = new Source(pattern, isBytes);
  const state = new State();
  state.flags = flags;
  const root = parseSub(source, state, (flags & FLAG_VERBOSE) !== 0, 0);
  state.flags = fixFlags(state.flags, isBytes);
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [g, pos] of state.groupRefPos) {
    if (g >= state.groups) throw new RegexError(`invalid group reference ${g}`, pos);
  }
  checkLookbehinds(root, state.groupWidths);
  return {
    root, flags: state.flags, groups: state.groups - 1, groupIndex: state.groupNames, closeOrder: state.closeOrder,
    warnings: source.warnings,
  };
}
