// The whole conformance suite against python3: validates the committed expectations. Every case must
// pass on the reference interpreter they were generated with; a failure means a case was edited
// without `npm run conformance:expect`, or depends on something outside the fixed environment
// (time, randomness, this machine). Skipped without python3 3.11.

import { expect, it } from 'vitest';
import { findCases } from '../../conformance/runner/cases.js';
import { formatFailure } from '../../conformance/runner/format.js';
import { runConformance } from '../../conformance/runner/run.js';
import { describeWithPython3 } from '../support/python3.js';

describeWithPython3('conformance suite on python3', () => {
  it('passes every case', async () => {
    expect(findCases().length, 'conformance/cases holds no case').toBeGreaterThan(0);
    const report = await runConformance({ engines: ['python3'], timeoutMs: 60_000 });
    const failures = report.results.filter((r) => r.status !== 'pass').map(formatFailure);
    expect(failures, failures.join('\n')).toEqual([]);
    console.log(`conformance on python3: ${report.results.length} cases passed`);
  });
});
