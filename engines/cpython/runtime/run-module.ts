// `python3 -m NAME`: the module is found and run as __main__ by runpy's _run_module_as_main, as
// CPython's pymain_run_module does it. runpy is frozen (found before sys.path, its frames shown as
// "<frozen runpy>"), so the search for NAME, the import of its parent packages, a package's
// __main__, and the one-line errors ("EXECUTABLE: No module named NAME") are all runpy's.

import { decref, type PyValue } from '../../boxed/object.js';
import { newStr } from '../../boxed/strings.js';
import { False, True } from '../../boxed/types/numbers.js';
import { call } from '../../boxed/protocols/call.js';
import { getAttr } from '../../boxed/protocols/attributes.js';
import { gcdImport } from './imports/import-module.js';

/** Runs module `name` in the namespace of the existing __main__ module; returns what runpy returns (a new reference).
 * `alterArgv` false is a directory run as the program: its __main__ from sys.path[0], sys.argv[0] left alone. */
export function runModuleAsMain(name: string, alterArgv = true): PyValue {
  const runpy = gcdImport('runpy');
  try {
    const run = getAttr(runpy, '_run_module_as_main');
    const arg = newStr(name);
    try {
      return call(run, [arg, alterArgv ? True : False]);
    } finally {
      decref(arg);
      decref(run);
    }
  } finally {
    decref(runpy);
  }
}
