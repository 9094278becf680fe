// Name resolution outside fast locals: LOAD_NAME/STORE_NAME/DELETE_NAME on a locals mapping,
// class-body free variables, and the NameError/UnboundLocalError messages of 3.11.

import { decref, incref, type PyValue } from '../../../boxed/object.js';
import { newException, raise } from '../../../boxed/errors.js';
import { dictType } from '../../../boxed/builtin-types.js';
import { intern } from '../../../boxed/strings.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { NameError, SystemError, UnboundLocalError, KeyError, type PyBaseException } from '../../../boxed/types/exceptions.js';
import type { PyCell } from '../../../boxed/types/functions.js';
import { getItem, setItem } from '../../../boxed/protocols/items.js';
import type { Frame } from '../frame.js';
import type { PreparedCode } from '../prepared.js';
import { PyModule } from '../../../boxed/types/module.js';

/** A NameError for `name` carrying the name, for 3.11's "Did you mean" suggestions. */
export function nameError(name: string): PyBaseException {
  const e = newException(NameError, `name '${name}' is not defined`);
  e.setMember('name', intern(name));
  return e;
}

function isKeyError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'ob_type' in e && (e as PyBaseException).ob_type.isSubtype(KeyError);
}

/** Looks `name` up in a locals mapping (a dict, or any mapping for exec/class namespaces). */
function mappingGet(mapping: PyValue, name: string): PyValue | undefined {
  if (mapping instanceof PyDict && mapping.ob_type === dictType) {
    const v = mapping.getStr(name);
    if (v !== undefined) incref(v);
    return v;
  }
  try {
    return getItem(mapping, intern(name));
  } catch (e) {
    if (!isKeyError(e)) throw e;
    decref(e as PyBaseException);
    return undefined;
  }
}

export function loadName(frame: Frame, name: string): PyValue {
  if (frame.locals === null) raise(SystemError, `no locals when loading '${name}'`);
  const v = mappingGet(frame.locals, name);
  if (v !== undefined) return v;
  return loadGlobalOrBuiltin(frame, name);
}

function loadGlobalOrBuiltin(frame: Frame, name: string): PyValue {
  let v = frame.globals.getStr(name);
  if (v === undefined) v = frame.builtins.getStr(name);
  if (v === undefined) throw nameError(name);
  incref(v);
  return v;
}

export function storeName(frame: Frame, name: string, v: PyValue): void {
  const locals = frame.locals;
  if (locals === null) raise(SystemError, `no locals found when storing '${name}'`);
  if (locals instanceof PyDict && locals.ob_type === dictType) locals.setStr(name, intern(name), v);
  else setItem(locals, intern(name), v);
}

export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals === null) raise(SystemError, `no locals when deleting '${name}'`);
  if (locals instanceof PyDict && locals.ob_type === dictType) {
    if (!locals.delete(intern(name))) throw nameError(name);
    return;
  }
  try {
    setItem(locals, intern(name), undefined);
  } catch (e) {
    if (!isKeyError(e)) throw e;
    decref(e as PyBaseException);
    throw nameError(name);
  }
}

/** LOAD_CLASSDEREF: a class body reads a free variable from its namespace first. */
export function loadClassDeref(frame: Frame, index: number): PyValue {
  const name = frame.code.code.co_localsplusnames[index]!;
  if (frame.locals !== null) {
    const v = mappingGet(frame.locals, name);
    if (v !== undefined) return v;
  }
  const cell = frame.f[index] as PyCell;
  if (cell.ref === undefined) unboundDeref(frame.code, index);
  incref(cell.ref!);
  return cell.ref!;
}

export function unboundLocal(code: PreparedCode, index: number): never {
  const name = code.code.co_localsplusnames[index]!;
  // format_exc_check_arg records `name` (which suggestions read) for NameError itself only.
  throw newException(UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function unboundDeref(code: PreparedCode, index: number): never {
  const name = code.code.co_localsplusnames[index]!;
  const kinds = code.code.co_localspluskinds[index]!;
  if (kinds & 0x80) {
    const e = newException(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    e.setMember('name', intern(name));
    throw e;
  }
  unboundLocal(code, index);
}

/** The builtins namespace a function with these globals sees (globals['__builtins__']). */
export function builtinsOf(globals: PyDict): PyDict {
  const b = globals.getStr('__builtins__');
  if (b instanceof PyModule) return b.ns;
  if (b instanceof PyDict) return b;
  return defaultBuiltins.dict!;
}

let defaultBuiltins: { dict: PyDict | null } = { dict: null };
export function setDefaultBuiltins(ns: PyDict): void {
  defaultBuiltins = { dict: ns };
}

export function setupAnnotations(frame: Frame): void {
  const locals = frame.locals!;
  if (locals instanceof PyDict && locals.ob_type === dictType) {
    if (locals.getStr('__annotations__') === undefined) {
      const d = new PyDict(dictType);
      locals.setStr('__annotations__', intern('__annotations__'), d);
      decref(d);
    }
    return;
  }
  const v = mappingGet(locals, '__annotations__');
  if (v !== undefined) { decref(v); return; }
  const d = new PyDict(dictType);
  setItem(locals, intern('__annotations__'), d);
  decref(d);
}

