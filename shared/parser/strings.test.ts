// String literals and f-strings checked against python3 at test time.
//
// Three groups: (1) literal values, decoded from fake STRING tokens without the
// parser, against the value CPython's compiler gives (str compared as code
// points, so that an escaped surrogate pair must stay two, bytes as byte
// lists) or its SyntaxError message; (2) whole
// snippets parsed by our parser and dumped, against
// ast.dump(ast.parse(src), include_attributes=True); (3) SyntaxErrors from
// compile(): message, line, offsets and text. Each group is skipped when
// python3 is not on the PATH.

import { expect, it } from 'vitest';
import { describeWithPython3, python3AstDumps, python3CompileErrors, python3Json } from '../../test/support/python3.js';
import { dump } from '../ast/dump.js';
import type { Expr } from '../ast/nodes.js';
import { PyBytes, PyStrCodePoints } from '../ast/nodes.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import type { Token } from '../tokenizer/lexer.js';
import { Tok } from '../tokenizer/tokens.js';
import { parse } from './index.js';
import { concatenateStrings, type StringContext } from './strings.js';

// ---------------------------------------------------------------------------
// (1) Values of literals.

const LITERALS: string[][] = [
  [`'abc'`], [`""`], [`''''''`], [`"""a\nb"""`], [`'a'`, `"b"`, `'''c'''`],
  [`'\\n\\t\\r\\\\\\'\\"\\a\\b\\f\\v'`], [`'a\\\nb'`], [`'\\0\\7\\17\\177\\377\\400\\777\\8\\9'`],
  [`'\\x41\\x7e\\xff\\xFf'`], [`'\\u0041\\u20ac\\uD800\\udfff'`], [`'\\U0001F600\\U0010ffff\\U00000000'`],
  [`'\\N{LATIN SMALL LETTER A}\\N{latin capital letter b}\\N{EM DASH}'`], [`'\\N{NUL}\\N{BOM}\\N{CJK UNIFIED IDEOGRAPH-4E00}'`],
  [`'\\N{HANGUL SYLLABLE GAG}\\N{GRINNING FACE}'`], [`'\\q\\%\\ \\{\\}\\é'`], [`'é\\ẞ😀\\😀'`],
  [`r'\\n\\x\\N{'`], [`R'\\''`], [`u'x'`, `'y'`], [`U'x'`], [`'x'`, `u'y'`], [`rb'\\x00'`], [`Rb'\\\\'`],
  [`b'abc\\n\\x00\\xff\\377\\400\\777\\q\\N{X}\\u1234'`], [`b'a'`, `B"b"`, `br'\\c'`], [`b''`],
  [`'\\x4'`], [`'\\x4g'`], [`'\\xg'`], [`'\\u12'`], [`'\\U0011000'`], [`'\\U00110000'`], [`'ab\\N{foo}'`],
  [`'\\N{LATIN SMALL LETTER A'`], [`'\\N'`], [`'\\Nx'`], [`'\\N{}'`], [`'éé\\x4'`], [`'\\é\\x4'`], [`'\\N{é}'`],
  [`b'\\x4'`], [`b'ab\\xzz'`], [`b'\\x'`], [`b'é'`], [`'a'`, `b'b'`], [`b'a'`, `'b'`],
  // A high then a low surrogate from escapes stay two code points (UTF-16 would fuse them).
  [`'\\ud800\\udc80'`], [`'a\\uD83D\\uDE00b'`], [`'\\U0000d800\\udfff\\U00010000'`], [`'😀\\udc00'`],
  [`'\\ud800😀'`], [`'\\udc00\\ud800'`], [`'\\ud800\\ud800\\udc00\\udc00'`], [`'a\\ud800'`, `'\\udc80'`],
  [`'\\ud800'`, `r'x'`, `'\\udc80'`], [`'\\ud800'`, `''`, `'\\udc80b'`], [`'\\udbff'`, `'\\udfff\\ud800'`, `'\\udc00'`],
  [`'\\ud800\\\nx'`], [`'\\ud800\\\n\\udc00'`], [`'\\ud800\\x41\\udc00'`], [`u'\\ud800'`, `'\\udc00'`],
];

const VALUE_SCRIPT = `
import ast, json, sys, warnings
warnings.simplefilter('ignore')
out = []
for parts in json.load(sys.stdin):
    src = ' '.join(parts)
    try:
        v = ast.parse(src, mode='eval').body
        val = v.value
        if isinstance(val, bytes):
            out.append({'bytes': list(val)})
        else:
            out.append({'str': [ord(c) for c in val], 'kind': v.kind})
    except SyntaxError as e:
        out.append({'error': e.msg})
print(json.dumps(out))
`;

/** Fake STRING tokens for the parts of one literal, laid out on line 1. */
function fakeTokens(parts: string[]): Token[] {
  let col = 0;
  return parts.map((string) => {
    const tok = { type: Tok.STRING, string, lineno: 1, col_offset: col, end_lineno: 1, end_col_offset: col + string.length, start: col, end: col + string.length };
    col += string.length + 1;
    return tok;
  });
}

