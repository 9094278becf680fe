// Expressions back to source text, exactly as CPython 3.11's C unparser
// (Python/ast_unparse.c) writes them. The compiler needs it for string
// annotations under `from __future__ import annotations`. Its output differs
// from Lib/ast.py's unparse in places (bare tuples in subscripts, even
// starred; `lambda` glued to `*args`; infinities spelled 1e309; f-string
// quotes chosen by repr()), so this is a separate, smaller writer.
//
// Each node is written at a precedence level: the level its context
// requires. A node whose own precedence is lower is wrapped in parentheses.

import { ELLIPSIS, PyComplex, PyStrCodePoints, PyTuple, type Arguments, type CmpOpKind, type Comprehension, type Expr, type NodeOf, type OperatorKind, type PyConstant } from './nodes.js';
import { constantRepr } from '../kernels/repr/constant-repr.js';
import { strRepr } from '../kernels/repr/str-repr.js';

type E<K extends Expr['_type']> = NodeOf<'expr', K>;

/** Precedence levels, lowest first (ast_unparse.c's PR_* enumeration). */
const enum Pr {
  TUPLE, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, FACTOR, POWER, AWAIT, ATOM,
}
const PR_BOR = Pr.EXPR;

/** Binary operators: spelling and precedence. */
const BINOPS: Record<OperatorKind, readonly [string, Pr]> = {
  Add: [' + ', Pr.ARITH], Sub: [' - ', Pr.ARITH], Mult: [' * ', Pr.TERM], MatMult: [' @ ', Pr.TERM],
  Div: [' / ', Pr.TERM], Mod: [' % ', Pr.TERM], LShift: [' << ', Pr.SHIFT], RShift: [' >> ', Pr.SHIFT],
  BitOr: [' | ', PR_BOR], BitXor: [' ^ ', Pr.BXOR], BitAnd: [' & ', Pr.BAND], FloorDiv: [' // ', Pr.TERM],
  Pow: [' ** ', Pr.POWER],
};

const UNARYOPS = {
  Invert: ['~', Pr.FACTOR], Not: ['not ', Pr.NOT], UAdd: ['+', Pr.FACTOR], USub: ['-', Pr.FACTOR],
} as const;

const CMPOPS: Record<CmpOpKind, string> = {
  Eq: ' == ', NotEq: ' != ', Lt: ' < ', LtE: ' <= ', Gt: ' > ', GtE: ' >= ',
  Is: ' is ', IsNot: ' is not ', In: ' in ', NotIn: ' not in ',
};

const CONVERSIONS: Record<number, string> = { 97: '!a', 114: '!r', 115: '!s' };

/** The source text of an expression, as `from __future__ import annotations` stores it. */
export function unparseExpr(e: Expr): string {
  return expr(e, Pr.TEST);
}

const paren = (wrap: boolean, s: string): string => (wrap ? `(${s})` : s);

function expr(e: Expr, level: Pr): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? Pr.AND : Pr.OR;
      const sep = e.op === 'And' ? ' and ' : ' or ';
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(sep));
    }
    case 'BinOp': {
      const [op, pr] = BINOPS[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = UNARYOPS[e.op];
      return paren(level > pr, op + expr(e.operand, pr));
    }
    case 'Lambda': return lambda(e, level);
    case 'IfExp':
      return paren(level > Pr.TEST,
        `${expr(e.body, Pr.TEST + 1)} if ${expr(e.test, Pr.TEST + 1)} else ${expr(e.orelse, Pr.TEST)}`);
    case 'Dict': return dict(e);
    case 'Set': return `{${items(e.elts)}}`;
    case 'GeneratorExp': return `(${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)})`;
    case 'ListComp': return `[${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)}]`;
    case 'SetComp': return `{${expr(e.elt, Pr.TEST)}${comprehensions(e.generators)}}`;
    case 'DictComp':
      return `{${expr(e.key, Pr.TEST)}: ${expr(e.value, Pr.TEST)}${comprehensions(e.generators)}}`;
    case 'Yield': return e.value ? `(yield ${expr(e.value, Pr.TEST)})` : '(yield)';
    case 'YieldFrom': return `(yield from ${expr(e.value, Pr.TEST)})`;
    case 'Await': return paren(level > Pr.AWAIT, `await ${expr(e.value, Pr.ATOM)}`);
    case 'Compare': return compare(e, level);
    case 'Call': return call(e);
    case 'Constant': return constant(e);
    case 'JoinedStr': return 'f' + strRepr(fstringBody(e.values, false));
    case 'FormattedValue': return formattedValue(e);
    case 'Attribute': {
      // `1 .real`: an int needs the space, or the dot would read as a float.
      const v = e.value;
      const dot = v._type === 'Constant' && typeof v.value === 'bigint' ? ' .' : '.';
      return expr(v, Pr.ATOM) + dot + e.attr;
    }
    case 'Subscript': return subscript(e);
    case 'Starred': return '*' + expr(e.value, Pr.EXPR);
    case 'Name': return e.id;
    case 'List': return `[${items(e.elts)}]`;
    case 'Tuple': return tuple(e, level);
    case 'Slice': return slice(e);
    case 'NamedExpr':
      return paren(level > Pr.TUPLE, `${expr(e.target, Pr.ATOM)} := ${expr(e.value, Pr.ATOM)}`);
  }
}

const items = (elts: readonly Expr[]): string => elts.map((x) => expr(x, Pr.TEST)).join(', ');

