// Where the Python source modules of shared/lib (small pure-Python versions of stdlib modules)
// live on disk: the folder is found from this file, which runs from the repository or dist/.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null | undefined;

/** The absolute path of shared/lib, or null when it cannot be found. */
export function sharedLibDir(): string | null {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'lib');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return (cached = candidate);
    const parent = dirname(dir);
    if (parent === dir) return (cached = null);
    dir = parent;
  }
}
