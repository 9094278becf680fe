// The parser's state: a token buffer over the lexer, backtracking, and errors.
//
// Every parse function (expressions.ts, targets.ts, statements.ts, parameters.ts,
// patterns.ts) takes a `Parser` and works on it. The conventions, shared by all:
//
// - Tokens are fetched from the lexer on demand into `tokens`; `pos` is the index
//   of the next token. `mark()`/`reset(m)` backtrack. Only `strings` is memoized.
// - Keywords and soft keywords arrive as NAME tokens; compare `tok.string`
//   (`p.atKeyword('if')`, `isWord(tok, 'if')`). `p.atName()`/`p.expectName()`
//   take a NAME that is not a hard keyword (soft keywords are names).
// - Failure: a parse function that finds the input does not match throws the
//   `FAIL` sentinel via `p.fail()` (a shared object, so throwing is cheap).
//   `p.attempt(fn)` tries an alternative and resets `pos` when it fails. Targeted
//   errors (CPython's `invalid_*` rules, tokenizer errors) are PySyntaxErrors and
//   are never caught by `attempt`.
// - Like CPython's pegen, a failed parse is retried with `callInvalidRules` set;
//   functions that implement an `invalid_*` rule run only then. If the second pass
//   raises nothing specific, the error is "invalid syntax" at the last token the
//   FIRST pass fetched (CPython's `p->tokens[p->fill-1]`), see errors/error-pass.ts.
//   So how far a rule looks ahead matters: never fetch past a token pegen would
//   have rejected (e.g. check that a NAME is not a keyword before peeking past it).
// - Positions: tokens and nodes share the fields lineno/col_offset/end_lineno/
//   end_col_offset, so a node spans "from start `Span` to the last token
//   consumed" (`p.lastTok()`, which skips NEWLINE/INDENT/DEDENT like pegen's
//   EXTRA does).
// - `ctx` for the string builder (H6) is the Parser itself.

import { Lexer, type LexerWarning, type Token } from '../tokenizer/lexer.js';
import { KEYWORDS, Tok } from '../tokenizer/tokens.js';
import type { Expr } from '../ast/nodes.js';
import type { PySyntaxError, SyntaxErrorKind } from '../errors/syntax-error.js';
import { errorAtToken, syntaxErrorAt } from './errors/raise.js';
import { normalizeIdentifier } from '../kernels/unicode-ident.js';
import { MAX_LEVEL, ParserMemoryError } from './nesting.js';

/** Anything with a position: a token or a node. */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** The sentinel thrown when an alternative does not match. */
export class ParseFailure {
  readonly failure = true;
}
export const FAIL: ParseFailure = new ParseFailure();

export interface ParserOptions {
  filename?: string;
  typeComments?: boolean;
  /** First line number of `text` (f-string sub-parsers). */
  startLine?: number;
  /** Byte column added to tokens on the first line (f-string sub-parsers). */
  startColOffset?: number;
  /** Add a missing final newline, as CPython does for exec-mode input (default true). */
  execInput?: boolean;
  /** Parse as 'single' (interactive) input: the end of input also ends the last statement. */
  singleInput?: boolean;
  /**
   * Where tokenizer warnings go, in the order CPython would print them. A root
   * parser uses its own lexer's list; an f-string sub-parser is given its
   * parent's and adds its lexer's warnings to it when it is done.
   */
  warningSink?: LexerWarning[];
  /** This parser reads an f-string replacement field: its error messages get the "f-string: " prefix. */
  fstring?: boolean;
  /**
   * Error offsets stay UTF-8 byte offsets, as pegen leaves them when its
   * tokenizer has no declared encoding: bytes without BOM or cookie, and the
   * f-string sub-parser (H8, see errors/raise.ts).
   */
  byteOffsets?: boolean;
}