const FAKE_CTX: StringContext = {
  filename: '<test>',
  raiseAtLastToken(msg: string): never {
    throw new PySyntaxError('SyntaxError', msg, 1, 0, null);
  },
  raiseAt(msg: string): never {
    throw new PySyntaxError('SyntaxError', msg, 1, 0, null);
  },
};

function valueOf(parts: string[]): unknown {
  try {
    const node = concatenateStrings(fakeTokens(parts), FAKE_CTX) as Expr & { value: unknown; kind: string | null };
    if (node.value instanceof PyBytes) return { bytes: [...node.value.bytes] };
    if (node.value instanceof PyStrCodePoints) return { str: [...node.value.codePoints], kind: node.kind };
    const s = node.value as string;
    const codePoints: number[] = [];
    for (const c of s) codePoints.push(c.codePointAt(0)!);
    return { str: codePoints, kind: node.kind };
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: e.msg };
    throw e;
  }
}

describeWithPython3('literal values', () => {
  const expected = python3Json<unknown[]>(VALUE_SCRIPT, LITERALS);
  it('decode like CPython', () => {
    expect(LITERALS.map(valueOf)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------
// (2) ASTs of snippets, positions included.

const SNIPPETS: string[] = [
  `x = 'a' 'b'`, `x = u'a' "b"`, `x = b'a' b'b'`, `f''`, `f'abc'`, `x = f'{a}'`, `x = f'a{b}c'`,
  `x = 'a' f'b{c}d' 'e'`, `x = f'{a}' f'{b}'`, `x = f'{a!r}{b!s}{c!a}'`, `x = f'{a:>10}'`, `x = f'{a:{b}}'`,
  `x = f'{a:x{b}y{c}z}'`, `x = f'{a:}'`, `x = f'{a=}'`, `x = f'{a = }'`, `x = f'{a=!s}'`, `x = f'{a=:>4}'`,
  `x = f'{a=!r:{w}}'`, `x = f'{{}}'`, `x = f'{{a}} {a}'`, `x = f'{a!r} {a}'`, `x = f'{a, b}'`, `x = f'{ a }'`,
  `x = f'{a if b else c}'`, `x = f'{a!=b}'`, `x = f'{a<b}'`, `x = f'{a>=b}'`, `x = f'{a == b}'`,
  `x = f'{(lambda y: y)(1)}'`, `x = f'{x:=1}'`, `x = f'{(x:=1)}'`, `x = f'{d["k"]}'`, `x = f"{d['k']}"`,
  `x = f'{[1, 2][0]}'`, `x = f'{ {1: 2}[1] }'`, `x = f'{"""a"""}'`, `x = f'''{'a'}'''`,
  `x = f'{f"{a}"}'`, `x = f'\\n{a}\\t'`, `x = rf'\\n{a}\\d'`, `x = fr'{a}\\'`, `x = f'\\{a}'`, `x = f'\\N{EM DASH}{a}'`,
  `x = f'{a}\\N{LATIN SMALL LETTER B}'`, `x = u'a' f'{b:c{d}e}' 'f'`, `éé = f'é{a}' 'x' f'{b}'`,
  `x = f'''abc\n  {y} {z + \nw} {\n  v}'''`, `x = 1; f'''\n{a}'''`, `x = 1; f'''\n{ a}'''`,
  `x = 1; f'''ab\n  {a\n + b}'''`, `xx = f'''{"""a\nb""" + c}'''`, `xx = f'''{d(e,\nc)}'''`,
  `xx = f'''\n {d(e,\nc)}'''`, `x = (f'a'\n  f'{b}'\n  'c')`, `x = f'{a}{a}{a}'`, `x = f'{a:{a}}{a}'`,
  `def f():\n    return f'{x!r:^{width}.{prec}}'`, `x = f'{"é"}{a}'`, `x = f'{a:é{b}}'`, `x = f'{ a = }'`,
  `x = f'{a}' 'é' f'{b}'`, `x = f'{*a,}'`, `x = f'{yield}'`, `x = f'{await a}'`, `x = f'{a:{b!r}}'`,
  `x = f'{"{"}'`, `x = f"{'}'}"`, `x = f'{a["}"]}'`, `x = f'{a:{b}{c}}'`, `x = f'{a=}' f'{a=}'`, `x = f'{ a =   }'`,
  `x = f'''{a\n=}'''`, `x = f'{a:\\n{b}}'`, `x = u''`, `x = b'\\\n'`, `x = f'{0!s:>{w}.{p}f}'`, `éé = f'''\né{a}'''`,
  `x = f'''é\n  é{a}'''`, `x = f'{a}' u'b'`, `x = u'a' f'{a}'`, `x = f'{a:x}' f'{b:y}'`, `x = F'{a}' Rf'{b}\\x' fR'{c}'`,
  `x = f'{a:=^10}'`, `x = f'{a:!<3}'`, `x = f'{a<b>c}'`, `x = f'{a!s}{{'`, `x = f'{{{a}}}'`, `x = f'\\{{a}}'`,
  // Escaped surrogate pairs stay two code points, also across pieces of an f-string run.
  `x = f'\\ud800\\udc80{a}'`, `x = f'\\ud800' '\\udc80'`, `x = 'a\\ud800' f'\\udc80{a}\\ud800' '\\udc00'`,
  `x = f'{a:\\ud800\\udc00}'`, `x = f'\\ud800{{\\udc00'`, `x = f'\\ud800{a}\\udc00'`, `x = f'😀\\udc00{a}'`,
  `match x:\n    case '\\ud800\\udc00': pass`, `x = '\\ud83d\\ude00' + '\\U0001f600'`,
];

function ourDump(src: string): string {
  try {
    return dump(parse(src), { includeAttributes: true });
  } catch (e) {
    if (e instanceof PySyntaxError) return 'SyntaxError: ' + e.msg;
    throw e;
  }
}

describeWithPython3('string ASTs', () => {
  const expected = python3AstDumps(SNIPPETS.map((src) => [src, 'exec', false]))
    ?.map((r) => r.dump ?? 'SyntaxError: ' + r.error[1]);
  it.each(SNIPPETS.map((src, i) => [src, i] as const))('%j', (src, i) => {
    expect(ourDump(src)).toBe(expected![i]);
  });
});

// ---------------------------------------------------------------------------
// (3) SyntaxErrors.

const BAD: string[] = [
  `x = 'a' b'b'\n`, `x = 'a' b'b' + 1\n`, `x = (b'a'\n 'b')\n`, `x = b'é'\n`, `x = 'a' b'é' + 1\n`,
  `x = '\\x4'\n`, `x = 'ab\\N{foo}' + 1\n`, `x = '\\N{LATIN SMALL LETTER A'\n`, `x = '\\N'\n`, `x = 'é\\U00110000'\n`,
  `x = b'\\x4' + 1\n`, `x = b'ab\\xzz'\n`, `x = '\\x4' f'{a}' + 1\n`, `x = f'{a}' f'\\x4' + 1\n`,
  `x = f'{}'\n`, `x = f'{ }' + 1\n`, `x = f'{a!x}'\n`, `x = f'{a!}'\n`, `x = f'{a=!}'\n`, `x = f'{a!r'\n`,
  `x = f'}'\n`, `x = f'a}b' + 1\n`, `x = f'{'\n`, `x = f'{a'\n`, `x = f'{a:'\n`, `x = f'{a:{b}'\n`, `x = f'{a' 'b'\n`,
  `x = f'{a#}'\n`, `x = f'{a(}'\n`, `x = f'{a)}'\n`, `x = f'{a]}'\n`, `x = f'{a[}'\n`, `x = f'{\\n}'\n`,
  `x = f'{"\\n"}'\n`, `x = f'{a:{b:{c}}}'\n`, `x = f'{"a}'\n`, `x = f'{a b}'\n`, `x = f'{a +}' + 1\n`,
  `x = 1 + f'''\n{a b}'''\n`, `x = f'{lambda x:1}'\n`, `x = f'{*a}'\n`, `x = f'{a!rr}'\n`, `x = f'{a:{b}c'\n`,
  `x = f'{a=b}'\n`, `x = f'{a:\\N}'\n`, `x = f'\\N{foo}{a}'\n`, `x = f'{a}\\x'\n`, `x = f'{"""a}'\n`,
  `x = f'{${'('.repeat(201)}'\n`, `def f(:\n    x = f'{a b}'\n`, `x = f'{a:{{b}}}'\n`, `x = f'{a!r=}'\n`,
  `x = f'{a:{b!r:{c}}}'\n`, `x = f'{a}' b'x'\n`, `x = b'x' f'{a}'\n`, `x = f'{a!s' + 1\n`, `x = f'{a:{'\n`,
  `x = f'{a}}'\n`, `x = f'{a}}}' + 1\n`, `x = f'{{}' 'é' f'{a!z}'\n`, `x = 'é' '\\N{bad name}'\n`,
  `x = f'{f"{}"}'\n`, `x = f'{b"a" "b"}'\n`, `x = f'{f"{a!x}"}' + 1\n`, `x = f'{"\\N{x}"}'\n`,
];

function ourError(src: string): unknown {
  try {
    parse(src, { filename: '<s>' });
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text];
  }
}

describeWithPython3('string SyntaxErrors', () => {
  const expected = python3CompileErrors(BAD, '<s>')
    ?.map((e) => e && [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset, e.text]);
  it.each(BAD.map((src, i) => [src, i] as const))('%j', (src, i) => {
    expect(ourError(src)).toEqual(expected![i]);
  });
});
