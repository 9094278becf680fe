// The match statement's instructions (MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS), as
// ceval.c's match_keys and match_class do them: which subjects a sequence or mapping pattern
// accepts is a type flag, keys are read with map.get(key, sentinel), and a class pattern reads
// the attributes __match_args__ names.

import { decref, incref, type PyValue } from '../../boxed/object.js';
import { raise } from '../../boxed/errors.js';
import { dictType, objectType, strType, tupleType } from '../../boxed/builtin-types.js';
import { PyType, TypeFlag } from '../../boxed/type.js';
import { PyDict } from '../../boxed/types/dict.js';
import { PyStr } from '../../boxed/types/str.js';
import { PyTuple } from '../../boxed/types/sequences.js';
import { None } from '../../boxed/types/singletons.js';
import { TypeError, ValueError } from '../../boxed/types/exceptions.js';
import { call } from '../../boxed/protocols/call.js';
import { getAttr, isAttributeError } from '../../boxed/protocols/attributes.js';
import { repr } from '../../boxed/protocols/objects.js';
import { typeName, typeOf } from '../../boxed/protocols/type-of.js';
import { isInstance } from '../../boxed/modules/builtins-attrs.js';
import { runtimeOps } from '../vm/ops/module-hooks.js';

const matchMapping = (v: PyValue): boolean => typeOf(v).hasFlag(TypeFlag.MAPPING);
const matchSequence = (v: PyValue): boolean => typeOf(v).hasFlag(TypeFlag.SEQUENCE);

/** A tuple of the values of `keys` (a tuple) in `map`, or None when one is missing. A new reference. */
function matchKeys(map: PyValue, keys: PyValue): PyValue {
  const wanted = (keys as PyTuple).items;
  if (wanted.length === 0) return new PyTuple([]);
  const get = getAttr(map, 'get');
  const seen = new PyDict(dictType);
  const dummy = call(objectType, []);
  const values: PyValue[] = [];
  try {
    for (const key of wanted) {
      if (seen.find(key) >= 0) raise(ValueError, `mapping pattern checks duplicate key (${repr(key)})`);
      seen.set(key, None);
      const value = call(get, [key, dummy]);
      if (value === dummy) {
        decref(value);
        values.forEach(decref);
        incref(None);
        return None;
      }
      values.push(value);
    }
    return new PyTuple(values);
  } catch (e) {
    values.forEach(decref);
    throw e;
  } finally {
    decref(get);
    decref(seen);
    decref(dummy);
  }
}

/** match_class_attr: the attribute `name` of the subject, or undefined (no match) when it is missing. */
function classAttr(subject: PyValue, cls: PyType, name: string, seen: Set<string>): PyValue | undefined {
  if (seen.has(name)) raise(TypeError, `${cls.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.add(name);
  return getAttrOrMissing(subject, name);
}

/** PyObject_GetAttr with an AttributeError (a property's included) cleared: undefined. */
function getAttrOrMissing(obj: PyValue, name: string): PyValue | undefined {
  try {
    return getAttr(obj, name);
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    decref(e as PyValue);
    return undefined;
  }
}

/**
 * A tuple of the attributes a class pattern binds (`count` positional ones through __match_args__,
 * then those `names` spells), or None when the subject does not match. A new reference.
 */
function matchClass(subject: PyValue, cls: PyValue, count: number, names: PyValue): PyValue {
  if (!(cls instanceof PyType)) raise(TypeError, 'called match pattern must be a type');
  if (!isInstance(subject, cls)) { incref(None); return None; }
  const seen = new Set<string>();
  const attrs: PyValue[] = [];
  const fail = (): PyValue => { attrs.forEach(decref); incref(None); return None; };
  try {
    if (count > 0) {
      const matchArgs = getAttrOrMissing(cls, '__match_args__');
      // MATCH_SELF counts only when the type does not define __match_args__.
      const matchSelf = matchArgs === undefined && cls.hasFlag(TypeFlag.MATCH_SELF);
      try {
        if (matchArgs !== undefined && typeOf(matchArgs) !== tupleType) {
          raise(TypeError, `${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
        }
        const argNames = matchArgs === undefined ? [] : (matchArgs as PyTuple).items;
        const allowed = matchSelf ? 1 : argNames.length;
        if (allowed < count) {
          raise(TypeError, `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${count} given)`);
        }
        if (matchSelf) {
          incref(subject);
          attrs.push(subject);
        } else {
          for (let i = 0; i < count; i++) {
            const name = argNames[i]!;
            if (typeOf(name) !== strType) {
              raise(TypeError, `__match_args__ elements must be strings (got ${typeName(name)})`);
            }
            const attr = classAttr(subject, cls, (name as PyStr).value, seen);
            if (attr === undefined) return fail();
            attrs.push(attr);
          }
        }
      } finally {
        if (matchArgs !== undefined) decref(matchArgs);
      }
    }
    for (const name of (names as PyTuple).items) {
      const attr = classAttr(subject, cls, (name as PyStr).value, seen);
      if (attr === undefined) return fail();
      attrs.push(attr);
    }
    return new PyTuple(attrs);
  } catch (e) {
    attrs.forEach(decref);
    throw e;
  }
}

export function installPatternMatching(): void {
  runtimeOps.matchMapping = matchMapping;
  runtimeOps.matchSequence = matchSequence;
  runtimeOps.matchKeys = matchKeys;
  runtimeOps.matchClass = matchClass;
}
