// Checks formatException against traceback-fixtures.json, written by
// scripts/generate-traceback-fixtures.py: small programs run by python3, their
// uncaught exceptions recorded as data (type, str(), notes, frames with the
// location table's positions, chain, group members, SyntaxError fields)
// together with the stderr the interpreter printed for them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PySyntaxError, type SyntaxErrorKind } from '../syntax-error.js';
import { exceptionTypeName, formatException, type ExceptionReport, type FrameSummary } from './index.js';

interface RecordedFrame {
  filename: string;
  lineno: number;
  name: string;
  startLineno: number | null;
  endLineno: number | null;
  colOffset: number | null;
  endColOffset: number | null;
}

interface RecordedException {
  module: string | null;
  qualname: string;
  message: string | null;
  notes?: (string | null)[];
  notesRepr?: string;
  suggestion: string | null;
  frames: RecordedFrame[];
  syntaxError?: {
    kind: string; msg: string; filename: string | null; lineno: number | null; offset: number | null;
    text: string | null; endLineno: number | null; endOffset: number | null;
  };
  suppressContext: boolean;
  cause: number | null;
  context: number | null;
  children?: number[];
}

interface Case {
  name: string;
  sourceLines: Record<string, Record<string, string>>;
  tracebackLimit: number | null;
  exceptions: RecordedException[];
  stderr: string;
}

const { cases } = JSON.parse(
  readFileSync(new URL('./traceback-fixtures.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

function toFrame(f: RecordedFrame): FrameSummary {
  return {
    filename: f.filename, lineno: f.lineno, name: f.name,
    startLineno: f.startLineno ?? undefined, endLineno: f.endLineno ?? undefined,
    colOffset: f.colOffset ?? undefined, endColOffset: f.endColOffset ?? undefined,
  };
}

/** The recorded SyntaxError fields as the front end's PySyntaxError holds them (None offsets are 0, a None lineno -1). */
function toSyntaxError(s: NonNullable<RecordedException['syntaxError']>): PySyntaxError {
  const lineno = s.lineno ?? -1;
  return new PySyntaxError(
    s.kind as SyntaxErrorKind, s.msg, lineno, s.offset ?? 0, s.text,
    s.endLineno ?? lineno, s.endOffset ?? 0, s.filename ?? '<string>',
  );
}

/** The recorded table as linked reports, one object per recorded exception (identity matters). */
function toReports(table: RecordedException[]): ExceptionReport {
  type Mutable = { -readonly [K in keyof ExceptionReport]: ExceptionReport[K] };
  const reports: Mutable[] = table.map((e) => ({
    typeName: exceptionTypeName(e.module, e.qualname),
    message: e.message,
    suggestion: e.suggestion,
    notes: e.notes,
    notesRepr: e.notesRepr,
    frames: e.frames.map(toFrame),
    suppressContext: e.suppressContext,
    syntaxError: e.syntaxError === undefined ? undefined : toSyntaxError(e.syntaxError),
  }));
  table.forEach((e, i) => {
    const r = reports[i]!;
    r.cause = e.cause === null ? null : reports[e.cause];
    r.context = e.context === null ? null : reports[e.context];
    if (e.children !== undefined) r.exceptions = e.children.map((c) => reports[c]!);
  });
  return reports[0]!;
}

function format(c: Case): string {
  const readLine = (filename: string, lineno: number): string | undefined => c.sourceLines[filename]?.[String(lineno)];
  return formatException(toReports(c.exceptions), readLine, { tracebackLimit: c.tracebackLimit ?? undefined });
}

describe('formatException matches python3', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(format(c)).toBe(c.stderr);
    });
  }
});

describe('formatException', () => {
  const frame: FrameSummary = { filename: 'x.py', lineno: 1, name: '<module>', endLineno: 1, colOffset: 4, endColOffset: 9 };

  it('asks for no source line of <...> files', () => {
    const asked: string[] = [];
    const report: ExceptionReport = { typeName: 'ValueError', message: 'v', frames: [{ ...frame, filename: '<string>' }] };
    const out = formatException(report, (f) => { asked.push(f); return 'x = a + b'; });
    expect(asked).toEqual([]);
    expect(out).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nValueError: v\n');
  });

  it('prints no caret line without a position', () => {
    const report: ExceptionReport = { typeName: 'E', message: '', frames: [{ filename: 'x.py', lineno: 1, name: 'f' }] };
    expect(formatException(report, () => '  x = a + b')).toBe(
      'Traceback (most recent call last):\n  File "x.py", line 1, in f\n    x = a + b\nE\n',
    );
  });

  it('anchors a binary operation', () => {
    const report: ExceptionReport = { typeName: 'E', message: 'm', frames: [frame] };
    expect(formatException(report, () => 'x = a + b\n')).toContain('    x = a + b\n        ~~^~~\n');
  });
});
