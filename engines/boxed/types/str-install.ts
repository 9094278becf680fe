// Installs str: constructor, operators, every method, str.format, %-formatting, FORMAT_VALUE (str helper).

export function installStrType(): void {
  // filled in by its owner
}
