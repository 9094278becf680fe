// A compiled Python pattern over JS strings: the parsed tree, its JS translation, and the RegExp
// objects made from it on first use — one per way of matching:
//   match      sticky ('y') at pos        search  global ('g') from pos
//   fullmatch  sticky, the pattern followed by $ (end of the string cut at endpos)
// each with or without 'd' (group indices cost an allocation per match, so only Match objects
// ask for them). Positions are JS string indices (UTF-16 units); endpos cuts the string, as
// CPython treats the text as endpos long.
//
// Scanning (findall, finditer, sub, split) follows CPython 3.7+: after an empty match the next
// match may not be empty at the same position. When the pattern could match empty before a
// non-empty alternative at that position (lazy repeats, alternation), a sticky "non-empty"
// variant is tried there: (?=([\s\S]*))PATTERN(?!\1$) fails exactly when the match is empty.
// Its leading group shifts the JS group numbers by one (`offset`).
//
// Subjects that are all ASCII use a second translation whose Unicode category sets are cut to
// ASCII (same answers there, about twice as fast in V8); whether the last subject was ASCII is
// remembered, so repeated calls on one long string do not rescan it.

import { parsePattern, type ParsedPattern } from './parse.js';
import { translate, type Translation } from './translate.js';
import type { TemplatePart } from './template.js';

const NON_ASCII = /[^\0-\x7f]/;
let lastSubject = '';
let lastAscii = true;

export const MODE_MATCH = 0;
export const MODE_SEARCH = 1;
export const MODE_FULLMATCH = 2;
const MODE_NONEMPTY = 3;

export class CompiledRegex {
  readonly parsed: ParsedPattern;
  readonly flags: number;
  readonly groups: number;
  readonly groupIndex: ReadonlyMap<string, number>;
  private readonly tr: Translation;
  private readonly regexps: (RegExp | undefined)[] = new Array(16).fill(undefined);
  private asciiTr: Translation | null = null;
  /** The group offset of the last result (1 after the non-empty variant matched). */
  offset = 0;
  private nonEmptyMap: Int32Array | null = null;

  constructor(readonly pattern: string, flags: number, readonly isBytes: boolean) {
    this.parsed = parsePattern(pattern, flags, isBytes);
    this.flags = this.parsed.flags;
    this.groups = this.parsed.groups;
    this.groupIndex = this.parsed.groupIndex;
    this.tr = translate(this.parsed, isBytes);
  }

  /** The JS source of the translation (for tests and debugging). */
  get jsSource(): string {
    return this.tr.source;
  }

  /** Whether the ASCII-subject variant applies to `s`. */
  private asciiVariant(s: string): boolean {
    if (!this.tr.usesUnicodeSets) return false;
    if (s !== lastSubject) {
      lastSubject = s;
      lastAscii = !NON_ASCII.test(s);
    }
    return lastAscii;
  }

  private regexp(mode: number, indices: boolean, ascii: boolean): RegExp {
    const slot = ((ascii ? 4 : 0) + mode) * 2 + (indices ? 1 : 0);
    let rx = this.regexps[slot];
    if (rx === undefined) {
      let tr = this.tr;
      if (ascii) tr = this.asciiTr ??= translate(this.parsed, this.isBytes, 0, true);
      let flags = (tr.ignoreCase ? 'vi' : 'v') + (mode === MODE_SEARCH ? 'g' : 'y') + (indices ? 'd' : '');
      let source = tr.source;
      if (mode === MODE_FULLMATCH) source = '(?:' + source + ')$';
      if (mode === MODE_NONEMPTY) {
        const shifted = translate(this.parsed, this.isBytes, 1, ascii);
        source = '(?=([\\s\\S]*))(?:' + shifted.source + ')(?!\\1$)';
        this.nonEmptyMap = shifted.groupMap;
        flags = (this.tr.ignoreCase ? 'vi' : 'v') + 'y' + (indices ? 'd' : '');
      }
      rx = this.regexps[slot] = new RegExp(source, flags);
    }
    return rx;
  }

