// The builtins module: the builtin types, the exception classes and the builtin functions.
// Functions are grouped by theme in builtins-*.ts files, each exporting a table.

import { type PyValue } from '../object.js';
import { dictType } from '../builtin-types.js';
import * as types from '../builtin-types.js';
import { defineFunctions } from '../define.js';
import { intern } from '../strings.js';
import { PyDict } from '../types/dict.js';
import { PyModule } from '../types/module.js';
import { EXCEPTION_TYPES } from '../types/exceptions.js';
import { Ellipsis, None, NotImplemented } from '../types/singletons.js';
import { False, True } from '../types/numbers.js';
import type { NativeMethod } from '../types/native.js';
import type { PyType } from '../type.js';
import { buildClass } from './build-class.js';
import { coreBuiltins } from './builtins-core.js';

/** Extra builtins registered by other modules before the builtins module is made (e.g. the VM's exec/eval). */
const extraFunctions: Record<string, NativeMethod> = {};
const extraValues: [string, PyValue][] = [];

export function registerBuiltinFunctions(fns: Record<string, NativeMethod>): void {
  Object.assign(extraFunctions, fns);
}

export function registerBuiltinValue(name: string, value: PyValue): void {
  extraValues.push([name, value]);
}

const BUILTIN_TYPE_NAMES: readonly (keyof typeof types)[] = [
  'objectType', 'typeType', 'intType', 'boolType', 'floatType', 'complexType', 'strType', 'bytesType', 'bytearrayType',
  'tupleType', 'listType', 'dictType', 'setType', 'frozensetType',
];

export function createBuiltinsModule(): PyModule {
  const ns = new PyDict(dictType);
  const mod = new PyModule(ns);
  const put = (name: string, v: PyValue): void => ns.setStr(name, intern(name), v);
  put('__name__', intern('builtins'));
  put('__doc__', None);
  put('__package__', intern(''));
  for (const key of BUILTIN_TYPE_NAMES) {
    const t = types[key] as PyType;
    put(t.name, t);
  }
  for (const [name, t] of EXCEPTION_TYPES) put(name, t);
  put('EnvironmentError', EXCEPTION_TYPES.get('OSError')!);
  put('IOError', EXCEPTION_TYPES.get('OSError')!);
  put('None', None);
  put('Ellipsis', Ellipsis);
  put('NotImplemented', NotImplemented);
  put('True', True);
  put('False', False);
  put('__debug__', True);
  defineFunctions(ns, mod, { __build_class__: buildClass, ...coreBuiltins, ...extraFunctions });
  for (const [name, v] of extraValues) put(name, v);
  return mod;
}
