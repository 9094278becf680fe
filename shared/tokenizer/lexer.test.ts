// Checks the parser's lexer against CPython 3.11 itself.
//
// Every expectation comes from running python3 at test time: compile()'s
// SyntaxError for sources that fail in the tokenizer, ast positions of names,
// numbers and strings for sources that parse, type comments from
// ast.parse(type_comments=True), warnings from the warnings module. Without
// python3 the comparisons are skipped.

import { describe, expect, it } from 'vitest';
import { describeWithPython3, python3CompileErrors, python3Json } from '../../test/support/python3.js';
import { Lexer, type LexerOptions, type Token } from './lexer.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { Tok } from './tokens.js';

/** Every token of `src`, or the error the lexer threw. */
function lexAll(src: string, options?: LexerOptions): { tokens: Token[]; error: PySyntaxError | null; lexer: Lexer } {
  const lexer = new Lexer(src, options);
  const tokens: Token[] = [];
  try {
    for (;;) {
      const t = lexer.next();
      tokens.push(t);
      if (t.type === Tok.ENDMARKER) break;
    }
    return { tokens, error: null, lexer };
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { tokens, error: e, lexer };
  }
}

// Sources whose compile() fails in the tokenizer (or with a tokenizer state pegen reports).
const ERROR_SOURCES: string[] = [
  // numbers
  'x = 1_\n', 'x=1__0', '1_\ny', '0x', '0x_', '0x1_', '0x1g', '0xg', '0o8', '0o', '0o1_', '0o19', '0o7a', '0b2', '0b',
  '0b1_', '0b12', '0b1a', '012', '0_7', '00_7', '1abc', '1e', '1e+', '1e-x', '1.5e', '1.5_', '1._5', '1.e5x',
  '1jx', '1andy', '1_e', '1e1_', '0_', '0__0', '1_é', 'é = 012', 'é = 0_7', 'é = 1__0', '\t\x0cé = 1_',
  '0e', '0j_', '.5_', '.5e', '1__', '1if x else 2\n2x\n',
  // identifiers and characters
  'x = €', 'x = a\xa0b', '\x01', 'é\x01', 'a€b = 1', 'aé€ = 1', '€€ = 1', 'x = 𝔘\u2028', 'x = \u2028',
  'x = ·', '\ufeffx = 1\n', '\x7f', 'a = b\x1b',
  // strings
  'x = "abc\n', 'x = "abc', "x = 'abc\ny = 1", 'x = """abc\ny\n', 'x = """abc\ny', "s = '''\n\n''", 'é = "abc',
  'x = b"abc\\', 'x = rb"\\"', 'x = f"abc\n', "x = ''' \\\n", 'x = "\\\n', 'x = "\\\nabc\n\n', 'x = 1\ny = Rb"',
  "x = '''\r\nabc\r\n", "x = '''\nabc\r\n", '(\r\n', 'u"\\', 'x = """é\n\nü',
  // brackets
  'a )', '(]', '(\n]', '[1,\n2}', 'x = {1: (2,\n3]}', ')', 'f(a, b))', '(' .repeat(201) + ')'.repeat(201),
  'x = (1,\n', '(1,\n2', '(1,\n[2,\n', 'x = {1: (2,\n', 'foo(1, 2\n', 'é = (1', '[', 'x = [\n\n\n',
  // backslashes
  'a = 1\\\n', 'a = 1\\', 'a = 1\\ x', 'a = (1\\\n', 'a = (1\\', 'if x:\n  a = 1\\\n', '\\\n', '\\', '  \\\n',
  'é = 1\\ x', '\\\\\n', 'x = 1 \\#c\n', 'x = [1, \\ 2]\n',
  // indentation
  'if x:\n  y\n z\n', 'if x:\n\ty\n        z\n', 'if 1:\n\tpass\n  \tx', 'if 1:\n        pass\n\tx',
  'if x:\n    pass\n  y = 1 +', 'if 1:\n  if 2:\n      pass\n    x\n', 'if x:\n\t y\n  \t z\n',
  'if x:\n' + [...Array(100).keys()].map((i) => ' '.repeat(i + 1) + 'if x:\n').join('') + ' '.repeat(102) + 'pass\n',
];

