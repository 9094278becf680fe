// Where the caret line switches between `~` and `^`: 3.11's
// extract_anchors_from_line (Python/traceback.c).
//
// The printer cuts the highlighted segment out of the source line and parses
// it on its own as a module (file input, not wrapped in parentheses), then
// runs the AST optimizer over it, as CPython does. Only a module of exactly
// one expression statement that is a BinOp or a Subscript has anchors, found
// by scanning the segment's UTF-8 bytes:
// - BinOp: the operator is the first byte after the left operand's end that
//   is neither a space, tab or form feed nor a `)` closing the left operand;
//   it is one byte long, or two when the next byte is not whitespace and
//   still before the right operand;
// - Subscript: from the first `[` after the value to just past the first
//   `]` from one byte after the slice's end (or to the segment's end).
// Anything else, including a segment that does not parse, has none.

import type { Expr, Mod } from '../../ast/nodes.js';
import { optimizeAst } from '../../compiler/ast-optimizer.js';
import { parse } from '../../parser/index.js';
import { byteToCharOffset } from './utf8-columns.js';

/** The secondary range [left, right) of a segment, in characters from the segment's start. */
export interface CaretAnchors {
  readonly left: number;
  readonly right: number;
}

const LEFT_BRACKET = 0x5b;
const RIGHT_BRACKET = 0x5d;
const RIGHT_PAREN = 0x29;

/** Is `byte` one of the C printer's IS_WHITESPACE bytes? */
function isCWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0c;
}

/**
 * Anchors already found during one print, by segment: a deep recursion
 * prints the same few segments hundreds of times, and each costs a parse.
 */
export type AnchorCache = Map<string, CaretAnchors | null>;

/** The anchors of `segment`, or null when it has none. `filename` only names the (discarded) parse errors. */
export function findCaretAnchors(segment: string, filename: string, cache?: AnchorCache): CaretAnchors | null {
  if (cache === undefined) return parseAnchors(segment, filename);
  let anchors = cache.get(segment);
  if (anchors === undefined) {
    anchors = parseAnchors(segment, filename);
    cache.set(segment, anchors);
  }
  return anchors;
}

function parseAnchors(segment: string, filename: string): CaretAnchors | null {
  let mod: Mod;
  try {
    mod = optimizeAst(parse(segment, { mode: 'exec', filename }), { optimize: 0 });
  } catch {
    return null; // CPython clears the error and draws plain carets
  }
  if (mod._type !== 'Module' || mod.body.length !== 1) return null;
  const stmt = mod.body[0]!;
  if (stmt._type !== 'Expr') return null;
  const byteAnchors = exprAnchors(segment, stmt.value);
  if (byteAnchors === null) return null;
  return { left: byteToCharOffset(segment, byteAnchors[0]), right: byteToCharOffset(segment, byteAnchors[1]) };
}

/** The anchors of an expression as UTF-8 byte offsets into the segment. */
function exprAnchors(segment: string, expr: Expr): [number, number] | null {
  if (expr._type !== 'BinOp' && expr._type !== 'Subscript') return null;
  const bytes = new TextEncoder().encode(segment);
  if (expr._type === 'Subscript') {
    let left = expr.value.end_col_offset;
    while (left < bytes.length && bytes[left] !== LEFT_BRACKET) left++;
    let right = expr.slice.end_col_offset + 1;
    while (right < bytes.length && bytes[right] !== RIGHT_BRACKET) right++;
    if (right < bytes.length) right++;
    return [left, right];
  }
  const rightStart = expr.right.col_offset;
  let anchors: [number, number] | null = null;
  for (let i = expr.left.end_col_offset; i < rightStart; i++) {
    if (isCWhitespace(bytes[i]!)) continue;
    const twoBytes = i + 1 < rightStart && !isCWhitespace(bytes[i + 1]!);
    anchors = [i, twoBytes ? i + 2 : i + 1];
    // A parenthesis closing the left operand is not the operator.
    if (bytes[i] === RIGHT_PAREN && i + 1 < rightStart) continue;
    break;
  }
  return anchors;
}
