// The modules that register the workbench's engines, and loading them by name.
//
// An engine registers itself in engines/engine.ts's registry when its module is imported. The
// conformance worker runs in a fresh process, so it imports these modules before it asks the
// registry for an engine by name; the CLI imports them to list the engines `--engine all` means.
// Each engine adds its module here when it lands (named from the repository root, as compiled:
// 'engines/cpython/index.js'); none exists yet. Modules resolve inside dist/.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_ROOT } from './paths.js';

export const ENGINE_MODULES: readonly string[] = ['engines/cpython/index.js'];

/** Imports each module (compiled, from dist/) so that its engines register themselves. */
export async function loadEngineModules(modules: readonly string[] = ENGINE_MODULES): Promise<void> {
  for (const module of modules) await import(pathToFileURL(join(DIST_ROOT, module)).href);
}
