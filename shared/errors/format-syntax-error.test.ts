// Checks both SyntaxError printers against format-syntax-error-fixtures.json,
// written by scripts/generate-syntax-error-fixtures.py from what python3's
// interpreter printer and traceback module print for the same errors.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PySyntaxError, type SyntaxErrorKind } from './syntax-error.js';
import { formatSyntaxError, formatSyntaxErrorTraceback } from './format-syntax-error.js';

interface Case {
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  endLineno: number;
  endOffset: number;
  interpreter: string;
  traceback: string;
}

const { cases } = JSON.parse(
  readFileSync(new URL('./format-syntax-error-fixtures.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

function toError(c: Case): PySyntaxError {
  return new PySyntaxError(c.kind, c.msg, c.lineno, c.offset, c.text, c.endLineno, c.endOffset, c.filename);
}

/** The first few cases where `format` disagrees with the recorded output. */
function mismatches(format: (e: PySyntaxError) => string, field: 'interpreter' | 'traceback') {
  return cases
    .map((c) => ({ fields: { ...c, interpreter: undefined, traceback: undefined }, got: format(toError(c)), want: c[field] }))
    .filter((r) => r.got !== r.want)
    .slice(0, 5);
}

describe('SyntaxError printers match python3', () => {
  it(`interpreter printer (${cases.length} errors)`, () => {
    expect(mismatches(formatSyntaxError, 'interpreter')).toEqual([]);
  });

  it(`traceback module (${cases.length} errors)`, () => {
    expect(mismatches(formatSyntaxErrorTraceback, 'traceback')).toEqual([]);
  });

  it('the two printers really differ on some of the recorded errors', () => {
    expect(cases.some((c) => c.interpreter !== c.traceback)).toBe(true);
  });
});
