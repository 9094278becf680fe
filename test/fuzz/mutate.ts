// Seeded mutation of Python source files, for the front-end fuzz suites.
//
// A mutant is a real program with one to three small edits: characters or
// whole tokens deleted, duplicated, swapped or inserted. The edits work on
// the UTF-8 bytes, so a mutant can also be badly encoded (half a multi-byte
// character, a stray 0xff, a NUL), which the decoder must turn into a
// SyntaxError like any other mistake. Everything derives from one integer
// seed, so a failing mutant is reproduced from the seed the test prints.

import { prng } from '../support/prng.js';

const encoder = new TextEncoder();

/** Text worth inserting: brackets, quotes, indentation, keywords, soft keywords, odd bytes. */
const INSERTIONS: readonly Uint8Array[] = [
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '=', ':=', '*', '**', '@', '->', '...', '\\',
  '\n', '\r', '\r\n', '\t', ' ', '    ', '\n    ', '\n\t', '\f', '#', '# type: int', '# type: ignore',
  '"', "'", '"""', "'''", 'f"', "f'", 'f"{', '{x}', '{', 'b"', 'r"', 'rb\'',
  '0', '1_', '0x', '0o8', '1e', '1j', '.5', '00', '1if', '0b2',
  'lambda', 'lambda:', 'yield', 'await', 'async', 'def', 'class', 'if', 'else', 'elif', 'for', 'in',
  'while', 'with', 'try:', 'except*', 'finally', 'return', 'import', 'from', 'del', 'global', 'not',
  'match', 'case', '_', 'print', 'None', 'True', 'é', '€', '\u00a0', '😀', 'ﬁ',
].map((s) => encoder.encode(s)).concat([
  Uint8Array.of(0x00), Uint8Array.of(0xff), Uint8Array.of(0xc3), Uint8Array.of(0xef, 0xbb, 0xbf),
  Uint8Array.of(0xe2, 0x82),
]);

// Byte classes for the rough token splitter (non-ASCII bytes count as word bytes).
const SPACE = 0;
const WORD = 1;
const PUNCT = 2;

function classOf(byte: number): number {
  if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x0c) return SPACE;
  const word = byte >= 0x80 || byte === 0x5f || (byte >= 0x30 && byte <= 0x39)
    || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a);
  return word ? WORD : PUNCT;
}

/** Bytes as readable text: printable ASCII as is, everything else as \xNN. */
export function showBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const printable = b >= 0x20 && b < 0x7f && b !== 0x5c;
    out += printable ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** Rough token spans: runs of word bytes, single punctuation bytes; whitespace is skipped. */
function tokenSpans(bytes: Uint8Array): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < bytes.length) {
    const cls = classOf(bytes[i]);
    if (cls === SPACE) { i++; continue; }
    let j = i + 1;
    if (cls === WORD) while (j < bytes.length && classOf(bytes[j]) === WORD) j++;
    spans.push([i, j]);
    i = j;
  }
  return spans;
}

function splice(bytes: Uint8Array, start: number, end: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (end - start) + insert.length);
  out.set(bytes.subarray(0, start), 0);
  out.set(insert, start);
  out.set(bytes.subarray(end), start + insert.length);
  return out;
}

type Edit = (bytes: Uint8Array, rand: () => number) => { bytes: Uint8Array; what: string };

const pick = (n: number, rand: () => number) => Math.floor(rand() * n);

/** A random span: one byte or one rough token. */
function randomSpan(bytes: Uint8Array, rand: () => number, token: boolean): [number, number] {
  if (token) {
    const spans = tokenSpans(bytes);
    if (spans.length > 0) return spans[pick(spans.length, rand)];
  }
  const at = pick(bytes.length, rand);
  return [at, Math.min(bytes.length, at + 1)];
}

function deleting(token: boolean): Edit {
  return (bytes, rand) => {
    const [s, e] = randomSpan(bytes, rand, token);
    return { bytes: splice(bytes, s, e, new Uint8Array(0)), what: `delete ${token ? 'token' : 'byte'} at ${s}` };
  };
}

function duplicating(token: boolean): Edit {
  return (bytes, rand) => {
    const [s, e] = randomSpan(bytes, rand, token);
    return { bytes: splice(bytes, s, s, bytes.slice(s, e)), what: `duplicate ${token ? 'token' : 'byte'} at ${s}` };
  };
}

function swapping(token: boolean): Edit {
  return (bytes, rand) => {
    const [s1, e1] = randomSpan(bytes, rand, token);
    const [s2, e2] = randomSpan(bytes, rand, token);
    const [a, b] = s1 <= s2 ? [[s1, e1], [s2, e2]] : [[s2, e2], [s1, e1]];
    if (a[1] > b[0]) return { bytes, what: 'swap (overlapping: no change)' };
    const first = bytes.slice(a[0], a[1]);
    const second = bytes.slice(b[0], b[1]);
    const swapped = splice(splice(bytes, b[0], b[1], first), a[0], a[1], second);
    return { bytes: swapped, what: `swap ${token ? 'tokens' : 'bytes'} at ${a[0]} and ${b[0]}` };
  };
}

const inserting: Edit = (bytes, rand) => {
  const at = pick(bytes.length + 1, rand);
  const text = INSERTIONS[pick(INSERTIONS.length, rand)];
  return { bytes: splice(bytes, at, at, text), what: `insert '${showBytes(text)}' at ${at}` };
};

/** The edits, each with a weight; token-level edits keep mutants close to real code. */
const EDITS: ReadonlyArray<[Edit, number]> = [
  [deleting(false), 2], [deleting(true), 3], [duplicating(false), 1], [duplicating(true), 2],
  [swapping(false), 1], [swapping(true), 2], [inserting, 4],
];
const TOTAL_WEIGHT = EDITS.reduce((n, [, w]) => n + w, 0);

function randomEdit(rand: () => number): Edit {
  let r = rand() * TOTAL_WEIGHT;
  for (const [edit, weight] of EDITS) if ((r -= weight) < 0) return edit;
  return EDITS[EDITS.length - 1][0];
}

export interface Mutant {
  seed: number;
  bytes: Uint8Array;
  /** The edits applied, for the failure message. */
  edits: string[];
}

/** One to three random edits of `source`, all derived from `seed`. */
export function mutate(source: Uint8Array, seed: number): Mutant {
  const rand = prng(seed);
  const count = 1 + pick(3, rand);
  let bytes = source;
  const edits: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = randomEdit(rand)(bytes, rand);
    bytes = result.bytes;
    edits.push(result.what);
  }
  return { seed, bytes, edits };
}

/** Chooses `count` distinct items with a seeded generator (order of `items` is the input's). */
export function sample<T>(items: readonly T[], count: number, seed: number): T[] {
  const rand = prng(seed);
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = pick(i + 1, rand);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}
