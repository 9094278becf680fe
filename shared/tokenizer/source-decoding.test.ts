// Checks decodeSource (and the lexer's handling of undecodable bytes) against
// compile() on bytes in python3: the decoded text for sources CPython accepts,
// the SyntaxError for the ones it rejects while decoding or tokenizing.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../test/support/python3.js';
import { decodeSource } from './source-decoding.js';
import { Lexer } from './lexer.js';
import { PySyntaxError } from '../errors/syntax-error.js';
import { Tok } from './tokens.js';

/** Sources as latin-1 strings (each char one byte), so they survive JSON both ways. */
const SOURCES: string[] = [
  '# \xff\nx=1\n', 'x\xff = 1\n', '\xff = 1\n', 'x = 1 \xff\n', 'x = 1\n\xf6\n', 'x = 1\n\xe9t\xe9 = \xed\xa0\x80\n',
  '# -*- coding: latin-1 -*-\nx = "\xff"\n', '# coding: uft-8\n', '\xef\xbb\xbf# coding: latin-1\n',
  '\xef\xbb\xbf# coding: utf-8\nx=1\n', '\xef\xbb\xbfx=1\n', '#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\nx="\xe9"\n',
  '\n# coding: latin-1\nx="\xe9"\n', '  # coding=utf8\n', '# coding: latin1\nx="\xe9"\n', '#coding:cp1252\nx="\x80"\n',
  '# coding: ascii\nx="\xe9"\n', '# coding: ascii\nx="e"\n', '# coding: UTF_8_sig\n', '# coding: utf-8-sig\nx=1\n',
  '# c\n\n# coding: latin-1\n', '# coding: latin-1\r\nx="\xe9"\r\n', "# coding: koi8-r\nx='\xc1'\n", '# coding=\n',
  '# coding: \xff\n', '#coding:cp1252\nx="\x81"\n', '\xef\xbb\xbf# coding: utf8\n', '# coding: ISO_8859-1\nx="\xe9"\n',
  '# coding: latin-1-foo\nx="\xe9"\n', 'x = 1 # coding: latin-1\n', '\xef\xbb\xbf\n# coding: latin-1\n', 'x = "\xc3\xa9"\n',
  '#\n#\n# coding: latin-1\n', '#coding: utf8\n\xff = 1\n', 'x=1\r# coding: latin-1\r\xe9=1',
  // Undecodable names after non-ASCII text, with and without a declared encoding.
  '\xc3\xa9 = \xc3\xa9\xff\xc3\xa9\n', '# coding: utf-8\n\xc3\xa9 = \xc3\xa9\xff\xc3\xa9\n', 'x\xe4\xb8 = 1\n',
];

/** compile() on each source's bytes: ['ok', decoded text or null] or ['err', [msg, lineno, offset, text]]. */
const PY_REFERENCE = `import sys, json, importlib.util
out = []
for s in json.load(sys.stdin):
    b = s.encode('latin-1')
    try:
        compile(b, 'f', 'exec')
        try:
            text = importlib.util.decode_source(b)
        except Exception:
            text = None
        out.append(['ok', text])
    except SyntaxError as e:
        out.append(['err', [e.msg, e.lineno, e.offset, e.text]])
print(json.dumps(out))
`;

describeWithPython3('decodeSource matches compile() on bytes', () => {
  const expected = python3Json<any[]>(PY_REFERENCE, SOURCES)!;
  SOURCES.forEach((src, i) => {
    it(JSON.stringify(src), () => {
      const bytes = Uint8Array.from([...src].map((c) => c.charCodeAt(0)));
      let error: PySyntaxError | null = null;
      let text: string | null = null;
      try {
        const decoded = decodeSource(bytes);
        text = decoded.text;
        // As the parser runs it: offsets pegen places stay in bytes without a declared encoding.
        const lexer = new Lexer(text, { byteOffsets: !decoded.encodingDeclared });
        while (lexer.next().type !== Tok.ENDMARKER);
      } catch (e) {
        if (!(e instanceof PySyntaxError)) throw e;
        error = e;
      }
      const [status, want] = expected[i];
      if (status === 'err') {
        expect(error, 'accepted').not.toBeNull();
        expect([error!.msg, error!.lineno, error!.offset, error!.text]).toEqual(want);
      } else {
        expect(error).toBeNull();
        if (want !== null) expect(text!.replace(/\r\n?/g, '\n')).toBe(want);
      }
    });
  });
});