function lambda(e: E<'Lambda'>, level: Pr): string {
  const positional = e.args.args.length + e.args.posonlyargs.length;
  // With no positional parameter CPython writes no space: `lambda*a: 0`, `lambda: 0`.
  const head = positional ? 'lambda ' : 'lambda';
  return paren(level > Pr.TEST, `${head}${args(e.args)}: ${expr(e.body, Pr.TEST)}`);
}

function arg(a: { arg: string; annotation: Expr | null }): string {
  return a.annotation ? `${a.arg}: ${expr(a.annotation, Pr.TEST)}` : a.arg;
}

function args(a: Arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  positional.forEach((p, i) => {
    const di = i - positional.length + a.defaults.length;
    let s = arg(p) + (di >= 0 ? '=' + expr(a.defaults[di], Pr.TEST) : '');
    if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) s += ', /';
    parts.push(s);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
  a.kwonlyargs.forEach((k, i) => {
    const di = i - a.kwonlyargs.length + a.kw_defaults.length;
    const d = di >= 0 ? a.kw_defaults[di] : null;
    parts.push(arg(k) + (d ? '=' + expr(d, Pr.TEST) : ''));
  });
  if (a.kwarg) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function dict(e: E<'Dict'>): string {
  const parts = e.values.map((v, i) => {
    const k = e.keys[i];
    return k ? `${expr(k, Pr.TEST)}: ${expr(v, Pr.TEST)}` : '**' + expr(v, Pr.EXPR);
  });
  return `{${parts.join(', ')}}`;
}

function comprehensions(gens: readonly Comprehension[]): string {
  return gens.map((g) => {
    const ifs = g.ifs.map((x) => ' if ' + expr(x, Pr.TEST + 1)).join('');
    return `${g.is_async ? ' async for ' : ' for '}${expr(g.target, Pr.TUPLE)} in ${expr(g.iter, Pr.TEST + 1)}${ifs}`;
  }).join('');
}

function compare(e: E<'Compare'>, level: Pr): string {
  let s = expr(e.left, Pr.CMP + 1);
  e.ops.forEach((op, i) => {
    s += CMPOPS[op] + expr(e.comparators[i], Pr.CMP + 1);
  });
  return paren(level > Pr.CMP, s);
}

function call(e: E<'Call'>): string {
  const func = expr(e.func, Pr.ATOM);
  // f(x for x in y): the generator's own parentheses serve as the call's.
  if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp') {
    return func + expr(e.args[0], Pr.TEST);
  }
  const parts = e.args.map((a) => expr(a, Pr.TEST));
  for (const k of e.keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + expr(k.value, Pr.TEST));
  return `${func}(${parts.join(', ')})`;
}

/** repr() of a constant, with infinities spelled 1e309 so the text parses back to the same value. */
function constantText(v: PyConstant): string {
  if (v instanceof PyTuple) {
    const parts = v.items.map(constantText);
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  const repr = constantRepr(v);
  const infinite = typeof v === 'number' && !Number.isFinite(v) && !Number.isNaN(v);
  return infinite || v instanceof PyComplex ? repr.split('inf').join('1e309') : repr;
}

function constant(e: E<'Constant'>): string {
  if (e.value === ELLIPSIS) return '...';
  return (e.kind ?? '') + constantText(e.value);
}

function tuple(e: E<'Tuple'>, level: Pr): string {
  if (!e.elts.length) return '()';
  return paren(level > Pr.TUPLE, items(e.elts) + (e.elts.length === 1 ? ',' : ''));
}

function subscript(e: E<'Subscript'>): string {
  // A tuple index goes bare, starred elements included: x[*a,] (3.12 parenthesises those).
  return `${expr(e.value, Pr.ATOM)}[${expr(e.slice, Pr.TUPLE)}]`;
}

function slice(e: E<'Slice'>): string {
  let s = e.lower ? expr(e.lower, Pr.TEST) : '';
  s += ':';
  if (e.upper) s += expr(e.upper, Pr.TEST);
  if (e.step) s += ':' + expr(e.step, Pr.TEST);
  return s;
}

/** The text between an f-string's quotes (or of a format spec): literal braces doubled. */
function fstringBody(values: readonly Expr[], isFormatSpec: boolean): string {
  return values.map((v) => {
    if (v._type === 'Constant') return literalText(v.value).replace(/\{/g, '{{').replace(/\}/g, '}}');
    if (v._type === 'JoinedStr') {
      const body = fstringBody(v.values, isFormatSpec);
      return isFormatSpec ? body : 'f' + strRepr(body);
    }
    if (v._type === 'FormattedValue') return formattedValue(v);
    throw new Error(`unexpected ${v._type} in an f-string`);
  }).join('');
}

function literalText(v: PyConstant): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyStrCodePoints) return String.fromCodePoint(...v.codePoints);
  throw new Error('non-string constant in an f-string');
}

function formattedValue(e: E<'FormattedValue'>): string {
  // One level above TEST, so a lambda's ':' is parenthesised.
  const inner = expr(e.value, Pr.TEST + 1);
  // `{ {...}}`: a space keeps a leading brace from reading as an escaped one.
  let s = (inner.startsWith('{') ? '{ ' : '{') + inner;
  if (e.conversion > 0) {
    const conv = CONVERSIONS[e.conversion];
    if (!conv) throw new Error('unknown f-value conversion kind');
    s += conv;
  }
  if (e.format_spec) s += ':' + formatSpec(e.format_spec);
  return s + '}';
}

function formatSpec(spec: Expr): string {
  if (spec._type === 'JoinedStr') return fstringBody(spec.values, true);
  return fstringBody([spec], true);
}
