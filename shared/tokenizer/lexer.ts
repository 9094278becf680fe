// The parser's lexer: an emulation of CPython 3.11's C tokenizer (Parser/tokenizer.c).
//
// This produces the token stream CPython's PEG parser sees (not the one
// Lib/tokenize.py shows): no COMMENT/NL tokens, f-strings as one STRING, a
// zero-width NEWLINE, INDENT/DEDENT/ENDMARKER without a column (-1), and
// TYPE_COMMENT/TYPE_IGNORE on request. Columns are UTF-8 byte offsets as in
// CPython's AST. Errors are PySyntaxErrors with CPython's kind, message and
// position; `done` tells which tokenizer state produced the last one, so the
// parser can reproduce pegen's error priorities (see `checkRestForErrors`).
//
// Positions follow tokenizer.c's cursor model: a line becomes the current line
// (lineno advances, lineStart moves) only when its first character is read, so
// after a NEWLINE the lexer still stands on the old line, as `tok->lineno` does.
// The source is taken as compile() takes a str in 'exec' mode: '\r\n' and '\r'
// become '\n' and a final '\n' is added when missing (a BOM is decodeSource's
// business: in a str, U+FEFF is an invalid character, as in CPython).
// `start`/`end` of tokens index `lexer.text`, that normalized copy.

import { Tok } from './tokens.js';
import { PySyntaxError, type SyntaxErrorKind } from '../errors/syntax-error.js';
import { isPrintable, scanIdentifier } from '../kernels/unicode-ident.js';
import { decodeUtf8, encodeUtf8Escaped, isEscapedByte, PyUnicodeDecodeError } from '../kernels/codecs.js';
import { ONE_CHAR, THREE_CHARS, TWO_CHARS, isIdentChar } from './lexer/chars.js';
import { MSG } from './lexer/messages.js';
import { scanNumber } from './lexer/numbers.js';
import { byteOffsetToCharOffset, codePointLength, hex4, lineEnd, lineStartIndex, utf8Length } from './lexer/text.js';

export interface Token {
  /** Tok.* from tokens.ts; operators have their exact type, keywords are NAME. */
  type: number;
  /** The token text; '' for NEWLINE/INDENT/DEDENT/ENDMARKER; the text after "type:" for TYPE_COMMENT. */
  string: string;
  lineno: number;
  /** UTF-8 byte column, or -1 for INDENT/DEDENT/ENDMARKER as in CPython. */
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /** JS string indices into `lexer.text`. */
  start: number;
  end: number;
}

export interface LexerOptions {
  /** Emit TYPE_COMMENT / TYPE_IGNORE as CPython's tokenizer does with PyCF_TYPE_COMMENTS. */
  typeComments?: boolean;
  /** Line number of the first line (f-string sub-parsers); default 1. */
  startLine?: number;
  /** Byte column added to tokens that end on the first line (CPython's starting_col_offset). */
  startColOffset?: number;
  /** compile() in 'exec'/'single' mode appends a missing final newline, 'eval' does not; default true. */
  execInput?: boolean;
  /**
   * The errors pegen places itself (unclosed bracket, bad line continuation,
   * unindent, EOF after a backslash, undecodable name) keep UTF-8 byte offsets:
   * pegen converts them to characters only when the tokenizer knows the source
   * encoding, which it does not for bytes without a BOM or a coding cookie.
   */
  byteOffsets?: boolean;
  /**
   * This lexer reads an f-string replacement field (pegen's Py_fstring_input):
   * an error pegen places from the failed token gets the "f-string: " prefix
   * and has the field's start column taken out (see decodeError).
   */
  fstring?: boolean;
}

/**
 * Tokenizer states after an error, as tokenizer.c's `tok->done`: 'error' is an
 * error the tokenizer raised itself (E_ERROR: bad literal, bad character,
 * unmatched bracket); the others are states pegen turns into an error.
 */
export type LexerDone = 'ok' | 'eof' | 'error' | 'dedent' | 'tabspace' | 'toodeep' | 'linecont';

/**
 * A warning issued while parsing: the tokenizer's SyntaxWarning "invalid
 * decimal literal" (a number glued to a keyword), or the string parser's
 * DeprecationWarning "invalid escape sequence" (see parser/strings.ts).
 */
