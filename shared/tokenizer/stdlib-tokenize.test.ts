// Checks `runTokenizeMain` against python3 itself: every snippet below is written to a
// temporary file and run through tokenize.py's main() by one python3 process, as a file
// (`python -m tokenize [-e] FILE`) and as stdin, and our stdout, stderr and exit status
// must be identical. The snippets target tokenize.py's quirks; none of the expectations
// is written here. Without python3 the suite is skipped with a message.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithPython3, python3Json, python3Output } from '../../test/support/python3.js';
import { runTokenizeMain } from './tokenize-main.js';
import { tokenizeBytes } from './stdlib-tokenize.js';
import { PY_WORD_CLASS } from './stdlib-tokenize/py-text.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** [name, source bytes]. */
const SNIPPETS: [string, Uint8Array][] = [
  ['simple statement', utf8('x = 1\n')],
  ['no final newline', utf8('x = 1')],
  ['comment as last line without newline', utf8('x = 1\n# done')],
  ['empty file', utf8('')],
  ['only whitespace', utf8('   ')],
  ['whitespace last line', utf8('x\n   ')],
  ['blank and comment lines', utf8('\n   \n  # c\n\t\nx\n')],
  ['indent and dedent', utf8('if a:\n    b\n    if c:\n        d\ne\n')],
  ['dedent after comments', utf8('if a:\n    b\n# c\n\n  # d\ne\n')],
  ['tabs, spaces and form feed', utf8('if a:\n\tb\n        c\n\f        d\nif 1:\n  \tx\n\t  y\n')],
  ['unindent mismatch', utf8('if a:\n    b\n  c\n')],
  ['unindent mismatch after a dedent', utf8('if a:\n    if b:\n        c\n  d\n')],
  ['EOF in multi-line statement', utf8('x = (1,\n2')],
  ['EOF after backslash', utf8('x = \\')],
  ['EOF in multi-line string', utf8('x = """abc\ndef\n')],
  ['unterminated single-quoted string', utf8("x = 'abc\ny = 2\n")],
  ['unterminated prefixed string', utf8('x = rb"abc\n')],
  ['backslash-continued single-quoted string', utf8("x = 'abc\\\ndef'\n")],
  ['continued string not closed', utf8("x = 'abc\\\ndef\ns = '''a\nb'''\n")],
  ['stray characters', utf8('a $ b ? c ! d ` e\n')],
  ['backslash not before newline', utf8('a \\ b\n')],
  ['backslash continuation', utf8('x = 1 + \\\n    2\n\\\ny\n')],
  ['string prefixes', utf8("b'x' rb'y' Rb'z' BR\"w\" u'v' f'{a}' Fr'{b}' rf\"c\" U'q' bu'x' ur'y'\n")],
  ['triple quotes', utf8("'''a''' \"\"\"b\"\"\" rb'''c\nd''' f\"\"\"e\n\"\"\" '''x''y'''\n")],
  ['escapes in strings', utf8("'a\\'b' \"c\\\"d\" '''e\\'''f''' 'g\\\\'\n")],
  ['numbers', utf8('0 00 0_0 1_000 0x_ff 0b101 0o17 1. .5 1e5 1.5e-3 1j 1.5J 0777 1__2 1if 0x 1e 1_ 09.5 .e1 1.e2j 0b2 0o8\n')],
  ['operators', utf8('a->b ** **= // //= ... := != <> @= ~ ^= <<= >>= % %= & &= | |= -= += *= /= == <= >= < > . , ; :\n')],
  ['brackets and NL', utf8('f(a,\n  b)[\n1\n]{\n}\n')],
  ['comment inside brackets', utf8('(a, # c\n b)\n')],
  ['unbalanced closers', utf8(')\nx\n]]\n')],
  ['unicode identifiers', utf8('café = 1\nπ = 2\n𝔘𝔫𝔦 = 3\n_x = ℌ\n')],
  ['decomposed accent', utf8('cafe\u0301 = 1\n')],
  ['word characters that are not identifiers', utf8('² = 1\n٣ + ½\n')],
  ['astral characters in strings and comments', utf8("s = '😀' # 😀\nt = '\u{1F600}x' + 𝔘\n")],
  ['non-printable and special characters', utf8("x = '\x01\x7f\u200b\xa0'\n\u200by\n\u3000z\n\x0bw\nq\x00r\n")],
  ['reprs with quotes', utf8('s = "it\'s"\nt = \'a"b\'\nu = "\'\\""\n')],
  ['CRLF newlines', utf8('a = 1\r\nb = (\r\n2)\r\n# c\r\n')],
  ['CR-only newlines', utf8('a = 1\rb = 2\r')],
  ['backslash CRLF in a string', utf8("x = 'a\\\r\nb'\r\n")],
  ['f-strings', utf8('f"{x!r:>{w}}" f\'{"a"}\' F"""{\n}"""\n')],
  ['async and await', utf8('async def f():\n    await x\n')],
  ['UTF-8 BOM', utf8('\ufeffx = 1\n')],
  ['BOM only', utf8('\ufeff')],
  ['BOM with utf-8 cookie', utf8('\ufeff# coding: utf-8\nx\n')],
  ['BOM with latin-1 cookie', utf8('\ufeff# coding: latin-1\nx\n')],
  ['latin-1 cookie', latin1('# -*- coding: latin-1 -*-\nx = "\xe9"\n')],
  ['latin1 spelling kept', latin1('# coding=latin1\nx = "\xe9"\n')],
  ['cookie on line two', latin1('#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\ns = "\xa4"\n')],
  ['cookie after code is ignored', latin1('x = 1\n# coding: latin-1\ns = "\xe9"\n')],
  ['UTF8 cookie spelling', utf8('# coding=UTF8\nx\n')],
  ['ascii cookie with non-ASCII text', utf8('# coding: ascii\nx = "é"\n')],
  ['unknown encoding', utf8('# coding: foo\n')],
  ['unknown encoding on line two', utf8('\n# coding: no-such-codec\n')],
  ['invalid UTF-8 on the first line', latin1('\xff\n')],
  ['invalid UTF-8 later', latin1('a\nb\nc = "\xe9\x80"\n')],
  ['truncated UTF-8 at EOF', latin1('x = "\xe2\x82')],
  ['koi8-r cookie', latin1('# -*- coding: koi8-r -*-\ns = "\xf0\xd2\xc9"\n')],
];

