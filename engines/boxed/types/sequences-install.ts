// Installs list, tuple, range, slice and the builtin iterators (sequences helper).

export function installSequenceTypes(): void {
  // filled in by its owner
}
