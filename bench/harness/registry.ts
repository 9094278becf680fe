// Looking engines up in the registry that the engine modules registered themselves in.
//
// loadEngineModules imports engine modules from dist/, and they register in dist/'s
// engines/engine.js. When the harness itself runs from dist/ that is the registry it imports; when
// it runs from the TypeScript sources (tests), the sources' registry is another module and stays
// empty. So the harness asks dist/'s registry, by the same URL the engine modules use.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadEngineModules } from '../../conformance/runner/engine-modules.js';
import type { Engine } from '../../engines/engine.js';
import { DIST_ROOT } from './paths.js';

type Registry = typeof import('../../engines/engine.js');

/** Imports the engine modules and returns the registry they registered in. */
export async function loadRegistry(engineModules: readonly string[]): Promise<{ getEngine(name: string): Engine; listEngines(): readonly Engine[] }> {
  await loadEngineModules(engineModules);
  return (await import(pathToFileURL(join(DIST_ROOT, 'engines', 'engine.js')).href)) as Registry;
}