/** Runs tokenize.main() in-process per case; falls back to a real `python3 -m tokenize` when main() re-raises. */
const HELPER = `
import io, json, subprocess, sys, tokenize
req = json.load(sys.stdin)
res = []
for path in req['paths']:
    data = open(path, 'rb').read()
    case = {}
    for stdin in (False, True):
        for exact in (False, True):
            args = (['-e'] if exact else []) + ([] if stdin else [path])
            so, se = io.StringIO(), io.StringIO()
            saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
            sys.argv = ['tokenize.py', *args]
            sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding='utf-8', errors='surrogateescape', newline='\\n')
            sys.stdout, sys.stderr = so, se
            rc, escaped = 0, False
            try:
                tokenize.main()
            except SystemExit as e:
                rc = e.code
            except BaseException:
                escaped = True
            finally:
                sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
            out = {'stdout': so.getvalue(), 'stderr': se.getvalue(), 'exitCode': rc}
            if escaped:
                p = subprocess.run([sys.executable, '-m', 'tokenize', *args], input=data, capture_output=True)
                dec = lambda b: b.decode('utf-8', 'surrogateescape')
                out = {'stdout': dec(p.stdout), 'stderr': dec(p.stderr), 'exitCode': p.returncode}
            case[('stdin' if stdin else 'file') + ('-e' if exact else '')] = out
    try:
        with open(path, 'rb') as f:
            case['tokens'] = [[t.type, t.string, t.start, t.end, t.line] for t in tokenize.tokenize(f.readline)]
    except Exception as e:
        case['tokens'] = None
    res.append(case)
json.dump({'tokenizePath': tokenize.__file__, 'results': res}, sys.stdout)
`;

interface Expected {
  stdout: string;
  stderr: string;
  exitCode: number;
}

type Reply = { tokenizePath: string; results: (Record<string, Expected> & { tokens: unknown[] | null })[] };

describeWithPython3('pyw tokenize matches python3 -m tokenize', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyw-tokenize-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const paths = SNIPPETS.map(([, bytes], i) => {
    const path = join(dir, `case${i}.py`);
    writeFileSync(path, bytes);
    return path;
  });
  const reply = python3Json<Reply>(HELPER, { paths })!;

  it.each(SNIPPETS.map(([name, bytes], i) => [name, bytes, i] as const))('%s', (_name, bytes, i) => {
    const expected = reply.results[i];
    for (const stdin of [false, true]) {
      for (const exact of [false, true]) {
        const key = (stdin ? 'stdin' : 'file') + (exact ? '-e' : '');
        const filename = stdin ? '<stdin>' : paths[i];
        const got = runTokenizeMain(bytes, filename, { exact, stdin, tokenizeModulePath: reply.tokenizePath });
        expect({ key, ...got }).toEqual({ key, ...expected[key] });
      }
    }
  });

  it.each(SNIPPETS.map(([name, bytes], i) => [name, bytes, i] as const))('token records of %s', (_name, bytes, i) => {
    const expected = reply.results[i].tokens;
    if (expected === null) {
      expect(() => [...tokenizeBytes(bytes, paths[i])]).toThrow();
      return;
    }
    const got = [...tokenizeBytes(bytes, paths[i])].map((t) => [t.type, t.string, t.start, t.end, t.line]);
    expect(got).toEqual(expected);
  });
});

describeWithPython3('PY_WORD_CLASS', () => {
  it("is the \\w of python3's re for every code point", () => {
    const script = "import re, sys; w = re.compile(r'\\w')\n" +
      "sys.stdout.write(''.join('01'[bool(w.match(chr(c)))] for c in range(0x110000)))";
    const classes = python3Output(['-c', script])!;
    const word = new RegExp(`^${PY_WORD_CLASS}$`, 'v');
    const wrong: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (word.test(String.fromCodePoint(c)) !== (classes[c] === '1')) wrong.push(c.toString(16));
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });
});
