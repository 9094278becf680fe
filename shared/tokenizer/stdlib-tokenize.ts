// A faithful port of the pure-Python tokenizer, Lib/tokenize.py of CPython 3.11 — the one
// `python3 -m tokenize` runs, which differs from the C tokenizer the parser uses: it emits
// COMMENT, NL and ENCODING tokens, types every operator OP, reports what it cannot match
// as ERRORTOKEN and goes on, and decides tokens with regular expressions (patterns.ts).
// The loop below keeps the shape of `_tokenize` so its quirks carry over unchanged:
// the three per-line branches (continued string, new statement, continued statement),
// the column measure of indentation, the implicit NEWLINE and the final DEDENTs.
// Positions are [line, column] with Python's column: a code point index, not a UTF-16
// index and not a byte offset.

import { EXACT_TOKEN_TYPES, Tok } from './tokens.js';
import { isIdentifierStart } from '../kernels/unicode-ident.js';
import { endPattern, PSEUDO_TOKEN, SINGLE_QUOTED, TRIPLE_QUOTED } from './stdlib-tokenize/patterns.js';
import { charWidthAt, codePointIndex, hasAstral, pyLen, pyStrip } from './stdlib-tokenize/py-text.js';
import { detectEncoding, splitLines } from './stdlib-tokenize/detect-encoding.js';
import { lookupDecoder, type Decoder } from '../kernels/codecs.js';
import { PyIndentationError, TokenizeError } from './stdlib-tokenize/errors.js';

export { EncodingDeclarationError, PyIndentationError, TokenizeError } from './stdlib-tokenize/errors.js';
export { PyUnicodeDecodeError } from '../kernels/codecs.js';

/** One token as tokenize.py's TokenInfo namedtuple. */
export interface TokenInfo {
  type: number;
  string: string;
  start: [number, number];
  end: [number, number];
  line: string;
}

/** `TokenInfo.exact_type`: the operator's own type for OP tokens tokenize knows, else `type`. */
export function exactType(token: TokenInfo): number {
  if (token.type !== Tok.OP) return token.type;
  return EXACT_TOKEN_TYPES.get(token.string) ?? token.type;
}

const TABSIZE = 8;

/** A readline over already decoded lines: each ends with '\n' except perhaps the last; '' at EOF. */
export type Readline = () => string;

/** Column of UTF-16 index `i` in `line`, in Python's code-point terms. */
function column(line: string, astral: boolean, i: number): number {
  return astral ? codePointIndex(line, i) : i;
}

/** `generate_tokens(readline)`: tokenize str lines; no ENCODING token. */
export function generateTokens(source: string | Readline): IterableIterator<TokenInfo> {
  return new StdlibTokenizer(typeof source === 'string' ? linesReadline(splitStrLines(source)) : source, null);
}

/**
 * `tokenize(readline)` over the bytes of a file: detect_encoding (BOM, PEP 263 cookie),
 * an ENCODING token, then the tokens of each line decoded with that encoding. Throws
 * EncodingDeclarationError (detect_encoding's SyntaxError) before any token; a line that
 * does not decode throws PyUnicodeDecodeError from the iterator when it is reached.
 */
export function tokenizeBytes(bytes: Uint8Array, filename: string | null = null): IterableIterator<TokenInfo> {
  const lines = splitLines(bytes);
  const { encoding, consumed, linesRead } = detectEncoding(lines, filename);
  const raw = [...consumed, ...lines.slice(linesRead)];
  // _tokenize decodes with 'utf-8' where detect_encoding said 'utf-8-sig': the BOM is already
  // gone, and a BOM at the start of a later line stays a character.
  const decoder = lookupDecoder(encoding === 'utf-8-sig' ? 'utf-8' : encoding)!;
  return new StdlibTokenizer(bytesReadline(raw, decoder), encoding);
}

/** Split a str the way a text readline with newline='\n' does: after each '\n'. */
export function splitStrLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function linesReadline(lines: readonly string[]): Readline {
  let i = 0;
  return () => (i < lines.length ? lines[i++] : '');
}

