// The line quoted by compile-time SyntaxErrors of a compiled file, against
// python3: each case is written to a file, compiled from its bytes by python3
// (which reads the line back from that file) and by compileSource, and the
// SyntaxError's text must be the same. The cases probe err_programtext's
// 999-byte reads, universal newlines, strict UTF-8 and a BOM.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { compileSource } from '../compiler/index.js';
import { programTextLine } from './program-text.js';
import { PySyntaxError } from './syntax-error.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** `break` (a compile.c error) at the end of a line of exactly `bytes` bytes, newline excluded. */
function breakLineOf(bytes: number): string {
  return 'x = 0;' + ' '.repeat(bytes - 'x = 0;break'.length) + 'break';
}

/** Name -> file content. Each compiles to a SyntaxError raised after parsing. */
const CASES: Readonly<Record<string, Uint8Array>> = {
  short: utf8('x = 1\nbreak\n'),
  symtableError: utf8('x = 1\nnonlocal x\n'),
  nonAscii: utf8("s = 'é€'; break\n"),
  line998: utf8(`${breakLineOf(998)}\n`),
  line999: utf8(`${breakLineOf(999)}\n`),
  line1000: utf8(`${breakLineOf(1000)}\n`),
  line2500: utf8(`${breakLineOf(2500)}\n`),
  lastLine998NoNewline: utf8(`pass\n${breakLineOf(998)}`),
  lastLine999NoNewline: utf8(`pass\n${breakLineOf(999)}`),
  lastLine1998NoNewline: utf8(`pass\n${breakLineOf(1998)}`),
  lastLine1000NoNewline: utf8(`pass\n${breakLineOf(1000)}`),
  characterCutAt999: utf8(`s  = '${'é'.repeat(600)}'; break\n`),
  crlf: utf8('x = 1\r\nbreak\r\n'),
  crOnly: utf8('x = 1\rbreak\r'),
  bom: utf8('\ufeffbreak\n'),
  latin1Cookie: latin1("# -*- coding: latin-1 -*-\ns = '\xe9'; break\n"),
  latin1CookieAsciiLine: latin1("# -*- coding: latin-1 -*-\ns = '\xe9'\nbreak\n"),
};

const PYTHON_TEXTS = `
import json, sys
out = {}
for name, path in json.load(sys.stdin).items():
    with open(path, 'rb') as f:
        data = f.read()
    try:
        compile(data, path, 'exec')
        out[name] = 'compiled'
    except SyntaxError as e:
        out[name] = e.text
json.dump(out, sys.stdout)
`;

describeWithPython3('program text of compile-time SyntaxErrors (vs python3)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pyw-program-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const paths: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(CASES)) {
    paths[name] = join(dir, `${name}.py`);
    writeFileSync(paths[name], bytes);
  }
  const expected = python3Json<Record<string, string | null>>(PYTHON_TEXTS, paths) ?? {};

  for (const name of Object.keys(CASES)) {
    it(name, () => {
      let actual: string | null | 'compiled' = 'compiled';
      try {
        compileSource(CASES[name], paths[name], 'exec');
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        actual = e.text;
      }
      expect(actual).toBe(expected[name]);
    });
  }
});

it('has no line 0 and no line past the end', () => {
  expect(programTextLine(utf8('a\nb\n'), 0)).toBeNull();
  expect(programTextLine(utf8('a\nb\n'), 3)).toBeNull();
  expect(programTextLine(utf8('a\nb'), 2)).toBe('b');
});
