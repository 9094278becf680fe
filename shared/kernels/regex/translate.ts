// Translating a parsed Python pattern into the source of a JS RegExp in 'v' (unicode sets) mode.
//
// What differs and how it is bridged:
// - \d \w \s (and \b \B, built on \w) have Python's meaning: Unicode tables generated from python3
//   for str patterns, ASCII sets under re.ASCII and for bytes patterns. A Unicode \b is a pair of
//   lookarounds, reduced to one when the next or previous item surely matches a word character.
// - `.` excludes only \n; `^`/`$` under MULTILINE know only \n as a line end; `$` also matches
//   before a final \n; \Z is the very end. JS's own 'm' and 's' flags are never used, so scoped
//   (?s:...) and (?m:...) need nothing more.
// - IGNORECASE uses JS's 'i' flag when it covers the whole pattern in Unicode mode; otherwise
//   (re.ASCII, bytes, scoped (?i:...) / (?-i:...)) letters and classes are expanded to their case
//   variants. JS's simple case folding agrees with CPython's except for I/i/İ/ı, which are
//   spelled out. Limitation: a backreference inside a scoped (?i:...) still compares exactly.
// - Atomic groups and possessive repeats become (?=(X))\k: the extra JS groups are why Python
//   group numbers map to JS group numbers through `groupMap`.
// - Every character that is not an ASCII letter or digit is written as \u{...}, so no Python
//   literal can become JS syntax. Backreferences are wrapped in (?:) so a digit after them stays
//   a digit.
// Not supported: conditional groups (?(1)yes|no) (RegexUnsupported). JS semantics that remain:
// a backreference to an unset group matches empty; captures inside a repeated group are reset at
// each iteration; an iteration matching empty past the minimum is rejected rather than ending
// the loop (CPython keeps its captures).

import { KernelError } from '../py-error.js';
import { caseVariants, DOTTED_I, isDottedI } from './case-fold.js';
import type { Node, ParsedPattern, SetItem } from './parse.js';
import { FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_MULTILINE, FLAG_UNICODE, MAXREPEAT } from './regex-error.js';
import { DIGIT_RANGES, WORD_RANGES } from './unicode-classes.data.js';

export interface Translation {
  /** The JS pattern source (for the 'v' flag). */
  source: string;
  /** Whether the JS 'i' flag is needed. */
  ignoreCase: boolean;
  /** JS group number of each Python group (index 0 is 0), or null when they are the same. */
  groupMap: Int32Array | null;
  /** Whether a match that comes out empty may hide a non-empty one at the same position (see compiled.ts). */
  emptyFirst: boolean;
  /** Whether Unicode category sets were written (then ASCII subjects get a faster variant). */
  usesUnicodeSets: boolean;
}

/** Thrown for Python syntax the translation cannot express in a JS RegExp. */
export class RegexUnsupported extends Error {}

function esc(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCharCode(cp);
  return '\\u{' + cp.toString(16) + '}';
}

function rangesBody(ranges: readonly number[]): string {
  let out = '';
  for (let i = 0; i < ranges.length; i += 2) {
    const lo = ranges[i]!;
    const hi = ranges[i + 1]!;
    out += lo === hi ? esc(lo) : esc(lo) + '-' + esc(hi);
  }
  return out;
}

const UNICODE_WORD = rangesBody(WORD_RANGES);
const UNICODE_DIGIT = rangesBody(DIGIT_RANGES);
const UNICODE_SPACE = rangesBody([0x9, 0xd, 0x1c, 0x20, 0x85, 0x85, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a,
  0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000]);
const ASCII_WORD = 'a-zA-Z0-9_';
const ASCII_DIGIT = '0-9';
const ASCII_SPACE = rangesBody([0x9, 0xd, 0x20, 0x20]);

/** Python's \s in Unicode mode restricted to ASCII (it includes \x1c-\x1f, unlike re.ASCII's). */
const ASCII_SUBJECT_SPACE = rangesBody([0x9, 0xd, 0x1c, 0x20]);

/**
 * How categories are written: Python's Unicode sets, re.ASCII's sets, or Unicode semantics for a
 * subject known to be ASCII (the sets cut to ASCII, which V8 matches about twice as fast).
 */
type ClassMode = 'unicode' | 'ascii' | 'asciiSubject';

