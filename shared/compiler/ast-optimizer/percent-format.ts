// `'...%s...' % (a, b)` rewritten as an f-string, as CPython 3.11's folder
// does: when the left operand is a str constant and the right a tuple display
// without starred items, and every conversion is a plain %s, %r or %a (with
// optional '-' flag, width and precision of at most two digits each), the
// BinOp becomes a JoinedStr of the literal pieces and FormattedValues. The
// pieces and format specs it creates have no source position (-1), like
// CPython's, so the assembler gives them the location of the instruction
// before. Anything else leaves the expression alone.

import type { Expr, NodeOf } from '../../ast/nodes.js';
import { strCodePoints, strFromCodePoints, type PyStr } from '../../kernels/py-str.js';

const PERCENT = 0x25;

/** Conversions that map onto a FormattedValue conversion (the value is the character code). */
const CONVERSIONS: ReadonlySet<number> = new Set(['s', 'r', 'a'].map((c) => c.charCodeAt(0)));

/** Longest width or precision accepted, in digits. */
const MAX_DIGITS = 2;

const NO_POSITION = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

interface Conversion {
  conversion: number;
  leftAlign: boolean;
  width: number;
  precision: number;
}

function positionless(value: PyStr): Expr {
  return { _type: 'Constant', value, kind: null, ...NO_POSITION };
}

/** The literal text from `pos` up to the next lone '%', with '%%' unescaped; advances pos. */
function readLiteral(fmt: readonly number[], state: { pos: number }): number[] {
  const out: number[] = [];
  let pos = state.pos;
  while (pos < fmt.length) {
    if (fmt[pos] !== PERCENT) out.push(fmt[pos++]!);
    else if (pos + 1 < fmt.length && fmt[pos + 1] === PERCENT) { out.push(PERCENT); pos += 2; }
    else break;
  }
  state.pos = pos;
  return out;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** A run of at most MAX_DIGITS digits starting at state.pos, or null when too long or at the end. */
function readNumber(fmt: readonly number[], state: { pos: number }): number | null {
  let value = 0;
  let digits = 0;
  while (state.pos < fmt.length && isDigit(fmt[state.pos]!)) {
    value = value * 10 + (fmt[state.pos++]! - 0x30);
    if (++digits > MAX_DIGITS || state.pos >= fmt.length) return null;
  }
  return value;
}

/** Parses one conversion after its '%'; null when it is not one the folder handles. */
function readConversion(fmt: readonly number[], state: { pos: number }): Conversion | null {
  let leftAlign = false;
  while (state.pos < fmt.length && '-+ #0'.includes(String.fromCharCode(fmt[state.pos]!))) {
    if (fmt[state.pos++] === 0x2d) leftAlign = true;
  }
  if (state.pos >= fmt.length) return null;
  let width = -1;
  let precision = -1;
  if (isDigit(fmt[state.pos]!)) {
    const n = readNumber(fmt, state);
    if (n === null) return null;
    width = n;
  }
  if (fmt[state.pos] === 0x2e) {
    state.pos++;
    if (state.pos >= fmt.length) return null;
    const n = readNumber(fmt, state);
    if (n === null) return null;
    precision = n;
  }
  const conversion = fmt[state.pos++]!;
  return CONVERSIONS.has(conversion) ? { conversion, leftAlign, width, precision } : null;
}

/** The f-string format spec equivalent to a conversion's flags, width and precision ('' for none). */
function formatSpec(c: Conversion): string {
  let spec = !c.leftAlign && c.width > 0 ? '>' : '';
  if (c.width >= 0) spec += String(c.width);
  if (c.precision >= 0) spec += '.' + String(c.precision);
  return spec;
}

function formattedValue(arg: Expr, c: Conversion): Expr {
  const spec = formatSpec(c);
  return {
    _type: 'FormattedValue', value: arg, conversion: c.conversion,
    format_spec: spec === '' ? null : positionless(spec),
    lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
  };
}

/**
 * The JoinedStr equivalent to `fmt % (items...)`, or null when CPython would
 * not rewrite it. `at` supplies the position of the new node.
 */
export function percentFormatAsJoinedStr(
  fmtValue: PyStr, items: readonly Expr[], at: NodeOf<'expr', 'BinOp'>,
): NodeOf<'expr', 'JoinedStr'> | null {
  if (items.some((e) => e._type === 'Starred')) return null;
  const fmt = strCodePoints(fmtValue);
  const values: Expr[] = [];
  const state = { pos: 0 };
  let used = 0;
  for (;;) {
    const literal = readLiteral(fmt, state);
    if (literal.length > 0) values.push(positionless(strFromCodePoints(literal)));
    if (state.pos >= fmt.length) break;
    if (used >= items.length) return null; // more conversions than items
    state.pos++; // the '%'
    const c = readConversion(fmt, state);
    if (c === null) return null;
    values.push(formattedValue(items[used++]!, c));
  }
  if (used < items.length) return null; // more items than conversions
  return {
    _type: 'JoinedStr', values,
    lineno: at.lineno, col_offset: at.col_offset, end_lineno: at.end_lineno, end_col_offset: at.end_col_offset,
  };
}