export interface LexerWarning {
  category: 'SyntaxWarning' | 'DeprecationWarning';
  message: string;
  lineno: number;
}

/** One token; a class so every token has the same V8 shape. */
class LexToken implements Token {
  constructor(
    public type: number,
    public string: string,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
    public start: number,
    public end: number,
  ) {}
}

const MAXINDENT = 100; // tokenizer.c: indentation levels
const MAXLEVEL = 200; // tokenizer.c: nested brackets
const TABSIZE = 8;
const BRACKET_OPEN: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

export class Lexer {
  /** The normalized source the token indices refer to. */
  readonly text: string;
  /** Length of `text`. */
  readonly len: number;
  /** Index of the next character to read (tokenizer.c's `tok->cur`). */
  pos = 0;
  /** Current line number (`tok->lineno`). */
  lineno: number;
  /** Index where the current line starts (`tok->line_start`). */
  lineStart = 0;
  /**
   * Where `tok->buf` starts: the current line's start, or, while the current
   * line was reached inside a token (a multi-line string, a backslash
   * continuation after some token), the start of the line where that began.
   * pegen's error text runs from here to the end of the current line.
   */
  private bufStart = 0;
  /** Some character in text[lineStart, pos) is non-ASCII, so byte columns need counting. */
  lineNonAscii = false;
  /** A '\n' was consumed: the next character read starts a new line. */
  private pendingLine = true;
  private atBol = true;
  private blankline = false;
  private pendin = 0;
  private indent = 0;
  private readonly indstack = new Int32Array(MAXINDENT);
  private readonly altindstack = new Int32Array(MAXINDENT);
  /** Open brackets, innermost last: character, line and byte column (`tok->parenstack`...). */
  level = 0;
  readonly parenChars: string[] = [];
  readonly parenLines: number[] = [];
  readonly parenCols: number[] = [];
  done: LexerDone = 'ok';
  readonly warnings: LexerWarning[] = [];
  readonly typeComments: boolean;
  readonly startLine: number;
  readonly startColOffset: number;
  /** See LexerOptions.byteOffsets. */
  readonly byteOffsets: boolean;
  /** See LexerOptions.fstring. */
  readonly fstring: boolean;
  /**
   * A string token read so far holds a byte decodeSource could not decode (kept
   * as U+DC80..U+DCFF): the string parser must then decode literals the way
   * CPython does, failing where it fails.
   */
  undecodableInString = false;

  constructor(text: string, options: LexerOptions = {}) {
    this.text = normalizeSource(text, options.execInput ?? true);
    this.len = this.text.length;
    this.typeComments = options.typeComments ?? false;
    this.startLine = options.startLine ?? 1;
    this.startColOffset = options.startColOffset ?? 0;
    this.byteOffsets = options.byteOffsets ?? false;
    this.fstring = options.fstring ?? false;
    // The first read advances to startLine, as tok_nextc does for line 1.
    this.lineno = this.startLine - 1;
  }

  // -------------------------------------------------------------------------
  // The token loop (tok_get).

  /** The next token; throws PySyntaxError on a tokenizer error. */
  next(): Token {
    for (;;) {
      this.blankline = false;
      if (this.atBol) {
        this.atBol = false;
        this.indentation();
      }
      if (this.pendin !== 0) return this.indentToken();
      const tok = this.scanToken();
      if (tok !== null) return tok;
      // null: a newline that ends a blank line or one inside brackets; go on with the next line.
    }
  }

