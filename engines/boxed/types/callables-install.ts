// Installs functions, methods, builtin functions, descriptors (property, classmethod, staticmethod, super), cells, code/frame/traceback attributes (callables helper).

export function installCallableTypes(): void {
  // filled in by its owner
}
