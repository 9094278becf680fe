// Reading the programs' driver output (bench/programs/_driver.py --timing).

import { describe, expect, it } from 'vitest';
import { parseDriverOutput } from './driver-output.js';

describe('parseDriverOutput', () => {
  it('reads iterations in ms, the peak RSS in bytes and the checksum', () => {
    const out = parseDriverOutput('iteration 0 0.125000 0.120000\niteration 1 0.100500 0.100000\nmaxrss 13524\nchecksum: 832040 300\n');
    expect(out.iterations).toEqual([{ wallMs: 125, cpuMs: 120 }, { wallMs: 100.5, cpuMs: 100 }]);
    expect(out.maxRssBytes).toBe(13524 * 1024);
    expect(out.checksum).toBe('832040 300');
  });

  it('leaves out what is missing and ignores stray lines', () => {
    const out = parseDriverOutput('hello\niteration 0 0.5 0.25\n');
    expect(out).toEqual({ iterations: [{ wallMs: 500, cpuMs: 250 }] });
  });
});
