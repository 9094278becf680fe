// Reading a results document back: the current schema is read, anything else refused with a reason.

import { describe, expect, it } from 'vitest';
import { parseResults } from './read.js';
import { RESULTS_SCHEMA } from './schema.js';

describe('parseResults', () => {
  it('reads a document of this schema', () => {
    const doc = { schema: RESULTS_SCHEMA, programs: [], engines: [], runs: [], size: 'quick' };
    expect(parseResults(JSON.stringify(doc))).toEqual(doc);
  });

  it('refuses another schema, no schema, non-JSON and a truncated outline', () => {
    expect(() => parseResults('{"schema": "pyworkbench-bench/0"}', 'old.json'))
      .toThrow(`old.json has schema 'pyworkbench-bench/0'; this pyw reads '${RESULTS_SCHEMA}'`);
    expect(() => parseResults('{"benchmarks": []}', 'x.json')).toThrow(/^x\.json has no schema field/);
    expect(() => parseResults('[1]', 'x.json')).toThrow('x.json is not a pyworkbench results document');
    expect(() => parseResults('{', 'x.json')).toThrow(/^x\.json is not JSON/);
    expect(() => parseResults(JSON.stringify({ schema: RESULTS_SCHEMA, programs: [], engines: [] }), 'x.json')).toThrow("x.json has no 'runs' list");
  });
});
