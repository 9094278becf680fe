// Installs int, bool, float and complex: constructors, operators, methods (numbers helper).

export function installNumberTypes(): void {
  // filled in by its owner
}