  /** One match at/from `pos` in `s` (already cut at endpos); sets `offset` to 0. */
  exec(s: string, pos: number, mode: number, indices: boolean): RegExpExecArray | null {
    const rx = this.regexp(mode, indices, this.asciiVariant(s));
    rx.lastIndex = pos;
    this.offset = 0;
    return rx.exec(s);
  }

  /** The JS group number of Python group g in a result of the last exec/scan. */
  jsGroup(g: number): number {
    if (this.offset === 0) {
      const map = this.tr.groupMap;
      return map === null || g === 0 ? g : map[g]!;
    }
    if (g === 0) return 0;
    const map = this.nonEmptyMap;
    return map === null ? g + 1 : map[g]!;
  }

  /** Python group g's text in a result, or undefined when it did not take part. */
  groupText(m: RegExpExecArray, g: number): string | undefined {
    return m[this.jsGroup(g)];
  }

  /** Writes [start, end] of every group (−1, −1 when unset) from a result with indices. */
  spans(m: RegExpExecArray, out: number[]): void {
    const ind = m.indices!;
    out[0] = m.index;
    out[1] = m.index + m[0].length;
    for (let g = 1; g <= this.groups; g++) {
      const sp = ind[this.jsGroup(g)];
      if (sp === undefined) {
        out[2 * g] = -1;
        out[2 * g + 1] = -1;
      } else {
        out[2 * g] = sp[0];
        out[2 * g + 1] = sp[1];
      }
    }
  }

  /**
   * The next match of a scan over `s` from scan.pos (CPython's rule for empty matches), or null.
   * Each result's group numbers are read through jsGroup() before the next call.
   */
  next(s: string, scan: Scan, indices: boolean): RegExpExecArray | null {
    let pos = scan.pos;
    if (pos > s.length) return null;
    const ascii = this.asciiVariant(s);
    if (scan.mustAdvance) {
      if (this.tr.emptyFirst) {
        const rx = this.regexp(MODE_NONEMPTY, indices, ascii);
        rx.lastIndex = pos;
        const m = rx.exec(s);
        if (m !== null) {
          this.offset = 1;
          scan.pos = m.index + m[0].length;
          scan.mustAdvance = false;
          return m;
        }
      }
      if (pos >= s.length) return null;
      const c = s.charCodeAt(pos);
      pos += c >= 0xd800 && c <= 0xdbff && pos + 1 < s.length && (s.charCodeAt(pos + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    }
    const rx = this.regexp(MODE_SEARCH, indices, ascii);
    rx.lastIndex = pos;
    this.offset = 0;
    const m = rx.exec(s);
    if (m === null) {
      scan.pos = s.length + 1;
      return null;
    }
    const end = m.index + m[0].length;
    scan.mustAdvance = end === m.index;
    scan.pos = end;
    return m;
  }

  /** The replacement text of a parsed template for one match (unset groups give ''). */
  expand(parts: readonly TemplatePart[], m: RegExpExecArray): string {
    let out = '';
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (typeof p === 'string') out += p;
      else out += m[this.jsGroup(p)] ?? '';
    }
    return out;
  }

  /** re.split's pieces: text between matches, and each match's groups (undefined when unset). */
  split(s: string, maxsplit: number): (string | undefined)[] {
    const out: (string | undefined)[] = [];
    const scan = new Scan(0);
    let last = 0;
    let n = 0;
    if (maxsplit < 0) return [s]; // CPython splits nothing then
    while (maxsplit === 0 || n < maxsplit) {
      const m = this.next(s, scan, false);
      if (m === null) break;
      out.push(s.slice(last, m.index));
      for (let g = 1; g <= this.groups; g++) out.push(m[this.jsGroup(g)]);
      last = m.index + m[0].length;
      n++;
    }
    out.push(s.slice(last));
    return out;
  }
}

/** Where a scan is: the next position, and whether the last match was empty there. */
export class Scan {
  mustAdvance = false;
  constructor(public pos: number) {}
}
