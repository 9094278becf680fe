// The reference python3's standard library, as test input: where it is and its .py files.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { python3Output } from './python3.js';

/** The folder of python3's standard library, or '' when python3 is unusable. */
export function python3StdlibRoot(): string {
  return (python3Output(['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])']) ?? '').trim();
}

/** Every .py file under root, in a fixed order, skipping __pycache__ and site-packages. */
export function stdlibFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__' && entry.name !== 'site-packages') walk(path);
      } else if (entry.name.endsWith('.py')) {
        out.push(path);
      }
    }
  };
  walk(root);
  return out;
}