describeWithPython3('lexer errors match compile()', () => {
  const expected = python3CompileErrors(ERROR_SOURCES, 'f')
    ?.map((e) => e && [e.kind, e.msg, e.lineno, e.offset, e.text, e.endLineno, e.endOffset]);
  ERROR_SOURCES.forEach((src, i) => {
    it(JSON.stringify(src).slice(0, 60), () => {
      const { error } = lexAll(src);
      const want = expected![i];
      expect(want, 'python3 accepts this source').not.toBeNull();
      expect(error, 'lexer accepted it').not.toBeNull();
      const e = error!;
      expect([e.kind, e.msg, e.lineno, e.offset, e.text, e.endLineno, e.endOffset]).toEqual(want);
    });
  });
});

// Sources that tokenize; their names, numbers and strings must sit where ast puts them.
const VALID_SOURCES: string[] = [
  'if x:\n  y = 1 # c\n\n  z = (1,\n 2)\nw = """a\nb""" + 0x1f + 1.5e-3j + é\n',
  '007.\nx = a\u00b7\u0387\nⅷ = 1\n0x1for x in y\n1if x else 2\n[0x_f, 0o_7, 0b_1, 1_000.000_1e1_0J, .5, 5., 1e5]\n',
  'é = "ü" + b"x" + rb"\\"" + Rb\'\' + f"{é}" + u"\\N{EM DASH}"\ndef ƒ(αβ, *γ):\n\treturn αβ  # ü\n',
  'x = """\n\u00e9\n""" + 𝔘𝔫𝔦 + \'\'\'\\\n\'\'\'\n',
  'x = [1,\n\n  # comment\n     2] ; y = \\\n  3\n\x0cif x:\n \\\n\tpass\n',
  'if a:\r\n    b = "x"\r\n    c = 1\rd = 2',
  'class A:\n    def f(self):\n        return 1\n\n\n    x = 2\ny = 3',
  "s = ('a' 'b'\n     \"c\" f'{x!r:>{w}}')\n",
];

describeWithPython3('token positions match ast', () => {
  const expected = python3Json<any>(
    `import sys, json, ast
out = []
for s in json.load(sys.stdin):
    items = []
    tree = ast.parse(s)
    inner = {id(v) for j in ast.walk(tree) if isinstance(j, ast.JoinedStr) for v in ast.walk(j) if v is not j}
    for n in ast.walk(tree):
        if id(n) in inner:
            continue
        if isinstance(n, ast.JoinedStr):
            items.append(['s', n.lineno, n.col_offset, n.end_lineno, n.end_col_offset])
        elif isinstance(n, ast.Name):
            items.append(['N', n.lineno, n.col_offset, n.end_lineno, n.end_col_offset])
        elif isinstance(n, ast.Constant):
            items.append(['s' if isinstance(n.value, (str, bytes)) else 'n', n.lineno, n.col_offset, n.end_lineno, n.end_col_offset])
    out.append(items)
print(json.dumps(out))`,
    VALID_SOURCES,
  );
  VALID_SOURCES.forEach((src, i) => {
    it(JSON.stringify(src).slice(0, 60), () => {
      const { tokens, error } = lexAll(src);
      expect(error).toBeNull();
      const span = (t: Token) => `${t.lineno},${t.col_offset}-${t.end_lineno},${t.end_col_offset}`;
      const names = new Set(tokens.filter((t) => t.type === Tok.NAME).map(span));
      const numbers = new Set(tokens.filter((t) => t.type === Tok.NUMBER).map(span));
      const strings = tokens.filter((t) => t.type === Tok.STRING);
      const starts = new Set(strings.map((t) => `${t.lineno},${t.col_offset}`));
      const ends = new Set(strings.map((t) => `${t.end_lineno},${t.end_col_offset}`));
      for (const [k, l, c, el, ec] of expected[i]) {
        const s = `${l},${c}-${el},${ec}`;
        if (k === 'N') expect(names, s).toContain(s);
        else if (k === 'n') expect(numbers, s).toContain(s);
        else {
          expect(starts, s).toContain(`${l},${c}`);
          expect(ends, s).toContain(`${el},${ec}`);
        }
      }
    });
  });
});

