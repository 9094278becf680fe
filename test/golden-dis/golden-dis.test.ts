// The dis golden set: hand-written programs, one or more per construct of the
// compiler, whose expected `python3 -m dis` output, marshalled module code
// object and compile-time errors python3 produced (scripts/regenerate-golden-dis.py).
//
// Runs without python3. Each valid program gets three checks: `ours` (our
// compiler + our dis print exactly what python3 -m dis printed), `marshal`
// (python3's code object, loaded by our marshal reader, disassembles to that
// same text) and `fields` (our code object equals python3's field by field).
// Each invalid program gets two: `error` (SyntaxError class, message and line)
// and `ours` (pyw dis's stderr and exit code equal python3's, carets included).
// What the compiler does not do yet is listed in KNOWN_GAPS, one reasoned
// entry per failing check; those run as it.fails, so a fixed gap fails the
// suite until its entry is removed.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CodeObject, type ConstValue, isCodeObject } from '../../shared/bytecode/code.js';
import { constRepr, disText, normalizeAddresses } from '../../shared/bytecode/dis.js';
import { runDisMain } from '../../shared/bytecode/dis/dis-main.js';
import { marshalLoads } from '../../shared/bytecode/marshal.js';
import { opname } from '../../shared/bytecode/opcodes.js';
import { compileSource } from '../../shared/compiler/index.js';
import { PySyntaxError } from '../../shared/errors/syntax-error.js';

/**
 * Checks that fail today, keyed `<group>/<program> <check>`, with the reason.
 * Remove an entry as soon as its check passes (it.fails then reports it).
 */
const KNOWN_GAPS: Readonly<Record<string, string>> = {};

const HERE = fileURLToPath(new URL('.', import.meta.url));
const GROUPS = ['valid', 'invalid'] as const;
type Group = (typeof GROUPS)[number];
const CHECKS: Readonly<Record<Group, readonly string[]>> = { valid: ['ours', 'marshal', 'fields'], invalid: ['error', 'ours'] };
const MIN_PROGRAMS: Readonly<Record<Group, number>> = { valid: 65, invalid: 25 };

/** What regenerate-golden-dis.py writes (texts as lists of lines: joined with '\n' they are exact). */
interface StoredRun { exitCode: number; stdout: string[]; stderr: string[] }
interface StoredError { type: string; msg: string; lineno: number; offset: number; end_lineno: number; end_offset: number }
interface Expectation { program: string; sha1: string; python: string; dis: StoredRun; error: StoredError | null }

function listPrograms(group: Group): string[] {
  const dir = join(HERE, 'programs', group);
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.py')).sort() : [];
}

const expectedPath = (group: Group, name: string, ext: string): string =>
  join(HERE, 'expected', group, name.replace(/\.py$/, ext));

const joined = (run: StoredRun) => ({ exitCode: run.exitCode, stdout: run.stdout.join('\n'), stderr: run.stderr.join('\n') });

/** `pyw dis NAME` in process, with code object addresses normalized as the expectations are. */
function ourDis(bytes: Uint8Array, name: string) {
  const run = runDisMain(bytes, name);
  return { exitCode: run.exitCode, stdout: normalizeAddresses(run.stdout), stderr: normalizeAddresses(run.stderr) };
}

