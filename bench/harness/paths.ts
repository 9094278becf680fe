// Where the harness's files are, whether it runs from the TypeScript sources (tests) or from dist/.
//
// The benchmark programs are read from the source tree (bench/programs; they are not compiled), the
// engine process is always the compiled script in dist/ (built by `npm run build`, which `npm test`
// runs first), as the conformance runner's worker is.

import { join } from 'node:path';
import { DIST_ROOT, REPO_ROOT } from '../../conformance/runner/paths.js';

/** bench/programs. */
export const DEFAULT_PROGRAMS_DIR = join(REPO_ROOT, 'bench', 'programs');

/** bench/checksums.json: python3's checksums of the default programs. */
export const DEFAULT_CHECKSUMS_FILE = join(REPO_ROOT, 'bench', 'checksums.json');

/** The script a child process runs for one (program, engine) pair. */
export const ENGINE_PROCESS_SCRIPT = join(DIST_ROOT, 'bench', 'harness', 'engine-process.js');

/** The worker thread that process starts, with a large stack, to load and time the program. */
export const ENGINE_THREAD_SCRIPT = join(DIST_ROOT, 'bench', 'harness', 'engine-thread.js');

export { DIST_ROOT, REPO_ROOT };
