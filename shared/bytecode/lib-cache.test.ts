// The build's compilation of shared/lib is used only while it still matches the source, and it is
// the same bytecode the compiler gives.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../compiler/index.js';
import { marshalDumps } from './marshal.js';
import { cachedLibCode, libCacheDir, libCachePath } from './lib-cache.js';

const root = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const libDir = join(root, 'shared', 'lib');
const cacheDir = libCacheDir(root);

describe('the compiled shared/lib cache', () => {
  it.each(['enum.py', join('collections', '__init__.py'), join('json', 'decoder.py')])('%s: cached bytecode equals a fresh compilation', (name) => {
    const file = join(libDir, name);
    const source = readFileSync(file);
    const code = cachedLibCode(cacheDir, libDir, file, source);
    expect(code, `no cache entry at ${libCachePath(cacheDir, libDir, file)}: run npm run build`).not.toBeNull();
    expect(code!.co_filename).toBe(file);
    expect(Buffer.from(marshalDumps(code!)).equals(Buffer.from(marshalDumps(compileSource(source, file, 'exec'))))).toBe(true);
  });

  it('is not used for a changed source, another path, or a file outside shared/lib', () => {
    const file = join(libDir, 'enum.py');
    const source = readFileSync(file);
    const edited = Buffer.concat([source, Buffer.from('\n# edited\n')]);
    expect(cachedLibCode(cacheDir, libDir, file, edited)).toBeNull();
    expect(cachedLibCode(cacheDir, libDir, join(root, 'elsewhere', 'enum.py'), source)).toBeNull();
    expect(cachedLibCode(cacheDir, libDir, join(libDir, 'no_such_module.py'), source)).toBeNull();
  });
});
