// The parser's entry points checked against CPython: the modes' edge cases
// (single-input's implied NEWLINE and "multiple statements", eval without a
// final newline), NUL bytes, generic "invalid syntax" positions (which depend
// on how far the parser fetched tokens), and the tokenizer's SyntaxWarnings
// reported through ParseOptions.warnings. Expectations come from the python3 on
// PATH at test time; the suite is skipped when there is none.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { dump } from '../ast/dump.js';
import type { LexerWarning } from '../tokenizer/lexer.js';
import { parse, parseBytes, type ParseMode } from './index.js';

const CASES: readonly [string, ParseMode][] = [
  // single mode: the end of input ends the statement; a one-line compound statement needs a NEWLINE
  ['x = 1', 'single'], ['if x:\n  pass', 'single'], ['if x:\n  if y:\n    pass', 'single'],
  ['if x: pass', 'single'], ['if x: pass\n', 'single'], ['@d\nclass C: pass', 'single'], ['@d\nclass C:\n  pass', 'single'],
  ['x = 1\ny = 2', 'single'], ['x = 1  # c\n\n#d', 'single'], ['x = 1;\n y', 'single'], ['if x:\n  pass\n  # c', 'single'],
  ['', 'single'], ['\n', 'single'],
  // eval and func_type
  ['1 + 2', 'eval'], ['\n1\n\n', 'eval'], ['x = 1', 'eval'], ['', 'eval'], ['(a, *b) -> c', 'func_type'],
  // NUL bytes
  ['x = 1\0\n', 'exec'],
  // generic errors: where "invalid syntax" points
  ['isinstance(result, in)', 'exec'], ['f(a, if)', 'exec'], ['a not b', 'exec'], ['x = (1, 2', 'exec'],
  ['a[]', 'exec'], ['f(,)', 'exec'], ['x = not', 'exec'], ['1 <> 2', 'exec'], ['a.1', 'exec'], ['lambda: yield', 'exec'],
  ['x = é +* 2', 'exec'], ['def f(:\n pass', 'exec'], ['a = b\n  c', 'exec'], ['if x:\npass', 'exec'],
  ['x = 1 + 1' + '1'.repeat(4300), 'exec'],
];

const WARNING_CASES: readonly string[] = [
  'x = 1if y else 2\n', 'x = [0x1for x in y]\n', "x = f'{1if y else 2}' + 0o7and 1\n", 'x = 1if y else 2 +\n',
  "x = f'{1if y else 2}'\nz = 0x1for\n", "f'{f\"{1if x else y}\"}'\n", 'x = 1_0or 2; y = 1else',
];

const PY_SCRIPT = `
import ast, json, sys, warnings
cases, warning_cases = json.load(sys.stdin)
out = []
for src, mode in cases:
    try:
        out.append(ast.dump(ast.parse(src, mode=mode, type_comments=True), include_attributes=True))
    except SyntaxError as e:
        out.append(f'{type(e).__name__}: {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}')
wout = []
for src in warning_cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            ast.parse(src); r = 'ok'
        except SyntaxError as e:
            r = 'error: ' + e.msg
    wout.append([r, [[x.category.__name__, str(x.message), x.lineno] for x in w]])
json.dump([out, wout], sys.stdout)
`;

/** Our result in the shape the script prints; CPython's None positions are our -1/0. */
function ours(src: string, mode: ParseMode): string {
  try {
    return dump(parse(src, { mode, typeComments: true }), { includeAttributes: true });
  } catch (e) {
    if (!(e instanceof Error) || !('msg' in e)) throw e;
    const err = e as unknown as { kind: string; msg: string; lineno: number; offset: number; endLineno: number; endOffset: number };
    if (err.lineno < 0) return `${err.kind}: ${err.msg} None None None None`;
    return `${err.kind}: ${err.msg} ${err.lineno} ${err.offset} ${err.endLineno} ${err.endOffset}`;
  }
}

const expected = python3Json<[string[], unknown[]]>(PY_SCRIPT, [CASES, WARNING_CASES]);

describeWithPython3('parser entry points match CPython 3.11', () => {
  CASES.forEach(([src, mode], i) => {
    it(`${mode}: ${JSON.stringify(src.slice(0, 60))}`, () => {
      expect(ours(src, mode)).toBe(expected![0][i]);
    });
  });

  WARNING_CASES.forEach((src, i) => {
    it(`warnings: ${JSON.stringify(src)}`, () => {
      const warnings: LexerWarning[] = [];
      let result = 'ok';
      try {
        parse(src, { warnings });
      } catch (e) {
        result = 'error: ' + (e as { msg: string }).msg;
      }
      expect([result, warnings.map((w) => [w.category, w.message, w.lineno])]).toEqual(expected![1][i]);
    });
  });

  it('parseBytes refuses NUL before decoding', () => {
    expect(() => parseBytes(new Uint8Array([0x78, 0x00, 0xff]))).toThrow('source code string cannot contain null bytes');
  });
});
