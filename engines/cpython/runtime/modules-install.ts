// Installs the import system and the builtin modules sys (attributes), math, time (modules helper).

import { decref, type PyValue } from '../../boxed/object.js';
import { raise } from '../../boxed/errors.js';
import { interp } from '../../boxed/interpreter-state.js';
import { RuntimeError } from '../../boxed/types/exceptions.js';
import { call } from '../../boxed/protocols/call.js';
import { initMathModule } from '../../boxed/modules/math-module.js';
import { initTimeModule } from '../../boxed/modules/time-module.js';
import { installSysStreams } from '../../boxed/modules/sys-streams.js';
import { runtimeOps } from '../vm/ops/module-hooks.js';
import { installImportSystem, registerBuiltinModule } from './imports/index.js';
import { installNativeModules } from './imports/native-modules.js';
import { installPatternMatching } from './pattern-matching.js';

/** PRINT_EXPR: the interactive display hook. */
function printExpr(v: PyValue): void {
  const hook = interp.sys.ns.getStr('displayhook');
  if (hook === undefined) raise(RuntimeError, 'lost sys.displayhook');
  decref(call(hook, [v]));
}

export function installModules(): void {
  installImportSystem();
  installSysStreams();
  registerBuiltinModule('math', initMathModule);
  registerBuiltinModule('time', initTimeModule);
  installNativeModules();
  runtimeOps.printExpr = printExpr;
  installPatternMatching();
}
