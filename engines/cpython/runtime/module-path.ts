// Finding a module's file on a search path, as the path-based finder does for source files:
// NAME.py, or NAME/__init__.py for a package (NAME/__main__.py when running a package with -m).

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function findModuleFile(dotted: string, path: readonly string[], forMain = true): string | null {
  const parts = dotted.split('.');
  for (const dir of path) {
    const base = join(dir, ...parts);
    if (existsSync(`${base}.py`)) return `${base}.py`;
    if (existsSync(base) && statSync(base).isDirectory()) {
      const entry = join(base, forMain ? '__main__.py' : '__init__.py');
      if (existsSync(entry)) return entry;
    }
  }
  return null;
}