/** A category escape as a JS class (a nested class inside a set in 'v' mode). */
function categoryClass(cat: string, mode: ClassMode): string {
  const lower = cat.toLowerCase();
  const u = mode === 'unicode';
  const body = lower === 'w' ? (u ? UNICODE_WORD : ASCII_WORD)
    : lower === 'd' ? (u ? UNICODE_DIGIT : ASCII_DIGIT)
    : (u ? UNICODE_SPACE : mode === 'ascii' ? ASCII_SPACE : ASCII_SUBJECT_SPACE);
  return (cat === lower ? '[' : '[^') + body + ']';
}

function inRanges(cp: number, ranges: readonly number[]): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether cp is a word character of Unicode \\w (the \\b the peephole below rewrites is a Unicode one). */
function isWordChar(cp: number): boolean {
  return inRanges(cp, WORD_RANGES);
}

class Translator {
  private jsGroups = 0;
  readonly groupMap: number[] = [0];
  private readonly groupBodies: Node[] = [];
  /** Whether the JS 'i' flag is on (then letters are never expanded by hand). */
  readonly jsIgnoreCase: boolean;
  emptyFirst = false;
  /** Whether a category or \\b was written with Unicode sets (so an ASCII-subject variant differs). */
  usesUnicodeSets = false;
  /** The class mode of Unicode-flagged parts ('ascii' everywhere for bytes patterns). */
  private readonly unicodeMode: ClassMode;

  constructor(readonly parsed: ParsedPattern, bytes: boolean, private readonly groupOffset: number, asciiSubject: boolean) {
    this.unicodeMode = bytes ? 'ascii' : asciiSubject ? 'asciiSubject' : 'unicode';
    this.jsGroups = groupOffset;
    const flags = parsed.flags;
    let scopedI = false;
    const visit = (n: Node): void => {
      switch (n.k) {
        case 'group':
          if (n.group) this.groupBodies[n.group] = n.body;
          // Scoped case or type flags (ASCII folding inside) rule out JS's global 'i'.
          if ((n.on | n.off) & FLAG_IGNORECASE || n.on & (FLAG_ASCII | FLAG_UNICODE)) scopedI = true;
          visit(n.body);
          return;
        case 'atomic': case 'look': visit(n.body); return;
        case 'repeat': if (n.mode === 1) this.emptyFirst = true; visit(n.body); return;
        case 'cond': throw new RegexUnsupported('conditional groups (?(id)yes|no) are not supported');
        case 'alt': this.emptyFirst = true; n.alts.forEach(visit); return;
        case 'seq': n.items.forEach(visit); return;
        default:
      }
    };
    visit(parsed.root);
    this.jsIgnoreCase = !bytes && !(flags & FLAG_ASCII) && !scopedI && (flags & FLAG_IGNORECASE) !== 0;
  }

  /** How categories are written under `flags` (re.ASCII may be scoped: (?a:...)). */
  private modeFor(flags: number): ClassMode {
    return flags & FLAG_ASCII ? 'ascii' : this.unicodeMode;
  }

  /** Whether case folding and word characters are ASCII-only under `flags`. */
  private isAscii(flags: number): boolean {
    return this.modeFor(flags) === 'ascii';
  }

  private wordClass(flags: number): string {
    return this.category('w', flags);
  }

  private category(cat: string, flags: number): string {
    const mode = this.modeFor(flags);
    if (mode === 'unicode') this.usesUnicodeSets = true;
    return categoryClass(cat, mode);
  }

  /** Whether \\b can be JS's own (ASCII word characters). */
  private asciiWords(flags: number): boolean {
    return this.modeFor(flags) !== 'unicode';
  }

  private foldByHand(flags: number): boolean {
    return !this.jsIgnoreCase && (flags & FLAG_IGNORECASE) !== 0;
  }

  /** Whether JS's 'i' flag folds here (it needs help with the dotted and dotless i). */
  private jsFolds(flags: number): boolean {
    return this.jsIgnoreCase && (flags & FLAG_IGNORECASE) !== 0;
  }

  literal(cp: number, flags: number): string {
    if (isDottedI(cp) && this.jsFolds(flags)) return '[' + DOTTED_I.map(esc).join('') + ']';
    if (this.foldByHand(flags)) {
      const vs = caseVariants(cp, this.isAscii(flags));
      if (vs.length > 1) return '[' + vs.map(esc).join('') + ']';
    }
    return esc(cp);
  }

