// Checks dump() against dump-fixtures.json, which scripts/generate-dump-fixtures.py
// writes from python3: each case carries python3's tree (in our node shape)
// and python3's ast.dump() text for several option sets.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesFromHex, floatFromBits, intFromPyHex } from '../../test/support/fixture-values.js';
import { ELLIPSIS, PyBytes, PyComplex, type PyConstant } from './nodes.js';
import { dump, type DumpOptions } from './dump.js';
import { IntStrDigitsError } from '../kernels/repr/int-repr.js';

type Expected = string | { error: string; message: string };
interface Case {
  source: string;
  mode: string;
  tree: unknown;
  dumps: Record<string, Expected>;
}
interface Fixtures {
  options: Record<string, { indent?: number | string; include_attributes?: boolean; annotate_fields?: boolean }>;
  cases: Case[];
}

const fixtures: Fixtures = JSON.parse(readFileSync(new URL('./dump-fixtures.json', import.meta.url), 'utf8'));

/** A tagged constant of the fixture file → the in-memory PyConstant. */
function decodeConstant(tag: Record<string, string>): PyConstant {
  switch (tag.$) {
    case 'int':
      return intFromPyHex(tag.hex);
    case 'float':
      return floatFromBits(tag.bits);
    case 'complex':
      return new PyComplex(floatFromBits(tag.re), floatFromBits(tag.im));
    case 'bytes':
      return new PyBytes(bytesFromHex(tag.hex));
    case 'Ellipsis':
      return ELLIPSIS;
  }
  throw new Error(`unknown constant tag ${tag.$}`);
}

/** Rebuilds the in-memory tree (node objects, enums as names, constants decoded). */
function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if ('$' in obj) return decodeConstant(obj as Record<string, string>);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = decode(v);
  return out;
}

function dumpOrError(tree: { _type: string }, options: DumpOptions): Expected {
  try {
    return dump(tree, options);
  } catch (e) {
    if (e instanceof IntStrDigitsError) return { error: e.pyType, message: e.message };
    throw e;
  }
}

describe('dump matches python3 ast.dump', () => {
  for (const [i, c] of fixtures.cases.entries()) {
    it(`case ${i} (${c.mode}): ${JSON.stringify(c.source.slice(0, 40))}`, () => {
      const tree = decode(c.tree) as { _type: string };
      for (const [key, want] of Object.entries(c.dumps)) {
        const o = fixtures.options[key];
        const options = { indent: o.indent ?? null, includeAttributes: o.include_attributes, annotateFields: o.annotate_fields };
        expect(dumpOrError(tree, options), `options ${key}`).toEqual(want);
      }
    });
  }

  it('rejects something that is not a node', () => {
    expect(() => dump({ _type: 'NotANode' })).toThrow(TypeError);
  });
});