export class Parser {
  readonly tokens: Token[] = [];
  /** Index into `tokens` of the next token to consume. */
  pos = 0;
  /** True on the second pass, when the `invalid_*` rules may raise their targeted errors. */
  callInvalidRules = false;
  /** The `strings` rule's memo: token index → node and end index, per pass (see expressions.ts). */
  readonly stringsMemo = new Map<number, { node: Expr; end: number; secondPass: boolean }>();
  /** The `# type: ignore` comments seen so far: line and tag (the text after 'ignore'). */
  readonly typeIgnores: { lineno: number; tag: string }[] = [];
  readonly lexer: Lexer;
  readonly filename: string;
  readonly typeComments: boolean;
  readonly fstring: boolean;
  /** Tokenizer warnings (SyntaxWarning "invalid decimal literal" ...) of this parse, in order. */
  readonly warningSink: LexerWarning[];
  /** See ParserOptions.byteOffsets. */
  readonly byteOffsets: boolean;
  /**
   * pegen's rule depth at the innermost atom the parse is heading for (see
   * nesting.ts); `attempt` restores it with the position.
   */
  level = 0;
  /** Token index of the primary that starts a statement or an assigned value, and the frames it saves there. */
  discountPos = -1;
  discount = 0;
  /** 'single' mode (pegen's Py_single_input): see fetch(). */
  private readonly singleInput: boolean;
  private parsingStarted = false;

  constructor(
    readonly text: string,
    options: ParserOptions = {},
  ) {
    this.filename = options.filename ?? '<unknown>';
    this.typeComments = options.typeComments ?? false;
    this.fstring = options.fstring ?? false;
    this.byteOffsets = options.byteOffsets ?? this.fstring;
    this.singleInput = options.singleInput ?? false;
    this.lexer = new Lexer(text, {
      typeComments: this.typeComments,
      startLine: options.startLine,
      startColOffset: options.startColOffset,
      execInput: options.execInput,
      byteOffsets: this.byteOffsets,
      fstring: this.fstring,
    });
    this.warningSink = options.warningSink ?? this.lexer.warnings;
  }

  /**
   * For the string builder: records its DeprecationWarning ("invalid escape
   * sequence"). string_parser.c stays silent on the second pass, which builds
   * the same strings again.
   */
  warn(category: 'DeprecationWarning', message: string, lineno: number): void {
    if (!this.callInvalidRules) this.warningSink.push({ category, message, lineno });
  }

  /** For the string builder: a string token holds bytes that are not UTF-8 (see strings.ts checkUtf8). */
  get undecodableBytes(): boolean {
    return this.lexer.undecodableInString;
  }

  // -------------------------------------------------------------------------
  // The token buffer.

  /**
   * Fetches one more token from the lexer into the buffer. `# type: ignore`
   * comments (TYPE_IGNORE tokens) never reach the grammar: like pegen's
   * fill_token, they are recorded for Module.type_ignores and skipped.
   */
  private fetch(): Token {
    let tok = this.lexer.next();
    while (tok.type === Tok.TYPE_IGNORE) {
      this.typeIgnores.push({ lineno: tok.lineno, tag: tok.string });
      tok = this.lexer.next();
    }
    if (this.singleInput && tok.type === Tok.ENDMARKER && this.parsingStarted) {
      // Single-input mode ends the last statement for it: the first ENDMARKER
      // after some input becomes a NEWLINE and open blocks get their DEDENTs.
      tok.type = Tok.NEWLINE;
      this.parsingStarted = false;
      this.lexer.closeIndents();
    } else {
      this.parsingStarted = true;
    }
    this.tokens.push(tok);
    return tok;
  }

  /** The next token, without consuming it. */
  peek(): Token {
    return this.pos < this.tokens.length ? this.tokens[this.pos] : this.fetch();
  }

  /** The token `k` places ahead of the next one (peekAt(0) === peek()). */
  peekAt(k: number): Token {
    const i = this.pos + k;
    while (i >= this.tokens.length) this.fetch();
    return this.tokens[i];
  }

  /** Consumes and returns the next token. */
  advance(): Token {
    const tok = this.pos < this.tokens.length ? this.tokens[this.pos] : this.fetch();
    this.pos++;
    return tok;
  }

  mark(): number {
    return this.pos;
  }

  reset(m: number): void {
    this.pos = m;
  }

  /** The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER (where a node ends). */
  lastTok(): Token {
    let i = this.pos - 1;
    while (i > 0) {
      const t = this.tokens[i].type;
      if (t !== Tok.ENDMARKER && (t < Tok.NEWLINE || t > Tok.DEDENT)) break;
      i--;
    }
    return this.tokens[i];
  }

