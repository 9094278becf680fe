// Everything the evaluation loop calls out of line, in one namespace.

import type { PyValue } from '../../../boxed/object.js';
import { raise } from '../../../boxed/errors.js';
import { NameError } from '../../../boxed/types/exceptions.js';
import type { Frame } from '../frame.js';
import { runtimeOps } from './module-hooks.js';

export * from './names.js';
export * from './build.js';
export * from './functions.js';
export * from './exceptions.js';
export * from './generators.js';

export function loadBuildClass(frame: Frame): PyValue {
  const v = frame.builtins.getStr('__build_class__');
  if (v === undefined) raise(NameError, '__build_class__ not found');
  if (typeof v !== 'number') v.ob_refcnt++;
  return v;
}

export const importName = (frame: Frame, name: string, fromlist: PyValue, level: PyValue): PyValue => runtimeOps.importName(frame, name, fromlist, level);
export const importFrom = (module: PyValue, name: string): PyValue => runtimeOps.importFrom(module, name);
export const importStar = (frame: Frame, module: PyValue): void => runtimeOps.importStar(frame, module);
export const formatValue = (v: PyValue, conversion: number, spec: PyValue | null): PyValue => runtimeOps.formatValue(v, conversion, spec);
export const printExpr = (v: PyValue): void => runtimeOps.printExpr(v);
export const matchMapping = (v: PyValue): boolean => runtimeOps.matchMapping(v);
export const matchSequence = (v: PyValue): boolean => runtimeOps.matchSequence(v);
export const matchKeys = (subject: PyValue, keys: PyValue): PyValue => runtimeOps.matchKeys(subject, keys);
export const matchClass = (subject: PyValue, cls: PyValue, count: number, names: PyValue): PyValue => runtimeOps.matchClass(subject, cls, count, names);