  /** Measures the indentation of a new line and queues INDENT/DEDENTs (tok_get's "atbol" block). */
  private indentation(): void {
    this.enterLine();
    let col = 0;
    let altcol = 0;
    let contCol = 0;
    let c: number;
    for (;;) {
      c = this.pos < this.len ? this.text.charCodeAt(this.pos) : -1;
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol++; // the alternate tab size is 1
      } else if (c === 12) {
        col = altcol = 0; // form feed resets the column
      } else if (c === 92) {
        // Only the first backslash-continued line sets the indentation.
        if (contCol === 0) contCol = col;
        this.pos++;
        this.continuation(false);
        continue;
      } else break;
      this.pos++;
    }
    if (c === 35 || c === 10) this.blankline = true; // '#' or '\n': no effect on indentation
    if (this.blankline || this.level !== 0) return;
    if (contCol !== 0) col = altcol = contCol;
    this.changeIndentation(col, altcol);
  }

  /** Compares a line's indentation with the stack: "No change", "Indent" or "Dedent". */
  private changeIndentation(col: number, altcol: number): void {
    const cur = this.indstack[this.indent];
    if (col === cur) {
      if (altcol !== this.altindstack[this.indent]) throw this.stateError('tabspace');
    } else if (col > cur) {
      if (this.indent + 1 >= MAXINDENT) throw this.stateError('toodeep');
      if (altcol <= this.altindstack[this.indent]) throw this.stateError('tabspace');
      this.pendin++;
      this.indent++;
      this.indstack[this.indent] = col;
      this.altindstack[this.indent] = altcol;
    } else {
      while (this.indent > 0 && col < this.indstack[this.indent]) {
        this.pendin--;
        this.indent--;
      }
      if (col !== this.indstack[this.indent]) throw this.stateError('dedent');
      if (altcol !== this.altindstack[this.indent]) throw this.stateError('tabspace');
    }
  }

  /** A queued INDENT or DEDENT: no text and no column, as tokenizer.c leaves p_start NULL. */
  private indentToken(): Token {
    let type: number;
    if (this.pendin < 0) {
      this.pendin++;
      type = Tok.DEDENT;
    } else {
      this.pendin--;
      type = Tok.INDENT;
    }
    return this.columnless(type);
  }

  private columnless(type: number): Token {
    const shift = this.lineno === this.startLine ? this.startColOffset : 0;
    return new LexToken(type, '', this.lineno, shift - 1, this.lineno, shift - 1, this.pos, this.pos);
  }

  /** One token after the indentation; null for a newline the parser does not see. */
  private scanToken(): Token | null {
    const text = this.text;
    let c: number;
    let start: number;
    for (;;) {
      // Skip spaces, tabs and form feeds ("again:" in tokenizer.c).
      do {
        c = this.pos < this.len ? text.charCodeAt(this.pos++) : -1;
      } while (c === 32 || c === 9 || c === 12);
      start = this.pos - 1;
      if (c === 35) {
        const typeTok = this.comment(start);
        if (typeTok !== null) return typeTok;
        c = this.pos < this.len ? text.charCodeAt(this.pos++) : -1;
      }
      if (c !== 92) break;
      this.continuation(true); // a backslash in mid-line: go on with the next line
    }
    if (c < 0) return this.endOfInput();
    if (c === 10) return this.newline(start);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128) return this.nameOrString(c, start);
    if (c >= 48 && c <= 57) {
      scanNumber(this, c);
      return this.token(Tok.NUMBER, start);
    }
    if (c === 46) return this.dot(start);
    if (c === 34 || c === 39) return this.string(c, start);
    return this.operator(c, start);
  }

  /** '\n': NEWLINE, or nothing on a blank line or inside brackets. */
  private newline(start: number): Token | null {
    this.atBol = true;
    this.pendingLine = true;
    if (this.blankline || this.level > 0) return null;
    // The NEWLINE token leaves the '\n' out; after a comment it starts at the '#'.
    this.pos--;
    const tok = this.token(Tok.NEWLINE, start);
    this.pos++;
    return tok;
  }

  /** End of input: ENDMARKER, or the "never closed" error inside brackets. */
  private endOfInput(): Token {
    this.done = 'eof';
    if (this.level > 0) throw this.unclosedError();
    return this.columnless(Tok.ENDMARKER);
  }

  /** '.', '...', or a number like `.5`. */
  private dot(start: number): Token {
    const text = this.text;
    const c = this.pos < this.len ? text.charCodeAt(this.pos) : -1;
    if (c >= 48 && c <= 57) {
      scanNumber(this, 46);
      return this.token(Tok.NUMBER, start);
    }
    if (c === 46 && this.pos + 1 < this.len && text.charCodeAt(this.pos + 1) === 46) {
      this.pos += 2;
      return this.token(Tok.ELLIPSIS, start);
    }
    return this.token(Tok.DOT, start);
  }

  /** A single-line token text[start, pos) on the current line. */
  private token(type: number, start: number): LexToken {
    const end = this.pos;
    let col: number;
    let endCol: number;
    if (this.lineNonAscii) {
      col = utf8Length(this.text, this.lineStart, start);
      endCol = col + utf8Length(this.text, start, end);
    } else {
      col = start - this.lineStart;
      endCol = end - this.lineStart;
    }
    if (this.lineno === this.startLine) {
      col += this.startColOffset;
      endCol += this.startColOffset;
    }
    return new LexToken(type, this.text.slice(start, end), this.lineno, col, this.lineno, endCol, start, end);
  }

  // -------------------------------------------------------------------------
  // Lines, continuation and comments.

  /**
   * Makes the line at `pos` current if a '\n' was consumed and a character
   * follows. `inToken`: the line is read while a token has started (tok->start
   * is set), so tok->buf stays where it was.
   */
  private enterLine(inToken = false): void {
    if (this.pendingLine && this.pos < this.len) {
      this.pendingLine = false;
      this.lineno++;
      this.lineStart = this.pos;
      if (!inToken) this.bufStart = this.pos;
      this.lineNonAscii = false;
    }
  }

  /**
   * After a backslash: it must end the line, and a line must follow
   * (tok_continuation_line). `midLine`: the backslash came after the line's
   * indentation, where tokenizer.c has already marked a token start.
   */
  private continuation(midLine: boolean): void {
    const c = this.pos < this.len ? this.text.charCodeAt(this.pos++) : -1;
    if (c !== 10) throw this.stateError('linecont');
    if (this.pos >= this.len) {
      this.done = 'eof';
      throw this.level > 0 ? this.unclosedError() : this.eofError();
    }
    this.pendingLine = true;
    this.enterLine(midLine);
  }

  /**
   * Skips a comment starting at `start` ('#'), leaving `pos` at the newline. With
   * typeComments, returns the TYPE_COMMENT/TYPE_IGNORE token it makes, else null.
   */
  private comment(start: number): Token | null {
    const text = this.text;
    let i = this.pos;
    while (i < this.len) {
      const c = text.charCodeAt(i);
      if (c === 10) break;
      if (c >= 128) this.lineNonAscii = true;
      i++;
    }
    this.pos = i;
    if (!this.typeComments) return null;
    return this.typeComment(start, i);
  }

  /**
   * A comment text[start, end) is a type comment when it matches "# type: ",
   * each space of the pattern standing for any run of spaces and tabs (so
   * "#type:int" counts). "type: ignore" followed by nothing or by an ASCII
   * non-alphanumeric character is a TYPE_IGNORE whose text is the rest.
   */
  private typeComment(start: number, end: number): Token | null {
    const text = this.text;
    // tokenizer.c matches while p < cur, and cur is past the '\n' when there is one.
    const limit = end < this.len ? end + 1 : end;
    let p = start;
    for (let k = 0; k < TYPE_COMMENT_PREFIX.length; k++) {
      if (p >= limit) return null;
      const want = TYPE_COMMENT_PREFIX.charCodeAt(k);
      if (want === 32) {
        while (p < this.len && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
      } else if (text.charCodeAt(p) === want) p++;
      else return null;
    }
    const ignoreEnd = p + 6;
    const isIgnore =
      end >= ignoreEnd &&
      text.startsWith('ignore', p) &&
      !(end > ignoreEnd && !isIgnoreTagStart(text.charCodeAt(ignoreEnd)));
    if (!isIgnore) return this.commentToken(Tok.TYPE_COMMENT, p, end);
    const tok = this.commentToken(Tok.TYPE_IGNORE, ignoreEnd, end);
    if (this.blankline && end < this.len) {
      // A type: ignore alone on its line takes the newline with it.
      this.pos = end + 1;
      this.atBol = true;
      this.pendingLine = true;
    }
    return tok;
  }

  private commentToken(type: number, from: number, to: number): Token {
    const save = this.pos;
    this.pos = to;
    const tok = this.token(type, from);
    this.pos = save;
    return tok;
  }

  // -------------------------------------------------------------------------
  // Names and strings.

  /** A name, or a string with a prefix (b, r, u, f and their combinations). */
  private nameOrString(first: number, start: number): Token {
    const text = this.text;
    let c = first;
    if (isPrefixLetter(c)) {
      let sawB = false;
      let sawR = false;
      let sawU = false;
      let sawF = false;
      for (;;) {
        const lower = c | 32;
        if (lower === 98 && !(sawB || sawU || sawF)) sawB = true;
        else if (lower === 117 && !(sawB || sawU || sawR || sawF)) sawU = true;
        else if (lower === 114 && !(sawR || sawU)) sawR = true;
        else if (lower === 102 && !(sawF || sawB || sawU)) sawF = true;
        else break;
        c = this.pos < this.len ? text.charCodeAt(this.pos++) : -1;
        if (c === 34 || c === 39) return this.string(c, start);
      }
      if (c < 0) return this.token(Tok.NAME, start); // EOF right after the prefix letters
      this.pos--;
    }
    let nonAscii = first >= 128;
    let i = this.pos;
    while (i < this.len) {
      const ch = text.charCodeAt(i);
      if (!isIdentChar(ch)) break;
      if (ch >= 128) nonAscii = true;
      i++;
    }
    this.pos = i;
    if (nonAscii) {
      this.lineNonAscii = true;
      this.verifyIdentifier(start);
    }
    return this.token(Tok.NAME, start);
  }

  /** PEP 3131 check of a name with non-ASCII characters (verify_identifier). */
  private verifyIdentifier(start: number): void {
    const name = this.text.slice(start, this.pos);
    if (hasEscapedByte(name)) throw this.decodeError(name);
    const bad = scanIdentifier(name);
    if (bad < 0) return;
    const cp = name.codePointAt(bad)!;
    this.pos = start + bad + (cp > 0xffff ? 2 : 1);
    const ch = String.fromCodePoint(cp);
    throw this.syntaxError(isPrintable(cp) ? MSG.invalidCharacter(ch, hex4(cp)) : MSG.nonPrintable(hex4(cp)));
  }

  /** A string literal whose opening quote `quote` was just read; `start` is where its prefix begins. */
  private string(quote: number, start: number): Token {
    const text = this.text;
    const firstLine = this.lineno;
    const firstLineStart = this.lineStart;
    const col = this.lineNonAscii ? utf8Length(text, firstLineStart, start) : start - firstLineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (this.pos < this.len && text.charCodeAt(this.pos) === quote) {
      if (this.pos + 1 < this.len && text.charCodeAt(this.pos + 1) === quote) {
        quoteSize = 3;
        this.pos += 2;
      } else {
        endQuoteSize = 1; // the empty string
        this.pos++;
      }
    }
    let pos = this.pos;
    while (endQuoteSize !== quoteSize) {
      const c = pos < this.len ? text.charCodeAt(pos++) : -1;
      if (c === quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === 10) {
        if (quoteSize === 1) return this.unterminated(quoteSize, start, firstLine, firstLineStart, pos);
        this.stringNewline(pos);
      } else if (c === 92) {
        // The escaped character is skipped, even a newline or a quote.
        const e = pos < this.len ? text.charCodeAt(pos++) : -1;
        if (e === 10) this.stringNewline(pos);
        else if (e >= 128) this.nonAsciiInString(e);
      } else if (c < 0) {
        return this.unterminated(quoteSize, start, firstLine, firstLineStart, pos);
      } else if (c >= 128) this.nonAsciiInString(c);
    }
    this.pos = pos;
    const endCol = this.lineNonAscii ? utf8Length(text, this.lineStart, pos) : pos - this.lineStart;
    const shift = this.lineno === this.startLine ? this.startColOffset : 0;
    return new LexToken(Tok.STRING, text.slice(start, pos), firstLine, col + shift, this.lineno, endCol + shift, start, pos);
  }

  private nonAsciiInString(c: number): void {
    this.lineNonAscii = true;
    if (isEscapedByte(c)) this.undecodableInString = true;
  }

  /** A newline inside a string: the next line becomes current once a character follows. */
  private stringNewline(pos: number): void {
    if (pos < this.len) {
      this.lineno++;
      this.lineStart = pos;
      this.lineNonAscii = false;
    }
  }

  /** "unterminated ... string literal": reported at the string's start, naming the line where it was noticed. */
  private unterminated(quoteSize: number, start: number, firstLine: number, firstLineStart: number, pos: number): never {
    const detectedAt = this.lineno;
    this.pos = pos;
    this.lineno = firstLine;
    this.lineStart = firstLineStart;
    const msg = quoteSize === 3 ? MSG.unterminatedTriple(detectedAt) : MSG.unterminatedString(detectedAt);
    throw this.syntaxErrorAt(msg, start + 1);
  }

  // -------------------------------------------------------------------------
  // Operators and brackets.

  /** Operators by maximal munch (PyToken_TwoChars/ThreeChars/OneChar), tracking brackets. */
  private operator(c: number, start: number): Token {
    const text = this.text;
    const c2 = this.pos < this.len ? text.charCodeAt(this.pos) : -1;
    if (c2 >= 0 && c2 < 128) {
      const two = TWO_CHARS[c * 128 + c2];
      if (two !== 0) {
        this.pos++;
        const c3 = this.pos < this.len ? text.charCodeAt(this.pos) : -1;
        const three = c3 >= 0 && c3 < 128 ? THREE_CHARS.get((c * 128 + c2) * 128 + c3) : undefined;
        if (three !== undefined) this.pos++;
        return this.token(three ?? two, start);
      }
    }
    if (c === 40 || c === 91 || c === 123) this.openBracket(c, start);
    else if (c === 41 || c === 93 || c === 125) this.closeBracket(c);
    if (!isPrintable(c)) throw this.syntaxError(MSG.nonPrintable(hex4(c)));
    return this.token(ONE_CHAR[c], start);
  }

  private openBracket(c: number, start: number): void {
    if (this.level >= MAXLEVEL) throw this.syntaxError(MSG.tooManyParens);
    const col = this.lineNonAscii ? utf8Length(this.text, this.lineStart, start) : start - this.lineStart;
    this.parenChars[this.level] = String.fromCharCode(c);
    this.parenLines[this.level] = this.lineno;
    this.parenCols[this.level] = col;
    this.level++;
  }

  private closeBracket(c: number): void {
    const close = String.fromCharCode(c);
    if (this.level === 0) throw this.syntaxError(MSG.unmatched(close));
    this.level--;
    const open = this.parenChars[this.level];
    if (BRACKET_OPEN[close] === open) return;
    const line = this.parenLines[this.level];
    throw this.syntaxError(line !== this.lineno ? MSG.mismatchOnLine(close, open, line) : MSG.mismatch(close, open));
  }

  // -------------------------------------------------------------------------
  // Errors and warnings.

  /**
   * An error the tokenizer raises itself (tokenizer.c's `syntaxerror`): at the
   * character before `pos`, on the current line, whose text (without its
   * newline) goes into the error.
   */
  syntaxError(msg: string): PySyntaxError {
    return this.syntaxErrorAt(msg, this.pos);
  }

  /** As syntaxError, with the cursor at `cur` (the offset counts the characters before it). */
  private syntaxErrorAt(msg: string, cur: number): PySyntaxError {
    this.done = 'error';
    const offset = codePointLength(this.text, this.lineStart, cur);
    const text = shownText(this.text.slice(this.lineStart, lineEnd(this.text, this.lineStart)));
    return new PySyntaxError('SyntaxError', msg, this.lineno, offset, text, this.lineno, offset);
  }

  /** syntaxerror_known_range: offsets given as UTF-8 byte columns and used as they are (a CPython quirk). */
  rangeError(msg: string, startByteOffset: number, endByteOffset: number): PySyntaxError {
    this.done = 'error';
    const text = shownText(this.text.slice(this.lineStart, lineEnd(this.text, this.lineStart)));
    return new PySyntaxError('SyntaxError', msg, this.lineno, startByteOffset, text, this.lineno, endByteOffset);
  }

  /** Byte column of index `i` on the current line. */
  byteCol(i: number): number {
    return this.lineNonAscii ? utf8Length(this.text, this.lineStart, i) : i - this.lineStart;
  }

  /** Records the SyntaxWarning tokenizer.c issues for a number glued to a keyword (`1if x else y`). */
  warn(message: string): void {
    this.warnings.push({ category: 'SyntaxWarning', message, lineno: this.lineno });
  }

  /**
   * An error pegen raises from a tokenizer state (`_Pypegen_tokenizer_error`):
   * the position depends on the state, the text is the current line.
   */
  private stateError(state: LexerDone): PySyntaxError {
    this.done = state;
    const lineEndIdx = lineEnd(this.text, this.lineStart);
    const fullLine = Math.min(lineEndIdx + 1, this.len);
    let kind: SyntaxErrorKind = 'SyntaxError';
    let msg: string;
    let offset = 1;
    let endOffset = 0;
    if (state === 'linecont') {
      msg = MSG.lineCont;
      offset = this.pegenOffset(this.byteCol(this.pos), this.lineno);
    } else if (state === 'dedent') {
      // Reported at the cursor, which tokenizer.c moved to the end of the line.
      kind = 'IndentationError';
      msg = MSG.dedent;
      this.pos = fullLine;
      offset = this.pegenOffset(utf8Length(this.text, this.lineStart, fullLine), this.lineno);
      endOffset = -1;
    } else if (state === 'tabspace') {
      kind = 'TabError';
      msg = MSG.tabSpace;
    } else {
      kind = 'IndentationError';
      msg = MSG.tooDeep;
    }
    return new PySyntaxError(kind, msg, this.lineno, offset, this.errorLineText(this.lineno), this.lineno, endOffset);
  }

  /** "unexpected EOF while parsing" after a backslash at the end of the input. */
  private eofError(): PySyntaxError {
    const offset = this.pegenOffset(utf8Length(this.text, this.lineStart, this.len), this.lineno);
    return new PySyntaxError('SyntaxError', MSG.unexpectedEof, this.lineno, offset, this.errorLineText(this.lineno), this.lineno, -1);
  }

  /**
   * A name holding bytes that are not UTF-8 (escaped by decodeSource): pegen's
   * "(unicode error) ..." for the failed decode of the name. pegen places it at
   * the failed token, which has no start: its column is -1, plus the start
   * column on the first line of an f-string field. A column of -1 makes pegen
   * use the cursor (and no end); another one is used +1 for both ends. In an
   * f-string field pegen then subtracts the start column from both, which can
   * leave them negative.
   */
  private decodeError(name: string): PySyntaxError {
    this.done = 'error';
    let reason = 'invalid start byte';
    try {
      decodeUtf8(encodeUtf8Escaped(name));
    } catch (e) {
      if (!(e instanceof PyUnicodeDecodeError)) throw e;
      reason = e.message;
    }
    const tokenCol = (this.lineno === this.startLine ? this.startColOffset : 0) - 1;
    let col = tokenCol === -1 ? this.byteCol(this.pos) : tokenCol + 1;
    let endCol = tokenCol === -1 ? -1 : tokenCol + 1;
    let msg = `(unicode error) ${reason}`;
    if (this.fstring) {
      msg = 'f-string: ' + msg;
      col -= this.startColOffset;
      endCol -= this.startColOffset;
    }
    const text = this.errorLineText(this.lineno);
    const offset = this.byteOffsets || text === null ? col : byteOffsetToCharOffset(text, col);
    const endOffset = this.byteOffsets || text === null || endCol <= 0 ? endCol : byteOffsetToCharOffset(text, endCol);
    return new PySyntaxError('SyntaxError', msg, this.lineno, offset, text, this.lineno, endOffset);
  }

  /** "'(' was never closed", at the innermost open bracket. */
  unclosedError(): PySyntaxError {
    const i = this.level - 1;
    const line = this.parenLines[i];
    const text = this.errorLineText(line);
    // pegen adds 1 to the byte column, then counts the characters in that many bytes.
    const offset = this.pegenOffset(this.parenCols[i] + 1, line);
    return new PySyntaxError('SyntaxError', MSG.neverClosed(this.parenChars[i]), line, offset, text, line, 0);
  }

  /**
   * An offset pegen computes as a byte column of line `lineno`: kept in bytes,
   * or (when the encoding is known) the number of characters those bytes of
   * the error's text decode to. That text shows undecodable bytes as U+FFFD, 3
   * bytes each in the conversion, where the column counted them as 1, as in CPython.
   */
  private pegenOffset(byteCol: number, lineno: number): number {
    if (this.byteOffsets) return byteCol;
    const text = this.errorLineText(lineno);
    return text === null ? byteCol : byteOffsetToCharOffset(text, byteCol);
  }

  /**
   * The text pegen puts into a SyntaxError for line `lineno`: the tokenizer's
   * buffer (the current line with its newline, preceded by the earlier lines of
   * a token that ran into it) when `lineno` is that line or later, else
   * the line from the source without its newline (pegen reads it from the
   * string buffer). Null when the line does not exist.
   */
  errorLineText(lineno: number): string | null {
    if (lineno >= this.lineno) {
      return shownText(this.text.slice(this.bufStart, Math.min(lineEnd(this.text, this.lineStart) + 1, this.len)));
    }
    const start = lineStartIndex(this.text, lineno - this.startLine + 1);
    if (start < 0) return null;
    return shownText(this.text.slice(start, lineEnd(this.text, start)));
  }

  /**
   * Queues a DEDENT for every open indentation level (added by H4 for the
   * parser's single-input mode: pegen turns the first ENDMARKER into a NEWLINE
   * and sets `tok->pendin = -tok->indent; tok->indent = 0`).
   */
  closeIndents(): void {
    this.pendin = -this.indent;
    this.indent = 0;
  }

  /** The byte column of the cursor on the current line (pegen's `tok->cur - tok->line_start`). */
  cursorCol(): number {
    return this.byteCol(this.pos);
  }

  /**
   * pegen's `_PyPegen_tokenize_full_source_to_check_for_errors`: after a
   * generic syntax error at line `errorLine`, tokenizes the rest of the input.
   * Returns the error that should replace the parser's: an error the
   * tokenizer raised itself, or "'(' was never closed" for a bracket opened
   * before `errorLine`; null when the parser's error stands.
   */
  checkRestForErrors(errorLine: number): PySyntaxError | null {
    if (this.done !== 'ok') return null;
    try {
      while (this.next().type !== Tok.ENDMARKER);
      return null;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      if ((this.done as LexerDone) === 'error') return e; // next() changed it
      if (this.level > 0 && errorLine > this.parenLines[this.level - 1]) return this.unclosedError();
      return null;
    }
  }
}