  setItems(items: readonly SetItem[], flags: number): string {
    const fold = this.foldByHand(flags);
    const ascii = this.isAscii(flags);
    let out = '';
    if (this.jsFolds(flags) && items.some((it) => it.k === 'lit' ? isDottedI(it.cp)
      : it.k === 'range' && DOTTED_I.some((c) => c >= it.lo && c <= it.hi))) {
      out += DOTTED_I.map(esc).join('');
    }
    for (const item of items) {
      if (item.k === 'cat') {
        out += this.category(item.cat, flags);
      } else if (item.k === 'lit') {
        if (fold) for (const v of caseVariants(item.cp, ascii)) out += esc(v);
        else out += esc(item.cp);
      } else {
        out += esc(item.lo) + '-' + esc(item.hi);
        if (fold) {
          // Variants outside the range, one by one (ranges in patterns are short or already wide).
          for (let cp = item.lo; cp <= item.hi; cp++) {
            for (const v of caseVariants(cp, ascii)) if (v < item.lo || v > item.hi) out += esc(v);
          }
        }
      }
    }
    return out;
  }

  node(n: Node, flags: number): string {
    switch (n.k) {
      case 'lit': return this.literal(n.cp, flags);
      case 'set': {
        if (!n.neg && n.items.length === 1 && n.items[0]!.k === 'cat') return this.category(n.items[0]!.cat, flags);
        return (n.neg ? '[^' : '[') + this.setItems(n.items, flags) + ']';
      }
      case 'any': return flags & FLAG_DOTALL ? '[\\s\\S]' : '[^\\n]';
      case 'at':
        switch (n.at) {
          case 'begin': return flags & FLAG_MULTILINE ? '(?<![^\\n])' : '^';
          case 'end': return flags & FLAG_MULTILINE ? '(?=\\n|$)' : '(?=\\n?$)';
          case 'beginString': return '^';
          case 'endString': return '$';
          case 'boundary': return this.asciiWords(flags) ? '\\b' : this.boundary(true, flags);
          case 'nonBoundary': return this.asciiWords(flags) ? '(?!^$)\\B' : this.boundary(false, flags);
        }
        break;
      case 'group': {
        let inner = (flags | n.on) & ~n.off;
        if (n.on & FLAG_ASCII) inner &= ~FLAG_UNICODE;
        if (n.on & FLAG_UNICODE) inner &= ~FLAG_ASCII;
        if (n.group) {
          this.groupMap[n.group] = ++this.jsGroups;
          return '(' + this.node(n.body, inner) + ')';
        }
        return '(?:' + this.node(n.body, inner) + ')';
      }
      case 'atomic': {
        const g = ++this.jsGroups;
        return '(?=(' + this.node(n.body, flags) + '))(?:\\' + g + ')';
      }
      case 'look':
        return (n.behind ? (n.neg ? '(?<!' : '(?<=') : (n.neg ? '(?!' : '(?=')) + this.node(n.body, flags) + ')';
      case 'repeat': return this.repeat(n, flags);
      case 'ref': return '(?:\\' + this.groupMap[n.group]! + ')';
      case 'cond': throw new RegexUnsupported('conditional groups are not supported');
      case 'alt': return '(?:' + n.alts.map((a) => this.node(a, flags)).join('|') + ')';
      case 'seq': return this.seq(n.items, flags);
    }
    return '';
  }

  private repeat(n: Extract<Node, { k: 'repeat' }>, flags: number): string {
    const { min, max } = n;
    const q = max === MAXREPEAT
      ? (min === 0 ? '*' : min === 1 ? '+' : `{${min},}`)
      : (min === 0 && max === 1 ? '?' : min === max ? `{${min}}` : `{${min},${max}}`);
    if (n.mode === 2) {
      const g = ++this.jsGroups;
      return '(?=(' + this.atom(n.body, flags) + q + '))(?:\\' + g + ')';
    }
    return this.atom(n.body, flags) + q + (n.mode === 1 ? '?' : '');
  }

  /** A node as one quantifiable JS atom. */
  private atom(n: Node, flags: number): string {
    const s = this.node(n, flags);
    if (n.k === 'lit' || n.k === 'set' || n.k === 'any' || n.k === 'ref' || n.k === 'alt') return s;
    if (n.k === 'group') return s;
    return '(?:' + s + ')';
  }

