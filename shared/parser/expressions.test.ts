// Expression parsing checked against CPython: every snippet's AST dump, with
// positions, must equal `ast.dump(ast.parse(src, type_comments=True),
// include_attributes=True)` from the python3 on PATH (the suite is skipped
// when there is none). Snippets cover each expression form of the grammar,
// the positions pegen gives them, and the target forms of targets.ts.

import { expect, it } from 'vitest';
import { describeWithPython3, python3AstDumps } from '../../test/support/python3.js';
import { dump } from '../ast/dump.js';
import { parse, type ParseMode } from './index.js';

const SNIPPETS: readonly string[] = [
  // atoms and constants
  'x', 'True', 'False', 'None', '...', '_', 'match', 'case', 'é', 'ﬁ = 1',
  '0', '7', '1_000_000', '0x_1F', '0XFF', '0o17', '0O7_7', '0b1011', '0B_1', '00', '0_0',
  '123456789012345678901234567890', '1.5', '1.', '.5', '1e10', '1E-5', '1_0.0_1e+1_0', '1e400', '0.1e-400',
  '3j', '1.5J', '1e3j', '1_0j', '0j', '010j', '09.5',
  // unary, binary, power
  '-x', '+x', '~x', 'not x', '--x', '-x ** 2', 'x ** -y', 'a ** b ** c', '(-1) ** 2',
  'a + b - c', 'a * b / c // d % e @ f', 'a + b * c', '(a + b) * c', 'a << b >> c', 'a & b ^ c | d',
  'a | b & c ^ d << e + f * g ** h', '(a) + (b)', '((a)) * (b)',
  // boolean and comparison
  'a and b', 'a or b', 'a and b or c and d', 'a or b or c', 'not a and not b', '(a or b) and c',
  'a < b', 'a < b <= c == d != e > f >= g', 'a in b', 'a not in b', 'a is b', 'a is not b',
  'a is (not b)', 'not a in b', 'a < (b < c)',
  // conditional, lambda, walrus
  'a if b else c', 'a if b else c if d else e', '(a if b else c) if d else e', 'lambda: 0',
  'lambda x: x', 'lambda x, y=1, *a, z, **k: 0', 'lambda *, a: a', 'lambda x, /, y: 0',
  'lambda: (yield)', '(x := 1)', 'f(x := 1)', '[y := 2, y ** 2]', 'a[b := 1]', 'lambda: lambda: 1',
  // primaries
  'a.b', 'a.b.c', 'a.match', 'f()', 'f(a)', 'f(a, b)', 'f(a,)', 'f(*a)', 'f(**k)', 'f(a=1)',
  'f(a, *b, c=1, *d, e=2, **f, g=3)', 'f(x for x in y)', 'f((x for x in y))', 'f(x for x in y)(z)',
  'a[1]', 'a[1:2]', 'a[:]', 'a[::]', 'a[1:]', 'a[:2]', 'a[::3]', 'a[1:2:3]', 'a[1:2, 3]', 'a[1,]',
  'a[(1, 2)]', 'a[*b]', 'a[*b, c]', 'a[b, *c]', 'a[:, None]', 'a[lambda: 0]', 'a.b(c)[d].e',
  'await x', 'await x ** 2', '-await x', 'await f()(g)', 'x.y[z](w).v',
  // containers
  '()', '(a,)', '(a, b)', '(a, b,)', '(a)', '((a, b))', '(*a, b)', '(yield)', '(yield x)', '(yield from x)',
  '[]', '[a]', '[a, b,]', '[*a, *b]', '{}', '{a: b}', '{a: b, c: d,}', '{**a}', '{**a, b: c, **d}',
  '{a}', '{a, b}', '{*a, b}', '{(a := 1)}', '{a := 1, b}',
  // comprehensions
  '[x for x in y]', '[x for x in y if a if b]', '[x for x in y for z in w]', '{x for x in y}',
  '{k: v for k, v in y}', '(x for x in y)', '[x async for x in y]', '[x for x, in y]',
  '[(x, y) for x, *y in z]', '[x for x in lambda: y]', '[x for x in a or b if c and d]',
  '[x for x.a in y]', '[x for x[0] in y]', '[x for (x, y) in z]', '[x for [x, y] in z]',
  '[i async for i in x if i for j in i]', '(y := x for x in z)', '[x for x in y if (z := x)]',
  // star expressions and tuples
  'a, b', 'a, b,', 'a,', '*a, b', 'x = *a, b', 'x = yield', 'x = yield a, b', 'x = yield from a',
  'return *a, b', 'for x in *a, b: pass',
  // targets
  'a = b = c', 'a, b = c', '(a, b) = c', '[a, b] = c', 'a.b = c', 'a[b] = c', 'a[b:c] = d', '*a, b = c',
  '(a) = b', '((a), (b)) = c', '[a, [b, *c]] = d', 'a.b.c[d] = e', 'f().a = b', 'f(x for x in y).a = b',
  '() = x', '[] = x', 'del a', 'del a, b', 'del a,', 'del (a), [b], c.d, e[f]', 'del (a, b)',
  'for a, b in c: pass', 'for (a, b), c in d: pass', 'for *a, in b: pass', 'x += 1', 'a.b -= 1',
  'a[0] *= 2', '(a) //= 1', 'x: int = 1', '(x): int', 'a.b: int',
  // strings inside expressions
  "'a' 'b'", "f(x='y')", "a['k']",
  // multi-line expressions: positions across lines
  '(a +\n b)', 'f(\n  a,\n  b=1,\n)', '[\n  x\n  for x in y\n]', 'x = (\n  1,\n  2,\n)',
  'a = \\\n  b + c', 'λ = 2 * π', 'é + ü', 'x = (  # c\n  a)', '(a\n not in\n b)',
  // parenthesized operands: the enclosing node starts at the '('
  '(a).b', '(a)(b)', '(a)[b]', 'f(a)(b)[c]', '(a) if (b) else (c)', '(a) < (b)', '(not a) and (b)',
  'a[b := 1, c]', 'a[1:2, ::3, ...]', '{1: lambda: 2, **x}', 'f(*a or b)', 'f(**a or b)', '1 .real',
  '(a := (b := c))', 'f(a := 1, b=2)', '[a := 1 for b in c]', 'f(x=1)(y=2)',
  'x = [  # type: ignore\n1]', 'x = lambda a, b=2, /, c=3, *, d, e=5, **f: 0',
];