const TYPE_COMMENT_PREFIX = '# type: ';

/** Does `s` hold a byte that decodeSource could not decode (U+DC80..U+DCFF)? */
function hasEscapedByte(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isEscapedByte(s.charCodeAt(i))) return true;
  return false;
}

const REPLACING_UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A line as an error shows it: CPython decodes its bytes with "replace", which
 * turns each maximal invalid sequence (one byte, or a truncated character of
 * several) into one U+FFFD, as TextDecoder does.
 */
function shownText(line: string): string {
  return hasEscapedByte(line) ? REPLACING_UTF8.decode(encodeUtf8Escaped(line)) : line;
}

/** b, r, u, f in either case: letters that may start a string prefix. */
function isPrefixLetter(c: number): boolean {
  const lower = c | 32;
  return lower === 98 || lower === 114 || lower === 117 || lower === 102;
}

/** After "type: ignore", a tag may start with anything ASCII that is not a letter or digit. */
function isIgnoreTagStart(c: number): boolean {
  if (c >= 128) return false;
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/**
 * compile()'s view of a str source (tokenizer.c's translate_newlines): universal
 * newlines and in exec mode a final '\n' when missing. A source ending
 * in "\r\n" gets one more '\n' (its loop stops before noting the last newline),
 * which shows in "detected at line N" and in error texts.
 */
function normalizeSource(text: string, execInput: boolean): string {
  const endsCrLf = text.endsWith('\r\n');
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  if (execInput && (endsCrLf || text.charCodeAt(text.length - 1) !== 10)) text += '\n';
  return text;
}
