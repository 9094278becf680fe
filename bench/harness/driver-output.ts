// Reading what a program's driver (bench/programs/_driver.py) prints under --timing:
//   iteration <i> <wall_seconds> <cpu_seconds>   one per call of run(n), in order
//   maxrss <kilobytes>                           the peak resident set size (absent without `resource`)
//   checksum: <value>                            last
// Times become milliseconds. Lines that fit none of these (a program printing by mistake) are ignored.

import type { IterationTiming } from '../results/schema.js';

export interface DriverOutput {
  readonly iterations: readonly IterationTiming[];
  readonly maxRssBytes?: number;
  /** The checksum line's value, or undefined when the driver did not get that far. */
  readonly checksum?: string;
}

export function parseDriverOutput(stdout: string): DriverOutput {
  const iterations: IterationTiming[] = [];
  let maxRssBytes: number | undefined;
  let checksum: string | undefined;
  for (const line of stdout.split('\n')) {
    const iteration = /^iteration (\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(line);
    if (iteration) {
      iterations.push({ wallMs: Number(iteration[2]) * 1000, cpuMs: Number(iteration[3]) * 1000 });
      continue;
    }
    const rss = /^maxrss (\d+)$/.exec(line);
    if (rss) maxRssBytes = Number(rss[1]) * 1024;
    else if (line.startsWith('checksum: ')) checksum = line.slice('checksum: '.length);
  }
  return { iterations, ...(maxRssBytes === undefined ? {} : { maxRssBytes }), ...(checksum === undefined ? {} : { checksum }) };
}