function bytesReadline(lines: readonly Uint8Array[], decoder: Decoder): Readline {
  let i = 0;
  return () => (i < lines.length ? decoder(lines[i++]) : '');
}

/**
 * `_tokenize(readline, encoding)` as an iterator. Each step runs the body of tokenize.py's
 * line loop for one line and queues that line's tokens; an exception raised part way
 * through a line is held back until the tokens queued before it have been taken, so a
 * consumer sees exactly the tokens Python's generator yields before raising.
 */
export class StdlibTokenizer implements IterableIterator<TokenInfo> {
  private lnum = 0;
  private parenlev = 0;
  private continued = false;
  private readonly indents: number[] = [0];
  private contstr = '';
  private needcont = false;
  private contline = '';
  private strstart: [number, number] = [0, 0];
  private endprog: RegExp | null = null;
  private lastLine = '';
  private line = '';
  private queue: TokenInfo[] = [];
  private head = 0;
  private failure: unknown = null;
  private finished = false;

  constructor(private readonly readline: Readline, encoding: string | null) {
    if (encoding !== null) {
      // The BOM has already been stripped; the token says plain utf-8.
      this.push(Tok.ENCODING, encoding === 'utf-8-sig' ? 'utf-8' : encoding, 0, 0, 0, 0, '');
    }
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<TokenInfo> {
    while (this.head >= this.queue.length) {
      if (this.failure !== null) throw this.failure;
      if (this.finished) return { done: true, value: undefined };
      this.queue.length = 0;
      this.head = 0;
      try {
        if (!this.stepLine()) this.finish();
      } catch (err) {
        this.failure = err;
      }
    }
    return { done: false, value: this.queue[this.head++] };
  }

  private push(type: number, text: string, srow: number, scol: number, erow: number, ecol: number, line: string): void {
    this.queue.push({ type, string: text, start: [srow, scol], end: [erow, ecol], line });
  }

  /** One pass of the line loop; false when the loop ends (EOF or a trailing blank line). */
  private stepLine(): boolean {
    this.lastLine = this.line;
    const line = (this.line = this.readline());
    this.lnum++;
    const astral = hasAstral(line);
    let pos = 0;
    if (this.contstr) {
      // continued string
      if (!line) throw new TokenizeError('EOF in multi-line string', this.strstart);
      pos = this.continueString(line, astral);
      if (pos < 0) return true;
    } else if (this.parenlev === 0 && !this.continued) {
      // new statement
      if (!line) return false;
      pos = this.startStatement(line, astral);
      if (pos === STOP) return false;
      if (pos === NEXT_LINE) return true;
    } else {
      // continued statement
      if (!line) throw new TokenizeError('EOF in multi-line statement', [this.lnum, 0]);
      this.continued = false;
    }
    this.scanLine(line, astral, pos);
    return true;
  }

  /**
   * The first branch of the line loop: look for the end of a string left open by earlier
   * lines. Returns the position to go on scanning from, or -1 when the line is used up.
   */
  private continueString(line: string, astral: boolean): number {
    const endprog = this.endprog!;
    endprog.lastIndex = 0;
    if (endprog.test(line)) {
      const end = endprog.lastIndex;
      this.push(Tok.STRING, this.contstr + line.slice(0, end), this.strstart[0], this.strstart[1],
        this.lnum, column(line, astral, end), this.contline + line);
      this.contstr = '';
      this.needcont = false;
      this.contline = '';
      return end;
    }
    if (this.needcont && !line.endsWith('\\\n') && !line.endsWith('\\\r\n')) {
      // A single-quoted string whose line did not end with a backslash: the whole rest of
      // the line becomes one ERRORTOKEN and is not tokenized. needcont stays set, as in
      // tokenize.py, which matters to a later triple-quoted string spanning lines.
      this.push(Tok.ERRORTOKEN, this.contstr + line, this.strstart[0], this.strstart[1],
        this.lnum, pyLen(line), this.contline);
      this.contstr = '';
      this.contline = '';
      return -1;
    }
    this.contstr += line;
    this.contline += line;
    return -1;
  }

  /**
   * The second branch: a line that starts a statement. Measures the indentation (tabs to
   * multiples of 8, form feed resets), queues COMMENT/NL for blank and comment-only lines,
   * then INDENT or DEDENTs. Returns the position after the indentation, STOP when the
   * line is only whitespace without a newline (tokenize.py leaves the loop), or NEXT_LINE.
   */
  private startStatement(line: string, astral: boolean): number {
    const max = line.length;
    let pos = 0;
    let col = 0;
    for (; pos < max; pos++) {
      const c = line.charCodeAt(pos);
      if (c === 0x20) col++;
      else if (c === 0x09) col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
      else if (c === 0x0c) col = 0;
      else break;
    }
    if (pos === max) return STOP;
    const c = line.charCodeAt(pos);
    if (c === 0x23 || c === 0x0d || c === 0x0a) {
      this.blankOrComment(line, astral, pos, c === 0x23);
      return NEXT_LINE;
    }
    this.indentation(line, col, pos);
    return pos;
  }

  /** A comment-only or empty line: COMMENT (without the newline) then NL with the rest. */
  private blankOrComment(line: string, astral: boolean, pos: number, comment: boolean): void {
    const lnum = this.lnum;
    if (comment) {
      const text = rstripNewlines(line.slice(pos));
      const end = pos + text.length;
      this.push(Tok.COMMENT, text, lnum, column(line, astral, pos), lnum, column(line, astral, end), line);
      pos = end;
    }
    this.push(Tok.NL, line.slice(pos), lnum, column(line, astral, pos), lnum, pyLen(line), line);
  }

  /** INDENT when the column grew; DEDENTs down to an enclosing level, which must exist. */
  private indentation(line: string, col: number, pos: number): void {
    const indents = this.indents;
    if (col > indents[indents.length - 1]) {
      indents.push(col);
      this.push(Tok.INDENT, line.slice(0, pos), this.lnum, 0, this.lnum, pos, line);
    }
    while (col < indents[indents.length - 1]) {
      if (!indents.includes(col)) {
        throw new PyIndentationError('unindent does not match any outer indentation level', this.lnum, pos, line);
      }
      indents.pop();
      this.push(Tok.DEDENT, '', this.lnum, pos, this.lnum, pos, line);
    }
  }

  /** The token loop over one line from `pos`: PseudoToken matches, or one ERRORTOKEN character. */
  private scanLine(line: string, astral: boolean, pos: number): void {
    const max = line.length;
    while (pos < max) {
      let start = pos;
      for (let c = line.charCodeAt(start); c === 0x20 || c === 0x0c || c === 0x09; c = line.charCodeAt(++start));
      PSEUDO_TOKEN.lastIndex = start;
      if (!PSEUDO_TOKEN.test(line)) {
        // The character at `pos` is reported: the whitespace before the unmatched
        // character when there is some.
        const w = charWidthAt(line, pos);
        const col = column(line, astral, pos);
        this.push(Tok.ERRORTOKEN, line.slice(pos, pos + w), this.lnum, col, this.lnum, col + 1, line);
        pos += w;
        continue;
      }
      const end = PSEUDO_TOKEN.lastIndex;
      if (start === end) {
        pos = end;
        continue;
      }
      pos = this.classify(line, astral, start, end);
    }
  }

  /**
   * Turn one PseudoToken match line[start:end] into a token, in tokenize.py's order of
   * tests. Returns where the scan goes on: past the token, past a triple-quoted string
   * closed on this line, or the end of the line when a string continues on the next.
   */
  private classify(line: string, astral: boolean, start: number, end: number): number {
    const text = line.slice(start, end);
    const initial = line.charCodeAt(start);
    const lnum = this.lnum;
    const scol = column(line, astral, start);
    const ecol = column(line, astral, end);
    if ((initial >= 0x30 && initial <= 0x39) || (initial === 0x2e && text !== '.' && text !== '...')) {
      this.push(Tok.NUMBER, text, lnum, scol, lnum, ecol, line);
    } else if (initial === 0x0d || initial === 0x0a) {
      this.push(this.parenlev > 0 ? Tok.NL : Tok.NEWLINE, text, lnum, scol, lnum, ecol, line);
    } else if (initial === 0x23) {
      this.push(Tok.COMMENT, text, lnum, scol, lnum, ecol, line);
    } else if (TRIPLE_QUOTED.has(text)) {
      return this.tripleQuoted(line, astral, start, scol, end);
    } else if (SINGLE_QUOTED.has(line[start]) || SINGLE_QUOTED.has(text.slice(0, 2)) || SINGLE_QUOTED.has(text.slice(0, 3))) {
      if (text.charCodeAt(text.length - 1) !== 0x0a) {
        this.push(Tok.STRING, text, lnum, scol, lnum, ecol, line);
      } else {
        // continued string: the quote is the first of the first three characters that is one
        this.openString(line, start, scol, endPattern(firstQuote(text), false));
        this.needcont = true;
        return line.length;
      }
    } else if (isIdentifierStart(line.codePointAt(start)!)) {
      this.push(Tok.NAME, text, lnum, scol, lnum, ecol, line);
    } else if (initial === 0x5c) {
      this.continued = true;
    } else {
      if (initial === 0x28 || initial === 0x5b || initial === 0x7b) this.parenlev++;
      else if (initial === 0x29 || initial === 0x5d || initial === 0x7d) this.parenlev--;
      this.push(Tok.OP, text, lnum, scol, lnum, ecol, line);
    }
    return end;
  }

  /** A triple quote: the whole string when it closes on this line, else remember it. */
  private tripleQuoted(line: string, astral: boolean, start: number, scol: number, end: number): number {
    const endprog = endPattern(line[end - 1], true);
    endprog.lastIndex = end;
    if (!endprog.test(line)) {
      this.openString(line, start, scol, endprog);
      return line.length;
    }
    const stop = endprog.lastIndex;
    this.push(Tok.STRING, line.slice(start, stop), this.lnum, scol, this.lnum, column(line, astral, stop), line);
    return stop;
  }

  /** Remember a string that goes on past this line. */
  private openString(line: string, start: number, scol: number, endprog: RegExp): void {
    this.strstart = [this.lnum, scol];
    this.contstr = line.slice(start);
    this.contline = line;
    this.endprog = endprog;
  }

  /** After the last line: the implicit NEWLINE, the pending DEDENTs and ENDMARKER. */
  private finish(): void {
    this.finished = true;
    const lnum = this.lnum;
    const lastLine = this.lastLine;
    if (lastLine) {
      const last = lastLine.charCodeAt(lastLine.length - 1);
      if (last !== 0x0d && last !== 0x0a && !pyStrip(lastLine).startsWith('#')) {
        const len = pyLen(lastLine);
        this.push(Tok.NEWLINE, '', lnum - 1, len, lnum - 1, len + 1, '');
      }
    }
    for (let i = 1; i < this.indents.length; i++) this.push(Tok.DEDENT, '', lnum, 0, lnum, 0, '');
    this.push(Tok.ENDMARKER, '', lnum, 0, lnum, 0, '');
  }
}

const STOP = -1;
const NEXT_LINE = -2;

/** `s.rstrip('\r\n')`. */
function rstripNewlines(s: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    if (c !== 0x0a && c !== 0x0d) break;
    end--;
  }
  return s.slice(0, end);
}

/** `endpats.get(initial) or endpats.get(token[1]) or endpats.get(token[2])` picks by quote. */
function firstQuote(text: string): string {
  for (let i = 0; i < 3; i++) if (text[i] === "'" || text[i] === '"') return text[i];
  return text[2];
}
