// The stdlib corpus through marshal and dis, without our compiler: python3
// compiles every .py file of its standard library (as `python3 -m dis FILE`
// does, run from the stdlib root) and marshals the code object; we read it
// with our marshal reader and disassemble it, and must print what python3's
// dis.dis prints for the code object marshal.loads gives back (addresses
// normalised). Then our marshal writer writes it again: python3 must load it
// back equal to what it compiled, and the bytes should be its own. Last, the
// whole of `pyw dis FILE.py` (our compiler included) against `python3 -m dis
// FILE`: the issue's measure, `modules identical / modules compared`.
//
// python3 runs in the background (one process for the whole corpus, with
// PYTHONHASHSEED=0 for frozenset orders) and sends a sha1 of each dis text;
// full texts are asked for only for the files that differ, to put their first
// differing line in .corpus-cache/report-dis.txt. Skips without python3 3.11.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_THRESHOLDS } from './thresholds.js';
import { disText, normalizeAddresses } from '../../shared/bytecode/dis.js';
import { runDisMain } from '../../shared/bytecode/dis/dis-main.js';
import { type MarshalValue, marshalDumps, marshalLoads } from '../../shared/bytecode/marshal.js';
import { type CompileAnswer, type LoadsAnswer, firstDifference, referenceAsync } from '../dis/reference.js';
import { type StdlibListing, pythonVersion, referenceSkipReason, referenceSync } from './python-reference.js';

const CACHE_DIR = fileURLToPath(new URL('../../.corpus-cache/', import.meta.url));
const REPORT_FILE = join(CACHE_DIR, 'report-dis.txt');
/** How many differing files get their first differing line in the report. */
const DETAILED = 100;

/**
 * Pass marks, measured when the suite was written: dis 1768/1773 (the rest are
 * frozensets holding None, whose order CPython itself varies from run to run,
 * None hashing by address), marshal byte-identical 1715/1773 (most of the rest: a
 * one-character str such as "{" that an earlier file in the same python3 process
 * had interned, which a fresh process would not); `pyw dis FILE.py` 1768/1773.
 */
const THRESHOLDS = CORPUS_THRESHOLDS.dis;

interface Tally {
  compared: number;
  identical: number;
  differing: string[];
  rejected: number;
  byteIdentical: number;
  loadsEqual: number;
  notEqual: string[];
  seconds: number;
  /** `pyw dis FILE.py` (our compiler) printing what `python3 -m dis FILE` prints. */
  pywDisIdentical: number;
  pywDisDiffering: string[];
}

const sha1 = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex');

