// Where the runner's files are, whether it runs from the TypeScript sources (tests) or from dist/.
//
// The worker process is always the compiled one (dist/conformance/runner/worker.js, built by
// `npm run build`, which `npm test` runs first), and engine modules are named relative to the
// repository root without a build prefix ('engines/cpython/index.js'), resolved inside dist/.

import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const compiled = here.includes(`${sep}dist${sep}conformance${sep}`);

/** The repository's root folder. */
export const REPO_ROOT = join(here, compiled ? '../../..' : '../..');

/** The compiled tree: dist/. */
export const DIST_ROOT = join(REPO_ROOT, 'dist');

/** conformance/cases. */
export const DEFAULT_CASES_DIR = join(REPO_ROOT, 'conformance', 'cases');

/** The worker script a child process runs for one (case, engine) pair. */
export const WORKER_SCRIPT = join(DIST_ROOT, 'conformance', 'runner', 'worker.js');
