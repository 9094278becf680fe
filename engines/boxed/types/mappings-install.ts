// Installs dict and its views, set, frozenset, mappingproxy (mappings helper).

export function installMappingTypes(): void {
  // filled in by its owner
}
