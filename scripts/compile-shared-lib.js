// Compiles every module of shared/lib into dist/shared-lib-cache/ (see
// shared/bytecode/lib-cache.ts), after tsc has built the compiler. A module whose compilation
// warns is left out, so its warnings still show when it is imported.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { compileSource } = await import(join(root, 'dist', 'shared', 'compiler', 'index.js'));
const { writePyc } = await import(join(root, 'dist', 'shared', 'bytecode', 'pyc.js'));
const { libCacheDir, libCachePath, sourceHash } = await import(join(root, 'dist', 'shared', 'bytecode', 'lib-cache.js'));

const libDir = join(root, 'shared', 'lib');
const cacheDir = libCacheDir(root);
rmSync(cacheDir, { recursive: true, force: true });

function* modules(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* modules(path);
    else if (name.endsWith('.py')) yield path;
  }
}

let written = 0;
let skipped = 0;
for (const file of modules(libDir)) {
  const source = readFileSync(file);
  const warnings = [];
  let code;
  try {
    code = compileSource(source, file, 'exec', { warnings });
  } catch {
    skipped++;
    continue;
  }
  if (warnings.length > 0) {
    skipped++;
    continue;
  }
  const target = libCachePath(cacheDir, libDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, writePyc(code, { kind: 'hash', checkSource: true, sourceHash: sourceHash(source) }));
  written++;
}
console.log(`shared/lib compiled: ${written} modules${skipped ? `, ${skipped} left to compile at import` : ''}`);
