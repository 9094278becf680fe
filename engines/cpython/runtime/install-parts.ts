// The install steps of the runtime's parts (types, modules), registered with the object model
// before it starts. Each part's module exports an `install*` function called here, in this order.

import { onInstall } from '../../boxed/install.js';
import { installNumberTypes } from '../../boxed/types/numbers-install.js';
import { installStrType } from '../../boxed/types/str-install.js';
import { installSequenceTypes } from '../../boxed/types/sequences-install.js';
import { installMappingTypes } from '../../boxed/types/mappings-install.js';
import { installBytesTypes } from '../../boxed/types/bytes-install.js';
import { installExceptionTypes } from '../../boxed/types/exceptions-install.js';
import { installCallableTypes } from '../../boxed/types/callables-install.js';
import { installBuiltinFunctions } from '../../boxed/modules/builtins-install.js';
import { installModules } from './modules-install.js';
import { installExecEval } from './exec-eval.js';

export function installEngineParts(): void {
  for (const step of [
    installNumberTypes, installStrType, installSequenceTypes, installMappingTypes, installBytesTypes,
    installExceptionTypes, installCallableTypes, installBuiltinFunctions, installExecEval, installModules,
  ]) onInstall(step);
}
