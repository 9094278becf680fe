// The state of the interpreter that is running: sys, builtins, sys.modules. One interpreter runs
// per process at a time (the CLI and the conformance runner start a process per program); the
// engine sets these at start-up so builtins such as print() can find sys.stdout.

import type { PyModule } from './types/module.js';
import type { PyDict } from './types/dict.js';

export const interp = {
  sys: null as unknown as PyModule,
  builtins: null as unknown as PyModule,
  /** sys.modules. */
  modules: null as unknown as PyDict,
};
