// The warnings a parse issues (ParseOptions.warnings) against those python3's
// ast.parse issues with every warning recorded: the tokenizer's SyntaxWarning
// for a number glued to a keyword and the string parser's DeprecationWarning for
// invalid escapes, in order, with their lines, also when the parse then fails
// (the second pass repeats f-string fields but not escape warnings). Expectations
// come from python3 at test time; skipped without it.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import type { LexerWarning } from '../tokenizer/lexer.js';
import { parse } from './index.js';

const SOURCES: string[] = [
  'x = 1if y else 2\ny = [0x1for x in z]\nz = 0o7and 1\nw = 1_0or 2\nv = 1.5else 3\nu = 1e5in z\nt = 1jor 2\n',
  'x = [1if y else 2, 1if y else 3]\n',
  'x = f"{1if y else 2}"\ny = f"""\n{\n1if y else 2}"""\n',
  'x = 1if y else 2\ny = (\n1 2)\nz = 1if 2 else 3\n',
  'x = f"{1if y else 2}"\ny = (1 2)\n',
  's = "\\d"\nt = (1 2)\n',
  's = "\\d" f"{1if x else 2}" b"\\q" "\\777"\n',
  '"\\é"\nb"\\777"\n"\\400"\n"\\d\\777"\n"\\777\\d"\nb"\\d"\nrf"\\d"\n"\\8"\nu"\\d"\n',
  'f"\\d{x}"\nf"{x}\\d"\nf"{x:\\d}"\nf"\\{x}"\nf"\\d{x}\\q"\nf"{x}\\N{DASH}\\d"\nf"{\'\\d\'}"\n',
  '"a" "\\d" "\\q"\n"\\d" + "\\q"\nx = """\n\n\\d"""  "a" \\\n "\\d" f"""\n{1}\\d"""\n',
  '"\\\n\\d"\nb"\\400"\nx = 1if 2 else $\n',
];

type Warning = [string, string, number];

const PY_REFERENCE = `
import ast, json, sys, warnings
out = []
for src in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            ast.parse(src)
        except SyntaxError:
            pass
    out.append([[w.category.__name__, str(w.message), w.lineno] for w in caught])
print(json.dumps(out))
`;

function ours(source: string): Warning[] {
  const warnings: LexerWarning[] = [];
  try {
    parse(source, { warnings });
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
  }
  return warnings.map((w) => [w.category, w.message, w.lineno]);
}

describeWithPython3('parse warnings match ast.parse', () => {
  const expected = python3Json<Warning[][]>(PY_REFERENCE, SOURCES);

  it.each(SOURCES.map((s, i) => [JSON.stringify(s), i] as const))('%s', (_label, i) => {
    expect(ours(SOURCES[i])).toEqual(expected![i]);
  });
});