const EVAL_SNIPPETS: readonly string[] = ['a', 'a, b', '1 + 2\n', '\n(a)\n\n', 'lambda: 0', '*a, b'];
const FUNC_TYPE_SNIPPETS: readonly string[] = [
  '() -> int', '(int) -> str', '(a, b) -> c', '(*a) -> r', '(**k) -> r', '(a, *b, **c) -> r', '(*a, **b) -> r',
];

const CASES: [string, ParseMode][] = [
  ...SNIPPETS.map((s): [string, ParseMode] => [s, 'exec']),
  ...EVAL_SNIPPETS.map((s): [string, ParseMode] => [s, 'eval']),
  ...FUNC_TYPE_SNIPPETS.map((s): [string, ParseMode] => [s, 'func_type']),
];
/** python3's dump of each case, or its SyntaxError message. */
const expected = python3AstDumps(CASES.map(([src, mode]) => [src, mode, true]))
  ?.map((r) => r.dump ?? `SyntaxError: ${r.error[1]}`);

describeWithPython3('expressions match CPython 3.11', () => {
  CASES.forEach(([src, mode], i) => {
    it(`${mode}: ${JSON.stringify(src)}`, () => {
      let ours: string;
      try {
        ours = dump(parse(src, { mode, typeComments: true }), { includeAttributes: true });
      } catch (e) {
        ours = e instanceof Error && 'msg' in e ? `SyntaxError: ${String(e.msg)}` : String(e);
      }
      expect(ours).toBe(expected![i]);
    });
  });
});