  /** The last token fetched from the lexer (where a generic "invalid syntax" points). */
  furthestTok(): Token {
    return this.tokens[this.tokens.length - 1];
  }

  // -------------------------------------------------------------------------
  // Matching.

  /** True when the next token has this type. */
  at(type: number): boolean {
    return this.peek().type === type;
  }

  /** Consumes the next token when it has this type; returns it, or null. */
  accept(type: number): Token | null {
    const tok = this.peek();
    if (tok.type !== type) return null;
    this.pos++;
    return tok;
  }

  /** Consumes a token of this type or fails. */
  expect(type: number): Token {
    const tok = this.peek();
    if (tok.type !== type) this.fail();
    this.pos++;
    return tok;
  }

  /** True when the next token is the (hard or soft) keyword `word`. */
  atKeyword(word: string): boolean {
    const tok = this.peek();
    return tok.type === Tok.NAME && tok.string === word;
  }

  /** Consumes the keyword `word` when it is next; returns the token or null. */
  acceptKeyword(word: string): Token | null {
    const tok = this.peek();
    if (tok.type !== Tok.NAME || tok.string !== word) return null;
    this.pos++;
    return tok;
  }

  /** Consumes the keyword `word` or fails. */
  expectKeyword(word: string): Token {
    const tok = this.peek();
    if (tok.type !== Tok.NAME || tok.string !== word) this.fail();
    this.pos++;
    return tok;
  }

  /** True when the next token is a NAME that is not a hard keyword (soft keywords are names). */
  atName(): boolean {
    const tok = this.peek();
    return tok.type === Tok.NAME && !KEYWORDS.has(tok.string);
  }

  /** Consumes a NAME that is not a hard keyword, or fails. */
  expectName(): Token {
    const tok = this.peek();
    if (tok.type !== Tok.NAME || KEYWORDS.has(tok.string)) this.fail();
    this.pos++;
    return tok;
  }

  /** Tries `fn`; on FAIL restores the position and returns null. Other errors propagate. */
  attempt<T>(fn: (p: Parser) => T): T | null {
    const m = this.pos;
    const level = this.level;
    try {
      return fn(this);
    } catch (e) {
      if (e !== FAIL) throw e;
      this.pos = m;
      this.level = level;
      return null;
    }
  }

  /** Goes `frames` pegen levels deeper (undone by the caller, or by `attempt` on failure). */
  nest(frames: number): void {
    if ((this.level += frames) > MAX_LEVEL) throw new ParserMemoryError();
  }

  /** Abandons the current alternative. */
  fail(): never {
    throw FAIL;
  }

  // -------------------------------------------------------------------------
  // Identifiers and positions.

  /** The identifier a NAME token denotes: NFKC-normalized when non-ASCII, as CPython does. */
  identifier(tok: Token): string {
    return normalizeIdentifier(tok.string);
  }

  // -------------------------------------------------------------------------
  // Errors.

  /**
   * Builds a PySyntaxError spanning `start`..`end` (tokens or nodes) the way
   * pegen's RAISE_ERROR_KNOWN_LOCATION places it: byte columns + 1, converted to
   * character offsets against the lexer's text of the first line.
   */
  errorAt(msg: string, start: Span, end: Span | null = null, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    // (H8) syntaxErrorAt adds the 'f-string: ' prefix and column shift of f-string sub-parsers.
    const e = end ?? start;
    return syntaxErrorAt(this, kind, msg, start.lineno, start.col_offset + 1, e.end_lineno, e.end_col_offset + 1);
  }

  /** Throws at the last token fetched, as RAISE_SYNTAX_ERROR (no known location) does. */
  raiseAtLastToken(msg: string): never {
    throw errorAtToken(this, this.furthestTok(), msg);
  }

  /** Throws a targeted SyntaxError spanning `start`..`end`. */
  raiseAt(msg: string, start: Span, end: Span | null = null, kind: SyntaxErrorKind = 'SyntaxError'): never {
    throw this.errorAt(msg, start, end, kind);
  }
}
