// Every snippet of error-cases.txt must raise, through `parse`, the SyntaxError
// python3's `ast.parse` raises: same class, message, line, offset, end line and
// end offset. The expectations come from a live python3 run (one process for
// all snippets); without python3 the comparison is skipped.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithPython3, python3AstDumps } from '../../../test/support/python3.js';
import { PySyntaxError } from '../../errors/syntax-error.js';
import { parse, type ParseMode } from '../index.js';
import { MESSAGES, message } from './messages.js';

interface Case {
  label: string;
  source: string;
  mode: ParseMode;
}

/**
 * error-cases.txt: sections headed by `#### label [flags]`; the snippet is the
 * text up to the next header. Flags: `no-eol` drops the final newline, `eval`
 * and `single` pick the parse mode.
 */
function readCases(): Case[] {
  const text = readFileSync(new URL('./error-cases.txt', import.meta.url), 'utf8');
  const cases: Case[] = [];
  const parts = text.split(/^#### /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    const header = part.slice(0, nl);
    let source = part.slice(nl + 1);
    const flags = new Set((/\[(.*)\]\s*$/.exec(header)?.[1] ?? '').split(/\s+/));
    if (flags.has('no-eol')) source = source.replace(/\n$/, '');
    const mode: ParseMode = flags.has('eval') ? 'eval' : flags.has('single') ? 'single' : 'exec';
    cases.push({ label: header.replace(/\s*\[.*\]\s*$/, ''), source, mode });
  }
  return cases;
}

type Outcome = null | [string, string, number, number | null, number | null, number | null];

/** python3's outcome for each case: null when ast.parse accepts it. */
function pythonOutcomes(cases: Case[]): Outcome[] | null {
  return python3AstDumps(cases.map((c) => [c.source, c.mode, false]))?.map((r) => (r.error ?? null) as Outcome) ?? null;
}

function ourOutcome(c: Case): Outcome {
  try {
    parse(c.source, { mode: c.mode });
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return [e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset];
  }
}

const cases = readCases();
const expected = pythonOutcomes(cases);

/**
 * Snippets where we knowingly differ, with the reason. They run as expected
 * failures, so fixing one shows up as a test to move out of this list.
 */
const KNOWN_DIFFERENCES: ReadonlyMap<string, string> = new Map([
  // CPython reports "':' expected after dictionary key": a key after the first
  // item of a dict display does not get the missing-comma message there; why
  // (which memoized evaluation hides it) is not understood yet.
  ['{a: 1, b c}\n', 'missing comma in a later dict key'],
]);

describeWithPython3('targeted syntax errors match python3', () => {
  cases.forEach((c, i) => {
    const title = `${i}: ${c.label}: ${JSON.stringify(c.source).slice(0, 60)}`;
    const test = KNOWN_DIFFERENCES.has(c.source) ? it.fails : it;
    test(title, () => {
      expect(ourOutcome(c)).toEqual(expected![i]);
    });
  });
});

describe('message table', () => {
  it('fills placeholders in order', () => {
    expect(message('blockAfterStatement', 'if', 3)).toBe("expected an indented block after 'if' statement on line 3");
    expect(message('missingParentheses', 'print', 'print')).toBe(
      "Missing parentheses in call to 'print'. Did you mean print(...)?",
    );
  });
  it('has no duplicate texts', () => {
    const texts = Object.values(MESSAGES);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
