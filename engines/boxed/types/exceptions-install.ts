// Installs BaseException and every builtin exception: attributes, str/repr, groups, except* (exceptions helper).

export function installExceptionTypes(): void {
  // filled in by its owner
}
