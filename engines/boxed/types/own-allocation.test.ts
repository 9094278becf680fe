// float, tuple, list, str, bound methods and instances of classes allocate in their own constructors (not through PyObject's) but must stay
// PyObjects in every other way: the prototype chain, the fields in PyObject's order, releaseRefs.

import { describe, expect, it } from 'vitest';
import { PyObject } from '../object.js';
import { floatType, listType, objectType, PyInstance, tupleType } from '../builtin-types.js';
import { PyFloat } from './numbers.js';
import { PyList, PyTuple } from './sequences.js';
import { PyStr } from './str.js';
import { PyMethod } from './functions.js';

describe('objects that allocate in their own constructors', () => {
  it('are PyObjects laid out as PyObject lays out its fields', () => {
    const base = Object.keys(new PyObject(floatType));
    for (const o of [new PyFloat(1.5), new PyTuple([]), new PyList([]), new PyStr('s'), new PyMethod(1, 2), new PyInstance(objectType)]) {
      expect(o).toBeInstanceOf(PyObject);
      expect(Object.keys(o).slice(0, base.length)).toEqual(base);
      expect(o.ob_refcnt).toBe(1);
      expect(o.dict).toBeNull();
    }
    expect([new PyFloat(2).ob_type, new PyTuple([]).ob_type, new PyList([]).ob_type]).toEqual([floatType, tupleType, listType]);
  });

  it('release what they own', () => {
    const item = new PyFloat(3);
    item.ob_refcnt = 3;
    new PyTuple([item]).releaseRefs();
    new PyList([item]).releaseRefs();
    expect(item.ob_refcnt).toBe(1);
    item.ob_refcnt = 3;
    new PyMethod(item, item).releaseRefs();
    expect(item.ob_refcnt).toBe(1);
  });
});
