// Installs the builtin functions beyond builtins-core.ts (builtins helper).

export function installBuiltinFunctions(): void {
  // filled in by its owner
}
