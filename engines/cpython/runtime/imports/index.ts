// The import system: install step (types, VM hooks) and the per-interpreter set-up.

import { installModuleSpecTypes } from './module-spec.js';
import { installModuleType } from './module-type.js';
import { installImportOps } from './import-ops.js';
import { installLoaderMethods } from './loader-methods.js';

export { initImportState } from './import-state.js';
export { registerBuiltinModule, builtinModuleNames } from './builtin-modules.js';

export function installImportSystem(): void {
  installModuleSpecTypes();
  installModuleType();
  installImportOps();
  installLoaderMethods();
}
