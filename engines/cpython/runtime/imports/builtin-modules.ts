// The builtin (native) modules: each registers a function that fills a fresh module's namespace.
// They are found before anything on sys.path, as CPython's BuiltinImporter comes first on
// sys.meta_path; sys and builtins exist from start-up and are only listed here.

import type { PyModule } from '../../../boxed/types/module.js';

export type ModuleInit = (mod: PyModule) => void;

const registry = new Map<string, ModuleInit | null>([['sys', null], ['builtins', null]]);

/** Registers a native module (call from an install step, before any import runs). */
export function registerBuiltinModule(name: string, init: ModuleInit): void {
  registry.set(name, init);
}

export function isBuiltinModule(name: string): boolean {
  return registry.has(name);
}

export function builtinModuleInit(name: string): ModuleInit | null | undefined {
  return registry.get(name);
}

/** sys.builtin_module_names: sorted, as CPython's. */
export function builtinModuleNames(): string[] {
  return [...registry.keys()].sort();
}
