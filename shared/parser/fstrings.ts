// f-strings as CPython 3.11 parses them: inside one STRING token, after the fact.
//
// In 3.11 the tokenizer hands over an f-string as a single STRING token; the
// replacement fields are found by scanning its text (Parser/string_parser.c is
// the model), and each expression is parsed by a sub-parser over the text
// "(" + expression + ")" whose tokens are shifted to where the expression sits
// in the file (see `expressionStart`). The results go into a JoinedParts,
// which folds adjacent literal text into single Constants the way CPython's
// FstringParser does, so 'a' f'b{x}c' 'd' becomes JoinedStr['ab', x, 'cd'].
//
// Positions, reproduced from CPython 3.11 including its quirks: every Constant
// and FormattedValue spans the whole run of string tokens, except a format
// spec's JoinedStr and its last Constant, which span only the token holding
// them. Errors found while scanning point at the last token the parser fetched.

import type { Token } from '../tokenizer/lexer.js';
import type { Expr, NodeOf } from '../ast/nodes.js';
import {
  StrBuffer, checkUtf8, constantNode, decodeStrEscapes, raiseAtFurthest, type LiteralShape, type Span, type StringContext, type StrValue,
} from './strings.js';
import { parseFStringExpression } from './index.js';

/** Nesting limit of brackets inside one replacement field (CPython's MAXLEVEL). */
const MAX_BRACKET_DEPTH = 200;
/** Replacement fields may nest once, inside a format spec. */
const MAX_FIELD_NESTING = 2;

const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const NEWLINE = 0x0a;
const QUOTE = 0x27;
const DQUOTE = 0x22;

/** Conversion characters allowed after '!' -> the number FormattedValue stores. */
const CONVERSIONS: ReadonlyMap<number, number> = new Map([[0x73, 0x73], [0x72, 0x72], [0x61, 0x61]]);

/** Closing bracket -> its opening bracket. */
const OPENING: ReadonlyMap<number, number> = new Map([[0x29, 0x28], [0x5d, 0x5b], [0x7d, 0x7b]]);

/** Whitespace for Python's isspace() on ASCII (after '=' in a self-documenting field). */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Whitespace that the expression tokenizer ignores (the empty-expression test). */
function isExprSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c;
}