  private seq(items: readonly Node[], flags: number): string {
    let out = '';
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.k === 'at' && (item.at === 'boundary' || item.at === 'nonBoundary') && !this.asciiWords(flags)) {
        // \b next to a character known to be a word character is a one-sided test.
        const before = this.endsWithWord(items, i - 1);
        const after = this.startsWithWord(items, i + 1);
        const W = this.wordClass(flags);
        if (item.at === 'boundary' && before) { out += '(?!' + W + ')'; continue; }
        if (item.at === 'boundary' && after) { out += '(?<!' + W + ')'; continue; }
        if (item.at === 'nonBoundary' && before) { out += '(?=' + W + ')'; continue; }
        if (item.at === 'nonBoundary' && after) { out += '(?<=' + W + ')'; continue; }
      }
      out += this.node(item, flags);
    }
    return out;
  }

  private boundary(yes: boolean, flags: number): string {
    const W = this.wordClass(flags);
    return yes
      ? `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`
      : `(?!^$)(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`;
  }

  /** Whether the last character matched by items[..=end] is surely a word character. */
  private endsWithWord(items: readonly Node[], end: number): boolean {
    for (let j = end; j >= 0; j--) {
      const it = items[j]!;
      if (it.k === 'at' || it.k === 'look') continue;
      if (it.k === 'repeat' && it.min === 0) {
        if (!this.lastIsWord(it.body)) return false;
        continue;
      }
      return this.lastIsWord(it);
    }
    return false;
  }

  private startsWithWord(items: readonly Node[], start: number): boolean {
    for (let j = start; j < items.length; j++) {
      const it = items[j]!;
      if (it.k === 'at' || it.k === 'look') continue;
      if (it.k === 'repeat' && it.min === 0) {
        if (!this.firstIsWord(it.body)) return false;
        continue;
      }
      return this.firstIsWord(it);
    }
    return false;
  }

  private unitIsWord(n: Node): boolean {
    if (n.k === 'lit') return isWordChar(n.cp);
    if (n.k === 'set' && !n.neg) {
      return n.items.every((it) => it.k === 'cat' ? it.cat === 'w' || it.cat === 'd'
        : it.k === 'lit' ? isWordChar(it.cp) : false);
    }
    return false;
  }

  private lastIsWord(n: Node): boolean {
    switch (n.k) {
      case 'lit': case 'set': return this.unitIsWord(n);
      case 'group': case 'atomic': return this.lastIsWord(n.body);
      case 'repeat': return n.min > 0 && this.lastIsWord(n.body);
      case 'ref': { const b = this.groupBodies[n.group]; return b !== undefined && this.lastIsWord(b); }
      case 'alt': return n.alts.every((a) => this.lastIsWord(a));
      case 'seq': return this.endsWithWord(n.items, n.items.length - 1);
      default: return false;
    }
  }

  private firstIsWord(n: Node): boolean {
    switch (n.k) {
      case 'lit': case 'set': return this.unitIsWord(n);
      case 'group': case 'atomic': return this.firstIsWord(n.body);
      case 'repeat': return n.min > 0 && this.firstIsWord(n.body);
      case 'ref': { const b = this.groupBodies[n.group]; return b !== undefined && this.firstIsWord(b); }
      case 'alt': return n.alts.every((a) => this.firstIsWord(a));
      case 'seq': return this.startsWithWord(n.items, 0);
      default: return false;
    }
  }

  get extraGroups(): boolean {
    return this.jsGroups !== this.parsed.groups + this.groupOffset;
  }
}

/** The JS RegExp source for a parsed pattern (isBytes: a latin-1 decoded bytes pattern). */
export function translate(parsed: ParsedPattern, isBytes: boolean, groupOffset = 0, asciiSubject = false): Translation {
  // Bytes patterns (LOCALE ones too: the C locale) have ASCII classes and case folding.
  const t = new Translator(parsed, isBytes, groupOffset, asciiSubject);
  const source = t.node(parsed.root, parsed.flags);
  let groupMap: Int32Array | null = null;
  if (t.extraGroups || groupOffset) {
    groupMap = new Int32Array(parsed.groups + 1);
    for (let g = 1; g <= parsed.groups; g++) groupMap[g] = t.groupMap[g]!;
  }
  try {
    new RegExp(groupOffset ? '()' + source : source, t.jsIgnoreCase ? 'vi' : 'v');
  } catch (e) {
    throw new KernelError('ValueError', `pattern not supported by the regex translation: ${(e as Error).message}`);
  }
  return { source, ignoreCase: t.jsIgnoreCase, groupMap, emptyFirst: t.emptyFirst, usesUnicodeSets: t.usesUnicodeSets };
}
