// The sys module: the interpreter's configuration and state as Python sees it.

import { decref, newref, type PyValue } from '../../boxed/object.js';
import { dictType } from '../../boxed/builtin-types.js';
import { defineFunctions } from '../../boxed/define.js';
import { intern, newStr } from '../../boxed/strings.js';
import { PyDict } from '../../boxed/types/dict.js';
import { PyModule } from '../../boxed/types/module.js';
import { PyList, PyTuple } from '../../boxed/types/sequences.js';
import { sysValues } from '../../boxed/modules/sys-values.js';
import { builtinModuleNames } from './imports/builtin-modules.js';
import type { PyTextStream } from '../../boxed/streams.js';
import { sysFunctions } from './sys-functions.js';

export interface SysConfig {
  /** sys.argv. */
  readonly argv: readonly string[];
  /** sys.path, in order. */
  readonly path: readonly string[];
  /** sys.executable. */
  readonly executable: string;
}

export interface StandardStreams {
  readonly stdout: PyTextStream;
  readonly stderr: PyTextStream;
  readonly stdin: PyTextStream;
}

/** Extra sys attributes contributed by other modules (installed before the module is made). */
const extraAttributes: [string, () => PyValue][] = [];
export function registerSysAttribute(name: string, make: () => PyValue): void {
  extraAttributes.push([name, make]);
}

export function createSysModule(config: SysConfig, modules: PyDict, streams: StandardStreams): PyModule {
  const ns = new PyDict(dictType);
  const mod = new PyModule(ns);
  const put = (name: string, v: PyValue): void => ns.setStr(name, intern(name), v);
  put('__name__', intern('sys'));
  put('__doc__', intern('This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.'));
  put('argv', new PyList(config.argv.map((a) => newStr(a))));
  put('path', new PyList(config.path.map((p) => newStr(p))));
  put('modules', modules);
  put('executable', newStr(config.executable));
  for (const name of ['stdout', 'stderr', 'stdin'] as const) {
    put(name, streams[name]);
    put(`__${name}__`, newref(streams[name]));
  }
  put('orig_argv', new PyList(['pyw', ...config.argv].map((a) => newStr(a))));
  for (const [name, v] of sysValues()) {
    put(name, v);
    decref(v);
  }
  put('builtin_module_names', new PyTuple(builtinModuleNames().map((n) => newStr(n))));
  defineFunctions(ns, mod, sysFunctions);
  put('__excepthook__', newref(ns.getStr('excepthook')!));
  put('__displayhook__', newref(ns.getStr('displayhook')!));
  put('__unraisablehook__', newref(ns.getStr('unraisablehook')!));
  for (const [name, make] of extraAttributes) put(name, make());
  return mod;
}
