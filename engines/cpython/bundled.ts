// The engine's run-time entry points as the build bundled them (scripts/bundle-engines.js), which
// load several times faster than the ~400 modules behind them; the modules themselves when there is
// no bundle (tests running from the sources).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The URL of entry point `name` (e.g. 'run-worker'): its bundle when built, else its own module. */
export function entryPoint(name: string): URL {
  const bundled = new URL(`./bundle/${name}.js`, import.meta.url);
  return existsSync(fileURLToPath(bundled)) ? bundled : new URL(`./${name}.js`, import.meta.url);
}
