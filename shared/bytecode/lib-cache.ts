// The compiled form of shared/lib: every module there compiled once at build time into a .pyc under
// dist/shared-lib-cache/, so importing enum or dataclasses reads bytecode instead of running the
// compiler each time (CPython ships its standard library's __pycache__ for the same reason).
//
// A cache entry is used only when it still describes the file: the .pyc is hash-based and its
// hash is the first 8 bytes of the source's SHA-256, and its code object names the very path
// being imported (a moved checkout falls back to compiling). Anything else compiles as usual.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CodeObject } from './code.js';
import { PycError, readPyc } from './pyc.js';

/** Where the cache of a shared/lib folder lives: dist/shared-lib-cache beside it in the checkout. */
export function libCacheDir(repoRoot: string): string {
  return join(repoRoot, 'dist', 'shared-lib-cache');
}

/** The cache file of a module file under `libDir`. */
export function libCachePath(cacheDir: string, libDir: string, file: string): string {
  return join(cacheDir, `${relative(libDir, file)}c`);
}

/** The 8 bytes a cache entry keeps of its source: the start of its SHA-256. */
export function sourceHash(source: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(source).digest().subarray(0, 8));
}

/**
 * The cached code of `file` (a module under `libDir`) for this exact `source`, or null when
 * there is none or it is stale.
 */
export function cachedLibCode(cacheDir: string, libDir: string, file: string, source: Uint8Array): CodeObject | null {
  if (!file.startsWith(libDir + sep)) return null;
  const cached = libCachePath(cacheDir, libDir, file);
  if (!existsSync(cached)) return null;
  try {
    const pyc = readPyc(readFileSync(cached));
    if (pyc.validation.kind !== 'hash') return null;
    const want = sourceHash(source);
    if (!pyc.validation.sourceHash.every((b, i) => b === want[i])) return null;
    return pyc.code.co_filename === file ? pyc.code : null;
  } catch (e) {
    if (e instanceof PycError) return null;
    throw e;
  }
}
