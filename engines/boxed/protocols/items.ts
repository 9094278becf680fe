// Subscription and membership: v[k], v[k] = x, del v[k], x in v.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { PyType } from '../type.js';
import { TypeError } from '../types/exceptions.js';
import { callUnbound, call } from './call.js';
import { typeOf, typeName } from './type-of.js';
import { getIter, next } from './iteration.js';
import { eq } from './compare.js';
import { truthy } from './objects.js';
import { getAttrOrUndefined } from './attributes.js';

/** v[k] (a new reference). */
export function getItem(v: PyValue, k: PyValue): PyValue {
  const f = typeOf(v).lookup('__getitem__');
  if (f !== null) return callUnbound(f, v, [k]);
  if (v instanceof PyType) {
    if (v.ob_type.lookup('__getitem__') === null) {
      const cg = getAttrOrUndefined(v, '__class_getitem__');
      if (cg !== undefined) {
        try {
          return call(cg, [k]);
        } finally {
          decref(cg);
        }
      }
      raise(TypeError, `type '${v.name}' is not subscriptable`);
    }
  }
  raise(TypeError, `'${typeName(v)}' object is not subscriptable`);
}

/** v[k] = x, or del v[k] when x is undefined. */
export function setItem(v: PyValue, k: PyValue, x: PyValue | undefined): void {
  const f = typeOf(v).lookup(x === undefined ? '__delitem__' : '__setitem__');
  if (f === null) {
    if (x === undefined) {
      raise(TypeError, `'${typeName(v)}' object doesn't support item deletion`);
    }
    raise(TypeError, `'${typeName(v)}' object does not support item assignment`);
  }
  decref(callUnbound(f, v, x === undefined ? [k] : [k, x]));
}

/** x in v. */
export function contains(v: PyValue, x: PyValue): boolean {
  const f = typeOf(v).lookup('__contains__');
  if (f !== null) {
    const r = callUnbound(f, v, [x]);
    const b = truthy(r);
    decref(r);
    return b;
  }
  if (typeOf(v).lookup('__iter__') === null && typeOf(v).lookup('__getitem__') === null) {
    raise(TypeError, `argument of type '${typeName(v)}' is not iterable`);
  }
  const it = getIter(v);
  try {
    for (let item = next(it); item !== undefined; item = next(it)) {
      const found = eq(item, x);
      decref(item);
      if (found) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}