/** UTF-8 length of text[start, end). */
function utf8Length(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if ((c & 0xfc00) === 0xd800) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/**
 * The pieces of a JoinedStr being built: pending literal text plus the nodes
 * so far. `first`/`last` give the position (and the 'u' kind) of Constants
 * flushed before an expression.
 */
export class JoinedParts {
  private readonly text = new StrBuffer();
  private readonly values: Expr[] = [];
  /** Set once any f-string joins: the result is then a JoinedStr even without fields. */
  fmode = false;

  constructor(private readonly first: Token, private readonly last: Span) {}

  addText(s: StrValue): void {
    this.text.add(s);
  }

  addExpression(node: Expr): void {
    if (!this.text.isEmpty) this.values.push(constantNode(this.text.take(), kindOf(this.first), this.first, this.last));
    this.values.push(node);
  }

  /** The Constant or JoinedStr, spanning first..last (which also decide the last Constant's kind). */
  finish(first: Token, last: Span): Expr {
    if (!this.fmode) return constantNode(this.text.take(), kindOf(first), first, last);
    if (!this.text.isEmpty) this.values.push(constantNode(this.text.take(), kindOf(first), first, last));
    return {
      _type: 'JoinedStr', values: this.values,
      lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
    };
  }
}

/** CPython marks a str Constant kind='u' when the first token starts with a lower-case u. */
export function kindOf(tok: Token): string | null {
  return tok.string.charCodeAt(0) === 0x75 ? 'u' : null;
}

/** Scans the body of one f-string token (`tok`), adding its pieces to a JoinedParts. */
export class FStringParser {
  private readonly text: string;
  private readonly end: number;
  private readonly raw: boolean;
  /** Index in `text` of the next character to scan. */
  private pos: number;

  constructor(
    private readonly ctx: StringContext,
    private readonly tok: Token,
    shape: LiteralShape,
    private readonly first: Token,
    private readonly last: Token,
  ) {
    this.text = tok.string;
    this.pos = shape.bodyStart;
    this.end = shape.bodyEnd;
    this.raw = shape.raw;
  }

  /** f-string body: (literal | '{' field '}')*  — at the top level of the token. */
  parseInto(parts: JoinedParts): void {
    this.concat(parts, 0);
  }

  private fail(msg: string): never {
    return raiseAtFurthest(this.ctx, msg);
  }

  /** Adds literals and fields up to the end of the body (level 0) or of a format spec. */
  private concat(parts: JoinedParts, level: number): void {
    parts.fmode = true;
    for (;;) {
      const doubled = this.literal(parts, level);
      if (doubled) continue;
      if (this.pos >= this.end || this.text.charCodeAt(this.pos) === RBRACE) break;
      const field = this.field(level);
      if (field.text !== null) parts.addText(field.text);
      parts.addExpression(field.node);
    }
    if (level === 0 && this.pos < this.end - 1) this.fail('f-string: unexpected end of string');
    if (level !== 0 && (this.pos >= this.end || this.text.charCodeAt(this.pos) !== RBRACE)) {
      this.fail("f-string: expecting '}'");
    }
  }

  /**
   * Literal text up to an undoubled '{' (or, in a format spec, a '}'); adds it
   * decoded. Returns true when it stopped after a doubled brace, which stays
   * in the text as one brace.
   */
  private literal(parts: JoinedParts, level: number): boolean {
    const { text, end } = this;
    const start = this.pos;
    let s = start;
    let doubled = false;
    while (s < end) {
      let ch = text.charCodeAt(s++);
      if (!this.raw && ch === BACKSLASH && s < end) {
        ch = text.charCodeAt(s++);
        // A backslash cannot escape a field's brace: CPython warns, then reads the field.
        if (ch === LBRACE) this.ctx.warn?.('DeprecationWarning', "invalid escape sequence '\\{'", this.tok.lineno);
        if (ch === 0x4e) { // \N{...}: its braces are not fields
          if (s < end && text.charCodeAt(s++) === LBRACE) {
            while (s < end && text.charCodeAt(s++) !== RBRACE) { /* skip the name */ }
            continue;
          }
          break; // malformed; decoding reports it
        }
      }
      if (ch !== LBRACE && ch !== RBRACE) continue;
      if (level === 0) {
        if (s < end && text.charCodeAt(s) === ch) { doubled = true; break; }
        if (ch === RBRACE) { this.pos = s - 1; this.fail("f-string: single '}' is not allowed"); }
      }
      s--;
      break;
    }
    this.pos = doubled ? s + 1 : s;
    if (s > start && this.ctx.undecodableBytes === true) checkUtf8(this.ctx, text, start, s, this.raw);
    if (s > start) parts.addText(this.raw ? text.slice(start, s) : decodeStrEscapes(this.ctx, text, start, s, this.tok.lineno));
    return doubled;
  }

  /**
   * field: '{' expression ['='] ['!' conversion] [':' format_spec] '}'
   * Returns the FormattedValue and, for a self-documenting field, its text.
   */
  private field(level: number): { node: Expr; text: string | null } {
    if (level >= MAX_FIELD_NESTING) this.fail('f-string: expressions nested too deeply');
    const brace = this.pos++;
    const exprStart = this.pos;
    this.skipExpression();
    const value = this.compile(brace, exprStart, this.pos);
    const { text, end } = this;
    let selfDoc: string | null = null;
    if (text.charCodeAt(this.pos) === 0x3d) { // '='
      this.pos++;
      while (isAsciiSpace(text.charCodeAt(this.pos))) this.pos++;
      selfDoc = text.slice(exprStart, this.pos);
    }
    let conversion = -1;
    if (text.charCodeAt(this.pos) === 0x21) { // '!'
      if (++this.pos >= end) this.fail("f-string: expecting '}'");
      conversion = CONVERSIONS.get(text.charCodeAt(this.pos++)) ?? this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (this.pos >= end) this.fail("f-string: expecting '}'");
    let spec: Expr | null = null;
    if (text.charCodeAt(this.pos) === 0x3a) { // ':'
      if (++this.pos >= end) this.fail("f-string: expecting '}'");
      spec = this.formatSpec(level + 1);
    }
    if (this.pos >= end || text.charCodeAt(this.pos) !== RBRACE) this.fail("f-string: expecting '}'");
    this.pos++;
    if (selfDoc !== null && spec === null && conversion === -1) conversion = 0x72; // '=' defaults to !r
    return { node: this.formattedValue(value, conversion, spec), text: selfDoc };
  }

  /** format_spec: the same syntax as the body, ended by '}'; a JoinedStr spanning this token. */
  private formatSpec(level: number): Expr {
    const parts = new JoinedParts(this.first, this.last);
    this.concat(parts, level);
    return parts.finish(this.tok, this.tok);
  }

  private formattedValue(value: Expr, conversion: number, spec: Expr | null): NodeOf<'expr', 'FormattedValue'> {
    const { first, last } = this;
    return {
      _type: 'FormattedValue', value, conversion, format_spec: spec,
      lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset,
    };
  }

  /**
   * Moves `pos` to the '=', '!', ':' or '}' that ends the expression, tracking
   * quotes and brackets only well enough to find that end; the sub-parser
   * reports everything else.
   */
  private skipExpression(): void {
    const { text, end } = this;
    const stack: number[] = [];
    let quote = 0;
    let tripleQuote = false;
    for (; this.pos < end; this.pos++) {
      const ch = text.charCodeAt(this.pos);
      if (ch === BACKSLASH) this.fail('f-string expression part cannot include a backslash');
      if (quote !== 0) {
        if (ch !== quote) continue;
        if (!tripleQuote) quote = 0;
        else if (this.pos + 2 < end && text.charCodeAt(this.pos + 1) === ch && text.charCodeAt(this.pos + 2) === ch) {
          this.pos += 2;
          quote = 0;
        }
      } else if (ch === QUOTE || ch === DQUOTE) {
        tripleQuote = this.pos + 2 < end && text.charCodeAt(this.pos + 1) === ch && text.charCodeAt(this.pos + 2) === ch;
        if (tripleQuote) this.pos += 2;
        quote = ch;
      } else if (ch === 0x28 || ch === 0x5b || ch === LBRACE) {
        if (stack.length >= MAX_BRACKET_DEPTH) this.fail('f-string: too many nested parenthesis');
        stack.push(ch);
      } else if (ch === 0x23) {
        this.fail("f-string expression part cannot include '#'");
      } else if (stack.length === 0 && this.endsExpression(ch)) {
        break;
      } else if (ch === 0x29 || ch === 0x5d || ch === RBRACE) {
        this.closeBracket(stack, ch);
      }
    }
    if (quote !== 0) this.fail('f-string: unterminated string');
    if (stack.length > 0) this.fail(`f-string: unmatched '${String.fromCharCode(stack[stack.length - 1]!)}'`);
    if (this.pos >= end) this.fail("f-string: expecting '}'");
  }

  /**
   * At bracket depth 0: does `ch` end the expression? '!=', '==', '<=', '>='
   * are operators (the second character is skipped), a lone '<' or '>' too.
   */
  private endsExpression(ch: number): boolean {
    if (ch !== 0x21 && ch !== 0x3a && ch !== RBRACE && ch !== 0x3d && ch !== 0x3c && ch !== 0x3e) return false;
    if (this.pos + 1 >= this.end) return true;
    if (ch !== 0x3a && ch !== RBRACE && this.text.charCodeAt(this.pos + 1) === 0x3d) {
      this.pos++;
      return false;
    }
    return ch !== 0x3c && ch !== 0x3e;
  }

  private closeBracket(stack: number[], ch: number): void {
    const opening = stack.pop();
    if (opening === undefined) this.fail(`f-string: unmatched '${String.fromCharCode(ch)}'`);
    if (opening !== OPENING.get(ch)) {
      this.fail(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
    }
  }

  /** Parses text[exprStart, exprEnd) with the sub-parser, placed where CPython 3.11 places it. */
  private compile(brace: number, exprStart: number, exprEnd: number): Expr {
    let blank = true;
    for (let i = exprStart; i < exprEnd && blank; i++) blank = isExprSpace(this.text.charCodeAt(i));
    if (blank) {
      // 3.11.7 names the '!', ':' or '=' that came too early; a bare '}' is an empty field.
      const next = this.text.charCodeAt(exprEnd);
      if (next === 0x21 || next === 0x3a || next === 0x3d) this.fail(`f-string: expression required before '${String.fromCharCode(next)}'`);
      this.fail('f-string: empty expression not allowed');
    }
    const { startLine, startColOffset } = this.expressionStart(brace);
    const source = '(' + this.text.slice(exprStart, exprEnd) + ')';
    return parseFStringExpression(source, startLine, startColOffset, this.ctx);
  }

  /**
   * Where the sub-parser's "(" goes (CPython's fstring_find_expr_location):
   * on the '{' of the field. Its line is the token's line plus the newlines
   * before the '{'. Its byte column counts from the token start when the '{'
   * is on the token's first line, else from the start of its own line
   * (without the token's column). When only blanks separate the '{' from a
   * newline (or the '}'), the column is 0 and the token's column alone is added.
   */
  private expressionStart(brace: number): { startLine: number; startColOffset: number } {
    const { text, tok } = this;
    let lines = 0;
    let lineStart = -1;
    for (let i = text.indexOf('\n'); i >= 0 && i < brace; i = text.indexOf('\n', i + 1)) {
      lines++;
      lineStart = i;
    }
    let cols = 0;
    if (!this.newlineAfterBrace(brace)) cols = utf8Length(text, lineStart + 1, brace);
    return { startLine: tok.lineno + lines, startColOffset: lines !== 0 ? cols : tok.col_offset + cols };
  }

  private newlineAfterBrace(brace: number): boolean {
    const { text } = this;
    for (let i = brace + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === RBRACE || c === NEWLINE) return true;
      if (c !== 0x20 && c !== 0x09 && c !== 0x0c) return false;
    }
    return true;
  }
}