/** Code units as `OPNAME arg`, so a field diff reads like a disassembly (the bytes are still all compared). */
function codeUnits(code: Uint8Array): string[] {
  const units: string[] = [];
  for (let i = 0; i + 1 < code.length; i += 2) units.push(`${opname[code[i]]} ${code[i + 1]}`);
  if (code.length % 2) units.push(`odd trailing byte ${code[code.length - 1]}`);
  return units;
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

/** Every CodeObject field in a comparable form; nested code objects recursively, constants by repr. */
function plainCode(co: CodeObject): Record<string, unknown> {
  const constant = (c: ConstValue): unknown => (isCodeObject(c) ? plainCode(c) : constRepr(c));
  return {
    co_name: co.co_name, co_qualname: co.co_qualname, co_filename: co.co_filename, co_firstlineno: co.co_firstlineno,
    co_argcount: co.co_argcount, co_posonlyargcount: co.co_posonlyargcount, co_kwonlyargcount: co.co_kwonlyargcount,
    co_flags: `0x${co.co_flags.toString(16)}`, co_stacksize: co.co_stacksize,
    co_localsplus: co.co_localsplusnames.map((n, i) => `${n} 0x${(co.co_localspluskinds[i] ?? -1).toString(16)}`),
    co_localspluskinds_length: co.co_localspluskinds.length,
    co_names: [...co.co_names], co_consts: co.co_consts.map(constant),
    co_code: codeUnits(co.co_code), co_linetable: hex(co.co_linetable), co_exceptiontable: hex(co.co_exceptiontable),
  };
}

function loadPythonCode(name: string): CodeObject {
  const value = marshalLoads(readFileSync(expectedPath('valid', name, '.marshal')));
  if (!isCodeObject(value)) throw new Error(`${name}.marshal does not hold a code object`);
  return value;
}

/** The error our compiler raises, reduced to what python3's compile() reported. */
function ourError(bytes: Uint8Array, name: string): unknown {
  try {
    compileSource(bytes, name, 'exec');
  } catch (e) {
    if (e instanceof PySyntaxError) return { type: e.kind, msg: e.msg, lineno: e.lineno };
    throw e;
  }
  return 'compiled without error';
}

/** it(), or it.fails() for a known gap. */
function check(group: Group, name: string, what: string, body: () => void): void {
  const key = `${group}/${name} ${what}`;
  const gap = KNOWN_GAPS[key];
  if (gap === undefined) it(`${name} ${what}`, body);
  else it.fails(`${name} ${what} (known gap: ${gap})`, body);
}

describe('dis golden set data', () => {
  it('has enough programs of each kind', () => {
    for (const group of GROUPS) expect(listPrograms(group).length, group).toBeGreaterThanOrEqual(MIN_PROGRAMS[group]);
  });

  it('has an up-to-date expectation for every program and none for missing ones', () => {
    const problems: string[] = [];
    for (const group of GROUPS) {
      const names = listPrograms(group);
      for (const name of names) {
        const path = expectedPath(group, name, '.json');
        if (!existsSync(path)) { problems.push(`${group}/${name}: no expectation`); continue; }
        const digest = createHash('sha1').update(readFileSync(join(HERE, 'programs', group, name))).digest('hex');
        if ((JSON.parse(readFileSync(path, 'utf8')) as Expectation).sha1 !== digest) problems.push(`${group}/${name}: program changed since its expectation`);
        if (group === 'valid' && !existsSync(expectedPath(group, name, '.marshal'))) problems.push(`${group}/${name}: no .marshal`);
      }
      const dir = join(HERE, 'expected', group);
      for (const file of existsSync(dir) ? readdirSync(dir) : []) {
        if (!names.includes(file.replace(/\.(json|marshal)$/, '.py'))) problems.push(`${group}/${file}: no such program`);
      }
    }
    expect(problems, 'run `python3 scripts/regenerate-golden-dis.py` after changing programs').toEqual([]);
  });

  it('lists only existing checks in KNOWN_GAPS', () => {
    const real = new Set(GROUPS.flatMap((g) => listPrograms(g).flatMap((n) => CHECKS[g].map((c) => `${g}/${n} ${c}`))));
    expect(Object.keys(KNOWN_GAPS).filter((key) => !real.has(key))).toEqual([]);
  });
});

describe('dis golden valid programs', () => {
  for (const name of listPrograms('valid')) {
    const path = expectedPath('valid', name, '.json');
    if (!existsSync(path)) continue;
    const expected = JSON.parse(readFileSync(path, 'utf8')) as Expectation;
    const bytes = readFileSync(join(HERE, 'programs', 'valid', name));
    check('valid', name, 'ours', () => {
      const actual = ourDis(bytes, name);
      // stdout first: the most telling difference shows up as a line diff.
      expect(actual.stdout).toBe(joined(expected.dis).stdout);
      expect(actual).toEqual(joined(expected.dis));
    });
    check('valid', name, 'marshal', () => {
      expect(normalizeAddresses(disText(loadPythonCode(name)))).toBe(joined(expected.dis).stdout);
    });
    check('valid', name, 'fields', () => {
      expect(plainCode(compileSource(bytes, name, 'exec'))).toEqual(plainCode(loadPythonCode(name)));
    });
  }
});

describe('dis golden invalid programs', () => {
  for (const name of listPrograms('invalid')) {
    const path = expectedPath('invalid', name, '.json');
    if (!existsSync(path)) continue;
    const expected = JSON.parse(readFileSync(path, 'utf8')) as Expectation;
    const bytes = readFileSync(join(HERE, 'programs', 'invalid', name));
    check('invalid', name, 'error', () => {
      const { type, msg, lineno } = expected.error!;
      expect(ourError(bytes, name)).toEqual({ type, msg, lineno });
    });
    check('invalid', name, 'ours', () => {
      expect(ourDis(bytes, name)).toEqual(joined(expected.dis));
    });
  }
});
