// Installs bytes, bytearray and their codecs (bytes helper).

export function installBytesTypes(): void {
  // filled in by its owner
}
