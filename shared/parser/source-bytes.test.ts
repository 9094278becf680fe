// parseBytes against compile() on bytes, where the source's bytes matter: error
// offsets on lines with non-ASCII text (pegen keeps byte offsets when the
// encoding is not declared, characters when a BOM or coding cookie declares it,
// or when the source is a str), bytes that are not UTF-8 (CPython decodes each
// str literal and name itself and fails there), error texts that span the lines
// of a multi-line token, and NUL bytes. Each source runs three ways: as bytes, as
// bytes behind a utf-8 coding cookie, and (when it is valid UTF-8) as a str
// through `parse`. Expectations come from python3 at test time; skipped without it.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Output } from '../../test/support/python3.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { parse, parseBytes } from './index.js';
import { encodeUtf8Escaped } from '../kernels/codecs.js';

/** Sources as text; U+DC80..U+DCFF stands for a raw byte 0x80..0xFF that is not UTF-8 (codecs.encodeUtf8Escaped). */
const SOURCES: string[] = [
  // Errors pegen places itself, after non-ASCII text on the line.
  'é = 1 \\ x\n', 'é = 1 \\', 'x = "é" \\', 'if 1:\n  é = 1\n é = 2\n', 'if 1:\n    pass\n  é = 2\n',
  'é = (1,\n', 'é = [1,\n2,\n', 'é = (1 +\n 2 \\\n', 'é = 1 +\n', 'é = 5 $ 3\n', 'é = "abc\n', 'é€ = 1\n',
  'if 1:\n\té = 1\n        é = 2\n', 'é = 1abc\n', '(é]\n',
  // Error texts that include the earlier lines of a multi-line token.
  'x = 1 + \\\n  2 +\n', 'x = 1 + \\\n  2 $\n', 's = """\nabc""" +\n', 's = """\nab\n\nc""" 1\n', '\\\n\\\nx = 1 +\n',
  's = 1 + """\nabc"""\nx = 1 +\n', 'x = "é" + \\\n  é $\n',
  // Bytes that are not UTF-8: in literals (raw, escaped, f-string pieces), names, comments.
  'x = 1\n# \udcff\n', 's = "\udcff\udcfe"\n', 's = "ab\udcff"\n', 'x\udcff = 1\n', '\udcff\n', 's = b"\udcff"\n', 's = f"\udcff"\n',
  's = f"{x}\udcff"\n', 's = r"\udcff"\n', 's = """\n\udcff"""\n', 'x = (1,\n\udcff)\n', 'x = "\udcc3"\n', 'x = "\udce4\udcb8"\n',
  'é\udcff = 1', 's = "\udced\udca0\udc80"', 'x = "\udcff"  # éé\n', '"a\udcff" +\n', 's = "\\\udcff"\n',
  's = "\\N{\udcff}"\n', 'x = "a" "\udce4\udcb8" "\udcff"\n', 'x = b"a" "\udce4\udcb8"\n', 'x = rf"a{b}é\udcff"\n',
  'x = f"{{\udcff"\n', 'x = f"a\\né\udcff"\n', 'é = é\udcffé\n',
  // ... inside f-string replacement fields, where pegen shifts and may leave negative offsets.
  's = f"{\udcff}"\n', 'xxxxxxxxxxxx = f"{a + b + \udcff}"\n', 'x = f"""\n\n{\udcff}"""\n', 'x = f"""\n\n {\udcff}"""\n',
  'x = f"""{a +\n \udcff}"""\n', "x = f\"{a + '\udcff'}\"\n",
  // NUL bytes, which compile() refuses before decoding.
  'x = 1\0\n', 'x\udcff\0',
];

type Outcome = 'OK' | 'NOSTR' | [string, string, number | null, number | null, string | null, number | null, number | null];

const PY_REFERENCE = `
import json, sys
out = []
for mode, s in json.load(sys.stdin):
    src = s.encode('latin-1')
    if mode == 'str':
        try:
            src = src.decode('utf-8')
        except UnicodeDecodeError:
            out.append('NOSTR')
            continue
    try:
        compile(src, 'f.py', 'exec', 0x400, dont_inherit=True)
        out.append('OK')
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset])
print(json.dumps(out))
`;

const MODES = ['bytes', 'cookie', 'str'] as const;
/** The bytes of a source, as a latin-1 string (one character per byte) that survives JSON. */
function latin1(source: string): string {
  return Buffer.from(encodeUtf8Escaped(source)).toString('latin1');
}

const INPUTS = SOURCES.flatMap((s) => MODES.map((m) => [m, latin1(m === 'cookie' ? '# coding: utf-8\n' + s : s)] as const));

function ours(mode: (typeof MODES)[number], input: string): Outcome {
  const bytes = Uint8Array.from(input, (c) => c.charCodeAt(0));
  try {
    if (mode === 'str') parse(Buffer.from(bytes).toString('utf8'), { filename: 'f.py' });
    else parseBytes(bytes, { filename: 'f.py' });
    return 'OK';
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    // lineno -1 stands for CPython's None (no position at all).
    if (e.lineno < 0) return [e.kind, e.msg, null, null, e.text, null, null];
    return [e.kind, e.msg, e.lineno, e.offset, e.text, e.endLineno, e.endOffset];
  }
}

describeWithPython3('parseBytes matches compile() on bytes', () => {
  const stdout = python3Output(['-W', 'ignore', '-c', PY_REFERENCE], { input: JSON.stringify(INPUTS) });
  const expected = stdout === null ? [] : (JSON.parse(stdout) as Outcome[]);

  it.each(INPUTS.map(([mode, s], i) => [mode, JSON.stringify(Buffer.from(s, 'latin1').toString('utf8')), i] as const))('%s %s', (mode, _label, i) => {
    if (expected[i] === 'NOSTR') return; // not UTF-8: there is no str to compile
    expect(ours(mode, INPUTS[i][1])).toEqual(expected[i]);
  });
});