/** Both sides' dis texts (by sha1, addresses normalised) and marshal bytes, then python3 loading ours. */
async function compare(listing: StdlibListing): Promise<Tally> {
  const sources = listing.files.map((f) => ({ name: f, path: join(listing.root, f) }));
  const answers = await referenceAsync<CompileAnswer>('compile', { sources, hash_only: true });
  const started = Date.now();
  const t: Tally = {
    compared: 0, identical: 0, differing: [], rejected: 0, byteIdentical: 0, loadsEqual: 0, notEqual: [], seconds: 0,
    pywDisIdentical: 0, pywDisDiffering: [],
  };
  const redumped: { name: string; path: string; marshal: string }[] = [];
  const ourTexts = new Map<string, string>();
  for (const a of answers) {
    if (a.error !== undefined || a.dis_error !== undefined) { t.rejected++; continue; }
    t.compared++;
    const data = new Uint8Array(Buffer.from(a.marshal!, 'base64'));
    let code: MarshalValue;
    try {
      code = marshalLoads(data);
      const text = disText(code as never);
      // python3 hashed its text with addresses normalised, as we do.
      if (sha1(normalizeAddresses(text)) === a.sha1) t.identical++;
      else { t.differing.push(a.name); ourTexts.set(a.name, text); }
    } catch (e) {
      t.differing.push(a.name);
      ourTexts.set(a.name, `JS exception: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const ours = Buffer.from(marshalDumps(code)).toString('base64');
    if (ours === a.marshal) t.byteIdentical++;
    redumped.push({ name: a.name, path: join(listing.root, a.name), marshal: ours });
    pywDis(t, a, readFileSync(join(listing.root, a.name)));
  }
  t.seconds = (Date.now() - started) / 1000;
  await describeDifferences(t, listing, ourTexts);
  for (const l of await referenceAsync<LoadsAnswer>('loads', { items: redumped })) {
    if (l.equal) t.loadsEqual++;
    else t.notEqual.push(l.name);
  }
  return t;
}

/** `pyw dis FILE.py`, run in-process, against python3's text for the compiled code object. */
function pywDis(t: Tally, a: CompileAnswer, source: Uint8Array): void {
  let text = '';
  try {
    const result = runDisMain(source, a.name);
    if (result.exitCode === 0) text = result.stdout;
  } catch {
    // A JS exception is a difference like any other.
  }
  if (text !== '' && sha1(normalizeAddresses(text)) === a.sha1_compiled) t.pywDisIdentical++;
  else t.pywDisDiffering.push(a.name);
}

/**
 * python3's full text for the files that differ, for the report (and as a
 * check of the sha1 comparison: a file identical after all is counted so).
 */
async function describeDifferences(t: Tally, listing: StdlibListing, ours: Map<string, string>): Promise<void> {
  if (t.differing.length === 0) return;
  const sources = t.differing.map((f) => ({ name: f, path: join(listing.root, f) }));
  const theirs = await referenceAsync<CompileAnswer>('compile', { sources });
  const report: string[] = [];
  const still: string[] = [];
  for (const a of theirs) {
    const mine = normalizeAddresses(ours.get(a.name)!);
    const python = normalizeAddresses(a.dis ?? '');
    if (mine === python) { t.identical++; continue; }
    still.push(a.name);
    if (report.length < DETAILED) report.push(`${a.name} ${firstDifference(mine, python)}`);
  }
  t.differing = still;
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(REPORT_FILE, [`dis: ${still.length} files differ`, ...report].join('\n') + '\n');
}

const version = pythonVersion();
const skip = referenceSkipReason(version);
describe.skipIf(skip !== null)(`stdlib corpus (marshal + dis) against ${skip ?? version}`, () => {
  let t: Tally;
  beforeAll(async () => {
    t = await compare(referenceSync<StdlibListing>(['list']));
    console.log(`dis: ${t.identical} files identical / ${t.compared} compared (${t.rejected} python3 rejects); `
      + `ours ran in ${t.seconds.toFixed(1)} s; differences: ${REPORT_FILE}`);
    console.log(`marshal: ${t.loadsEqual} / ${t.compared} load back equal in python3, ${t.byteIdentical} byte-identical`);
    console.log(`pyw dis FILE.py: ${t.pywDisIdentical} modules identical / ${t.compared} modules compared; `
      + `differing: ${t.pywDisDiffering.slice(0, 20).join(', ')}`);
  });

  it('prints what dis.dis prints for the code objects python3 marshals', () => {
    expect(t.identical / Math.max(1, t.compared)).toBeGreaterThanOrEqual(THRESHOLDS.disIdentical);
  });

  it('writes marshal data python3 loads back equal', () => {
    expect(t.notEqual).toEqual([]);
    expect(t.loadsEqual / Math.max(1, t.compared)).toBeGreaterThanOrEqual(THRESHOLDS.loadsEqual);
  });

  it('pyw dis FILE.py prints what python3 -m dis FILE prints', () => {
    expect(t.pywDisIdentical / Math.max(1, t.compared)).toBeGreaterThanOrEqual(THRESHOLDS.pywDis);
  });

  it('writes the bytes python3 writes for nearly every module', () => {
    expect(t.byteIdentical / Math.max(1, t.compared)).toBeGreaterThanOrEqual(THRESHOLDS.byteIdentical);
  });
});
