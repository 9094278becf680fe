// Installs the builtin functions beyond builtins-core.ts (builtins helper): each builtins-*.ts
// file exports a table; they are registered before the builtins module is made. The functions
// that need the VM (exec, eval, compile, globals, locals, vars(), dir(), __import__) are
// registered by engines/cpython/runtime/exec-eval.ts.

import { registerBuiltinFunctions, registerBuiltinValue } from './builtins.js';
import { numericBuiltins } from './builtins-numeric.js';
import { attributeBuiltins } from './builtins-attrs.js';
import { iterationBuiltins } from './builtins-iter.js';
import { inputBuiltins } from './builtins-input.js';
import { installSiteTypes, siteValues } from './builtins-site.js';
import { installOpen, openBuiltins } from './builtins-open.js';
import { installAnext } from './builtins-anext.js';
import { None } from '../types/singletons.js';

export function installBuiltinFunctions(): void {
  registerBuiltinFunctions({ ...numericBuiltins, ...attributeBuiltins, ...iterationBuiltins, ...inputBuiltins, ...openBuiltins });
  installOpen();
  installAnext();
  installSiteTypes();
  for (const [name, value] of siteValues()) registerBuiltinValue(name, value);
  // importlib sets these on the builtins module; here there is no loader or spec to show.
  registerBuiltinValue('__loader__', None);
  registerBuiltinValue('__spec__', None);
}