// Type comments: where TYPE_COMMENT/TYPE_IGNORE appear and what they carry.
const TYPE_COMMENT_SOURCES: string[] = [
  'x = 1 # type: int\n', 'def f(a, # type: int\n  b):\n  pass\n', '# type: ignore\nx = 1\n',
  'x = 1 # type: ignore[abc]\n', 'x = 1 # type: ignorex\n', 'x = 1 #type:int\n', 'x = 1 #  type :int\n',
  'x = 1 #\ttype:\t int  \n', 'x = 1 # type: ignoreé\n', 'x = 1 # type: ignore é\n', 'x = 1 # type:\n',
  'def f():\n  # type: () -> None\n  pass\n', 'if x:\n  # type: ignore\n  pass\n', 'x = 1 # type: ignore',
  'x = (1 # type: ignore\n)\n', 'for x in y: # type: int\n  pass\n', 'x = 1 # type:int # type: str\n',
  'x = 1\n    # type: ignore\ny=2\n', 'with a as b:  # type: ignore!x\n  pass\n',
];

describeWithPython3('type comments match ast.parse(type_comments=True)', () => {
  const expected = python3Json<any>(
    `import sys, json, ast
out = []
for s in json.load(sys.stdin):
    t = ast.parse(s, type_comments=True)
    comments = [n.type_comment for n in ast.walk(t) if getattr(n, 'type_comment', None) is not None]
    out.append([sorted(comments), [[i.lineno, i.tag] for i in t.type_ignores]])
print(json.dumps(out))`,
    TYPE_COMMENT_SOURCES,
  );
  TYPE_COMMENT_SOURCES.forEach((src, i) => {
    it(JSON.stringify(src).slice(0, 60), () => {
      const { tokens, error } = lexAll(src, { typeComments: true });
      expect(error).toBeNull();
      const comments = tokens.filter((t) => t.type === Tok.TYPE_COMMENT).map((t) => t.string);
      const ignores = tokens.filter((t) => t.type === Tok.TYPE_IGNORE).map((t) => [t.lineno, t.string]);
      expect([comments.sort(), ignores]).toEqual(expected[i]);
    });
  });
});

describeWithPython3('warnings match compile()', () => {
  const sources = ['x = 1if y else 2\n', '[1for x in y]\n', '0x1for x in y\n', '1or 2\n', '1not in x\n', '1e5and 1j\n', '1isx\n'];
  const expected = python3Json<any>(
    `import sys, json, warnings
out = []
for s in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(s, 'f', 'exec')
        except SyntaxError:
            pass
    out.append([[x.category.__name__, str(x.message), x.lineno] for x in w])
print(json.dumps(out))`,
    sources,
  );
  sources.forEach((src, i) => {
    it(JSON.stringify(src), () => {
      const { lexer } = lexAll(src);
      expect(lexer.warnings.map((w) => [w.category, w.message, w.lineno])).toEqual(expected[i]);
    });
  });
});

describe('token stream shape', () => {
  it('gives NEWLINE zero width (or the comment before it) and INDENT/DEDENT/ENDMARKER no column', () => {
    const { tokens } = lexAll('if x:\n  y  # c\n');
    const shape = tokens.map((t) => [Tok.NAME === t.type ? t.string : t.type, t.lineno, t.col_offset, t.end_col_offset]);
    expect(shape).toEqual([
      ['if', 1, 0, 2], ['x', 1, 3, 4], [Tok.COLON, 1, 4, 5], [Tok.NEWLINE, 1, 5, 5],
      [Tok.INDENT, 2, -1, -1], ['y', 2, 2, 3], [Tok.NEWLINE, 2, 5, 8], [Tok.DEDENT, 2, -1, -1], [Tok.ENDMARKER, 2, -1, -1],
    ]);
  });

  it('shifts tokens ending on the first line by startColOffset', () => {
    const { tokens } = lexAll('(a +\n b)', { startLine: 3, startColOffset: 10 });
    expect(tokens.slice(0, 4).map((t) => [t.lineno, t.col_offset, t.end_col_offset])).toEqual([
      [3, 10, 11], [3, 11, 12], [3, 13, 14], [4, 1, 2],
    ]);
  });

  it('reports a later tokenizer error over a generic parser error', () => {
    const lexer = new Lexer('x = (1 2\ny = 0x\n');
    for (let i = 0; i < 5; i++) lexer.next();
    expect(lexer.checkRestForErrors(1)?.msg).toBe('invalid hexadecimal literal');
    const unclosed = new Lexer('x = (1 2\ny = 3\n');
    for (let i = 0; i < 5; i++) unclosed.next();
    expect(unclosed.checkRestForErrors(1)).toBeNull();
    const unclosed2 = new Lexer('x = (1 2\ny = 3\n');
    for (let i = 0; i < 5; i++) unclosed2.next();
    expect(unclosed2.checkRestForErrors(2)?.msg).toBe("'(' was never closed");
  });
});
