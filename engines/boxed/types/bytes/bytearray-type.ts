// bytearray: construction (__new__ makes an empty one, __init__ fills it), mutation (item and
// slice assignment and deletion, append/extend/insert/pop/remove/clear/reverse, += and *=), and
// its repr, copy and pickling support. A bytearray exported to a memoryview cannot change size
// (BufferError), as in CPython.

import { newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { bytearrayType } from '../../builtin-types.js';
import { defineAttribute, defineClassMethods, defineMethods, defineStatic } from '../../define.js';
import { checkPositional } from '../../args.js';
import { PyType } from '../../type.js';
import { EXCEPTION_TYPES, IndexError, TypeError, ValueError } from '../exceptions.js';
import { PyByteArray } from '../bytes.js';
import { PyStr } from '../str.js';
import { PyTuple } from '../sequences.js';
import { PyFloat, PyComplex, PyLong, PyBool } from '../numbers.js';
import { None, NotImplemented } from '../singletons.js';
import { newStr } from '../../strings.js';
import { asSsize } from '../../convert.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { finishInstance } from '../sequences/common.js';
import { PySlice, sliceIndices } from '../sequences/slice.js';
import { bytesRepr } from '../../../../shared/kernels/repr/bytes-repr.js';
import { latin1String } from '../../../../shared/kernels/format/percent-format.js';
import { ssizeArg } from '../str/str-args.js';
import { bufferOf } from './buffer.js';
import { bytearrayContents, constructorArgs, extendBytes } from './bytes-construct.js';
import { byteValueOf, noArgs, oneArg } from './bytes-common.js';
import { commonClassMethods, commonMethods, commonStatics } from './bytes-methods.js';
import { repeatBytes, sequenceMethods } from './bytes-sequence.js';

const BufferError = EXCEPTION_TYPES.get('BufferError')!;

const isIndexable = (v: PyValue): boolean =>
  typeof v === 'number' || v instanceof PyLong || v instanceof PyBool || typeOf(v).lookup('__index__') !== null;

/** PyNumber_Check: values slice assignment refuses outright. */
const isNumber = (v: PyValue): boolean => {
  if (isIndexable(v) || v instanceof PyFloat || v instanceof PyComplex) return true;
  const t = typeOf(v);
  return t.lookup('__int__') !== null || t.lookup('__float__') !== null;
};

/** Raises BufferError when a memoryview holds the bytearray's storage. */
function checkResizable(ba: PyByteArray): void {
  if (ba.exports > 0) raise(BufferError, 'Existing exports of data: object cannot be re-sized');
}

/** A byte value for storing, or ValueError "byte must be in range(0, 256)". */
function byteArg(v: PyValue): number {
  const b = byteValueOf(v);
  if (b < 0) raise(ValueError, 'byte must be in range(0, 256)');
  return b;
}

/** Replaces bytes [lo, hi) by `add`, checking that a size change is allowed. */
function splice(ba: PyByteArray, lo: number, hi: number, add: Uint8Array): void {
  if (add.length !== hi - lo) checkResizable(ba);
  ba.splice(lo, hi, add);
}

/** self[key] = value, or del self[key] when value is undefined (bytearray_ass_subscript). */
function assignSubscript(ba: PyByteArray, key: PyValue, value: PyValue | undefined): void {
  if (!(key instanceof PySlice)) {
    if (!isIndexable(key)) raise(TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
    let i = typeof key === 'number' ? key : asSsize(key, IndexError);
    // The value is converted before the index is checked, as in CPython (its __index__ may resize).
    const b = value === undefined ? 0 : byteArg(value);
    if (i < 0) i += ba.length;
    if (i < 0 || i >= ba.length) raise(IndexError, 'bytearray index out of range');
    if (value === undefined) splice(ba, i, i + 1, new Uint8Array(0));
    else ba.buffer[i] = b;
    return;
  }
  let add: Uint8Array | null = null;
  if (value !== undefined) {
    if (value instanceof PyByteArray && value !== ba) add = value.value;
    else {
      if (isNumber(value) || value instanceof PyStr) raise(TypeError, 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
      add = bytearrayContents(value, undefined, undefined);
    }
  }
  let { start, stop, step, count } = sliceIndices(key, ba.length);
  if (step === 1) {
    if (stop < start) stop = start;
    splice(ba, start, stop, add === null ? new Uint8Array(0) : add.slice());
    return;
  }
  // An empty value deletes an extended slice, as `del` does (bytearray_ass_subscript's needed == 0).
  if (add === null || add.length === 0) {
    if (count <= 0) return;
    checkResizable(ba);
    if (step < 0) {
      start = start + step * (count - 1);
      step = -step;
    }
    const buf = ba.buffer;
    let w = start;
    let next = start;
    let removed = 0;
    for (let r = start; r < ba.length; r++) {
      if (r === next && removed < count) {
        removed++;
        next += step;
      } else buf[w++] = buf[r]!;
    }
    ba.length = w;
    return;
  }
  if (add.length !== count) raise(ValueError, `attempt to assign bytes of size ${add.length} to extended slice of size ${count}`);
  for (let k = 0, j = start; k < count; k++, j += step) ba.buffer[j] = add[k]!;
}

/** bytearray.__init__(source=b'', encoding=..., errors=...): replaces the contents. */
function bytearrayInit(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const ba = self as PyByteArray;
  const [x, encoding, errors] = constructorArgs('bytearray', args, kwnames);
  const data = bytearrayContents(x, encoding, errors);
  if (data.length !== ba.length) checkResizable(ba);
  ba.setContents(data);
  return None;
}

function bytearrayNew(_self: PyValue, args: PyValue[]): PyValue {
  const cls = args[0];
  if (!(cls instanceof PyType)) raise(TypeError, `bytearray.__new__(X): X is not a type object (${cls === undefined ? 'NULL' : typeName(cls)})`);
  if (!cls.isSubtype(bytearrayType)) raise(TypeError, `bytearray.__new__(${cls.name}): ${cls.name} is not a subtype of bytearray`);
  return finishInstance(new PyByteArray(new Uint8Array(0), 0, cls), cls);
}

/** (type, (latin-1 text, 'latin-1'), __dict__ or None), as bytearray pickles. */
function reduce(self: PyValue): PyValue {
  const ba = self as PyByteArray;
  const state = ba.dict === null ? None : newref(ba.dict);
  const args = ba.length === 0 ? new PyTuple([]) : new PyTuple([newStr(latin1String(ba.value)), newStr('latin-1')]);
  return new PyTuple([newref(ba.ob_type), args, state]);
}

export function installBytearrayType(): void {
  bytearrayType.make = (t) => new PyByteArray(new Uint8Array(0), 0, t);
  defineStatic(bytearrayType, '__new__', bytearrayNew);
  defineStatic(bytearrayType, 'maketrans', commonStatics.maketrans!);
  defineMethods(bytearrayType, sequenceMethods('bytearray'));
  defineMethods(bytearrayType, commonMethods('bytearray'));
  defineClassMethods(bytearrayType, commonClassMethods);
  defineAttribute(bytearrayType, '__hash__', None);
  defineMethods(bytearrayType, {
    __init__: bytearrayInit,
    __repr__(self, args, kw) {
      noArgs(args, kw);
      return newStr(`${(self as PyByteArray).ob_type.name}(${bytesRepr((self as PyByteArray).value, true)})`);
    },
    __str__(self, args, kw) {
      noArgs(args, kw);
      return newStr(`${(self as PyByteArray).ob_type.name}(${bytesRepr((self as PyByteArray).value, true)})`);
    },
    __setitem__(self, args, kw) {
      if (kw !== null && kw.length > 0) raise(TypeError, 'wrapper takes no keyword arguments');
      if (args.length !== 2) raise(TypeError, `expected 2 arguments, got ${args.length}`);
      assignSubscript(self as PyByteArray, args[0]!, args[1]!);
      return None;
    },
    __delitem__(self, args, kw) {
      assignSubscript(self as PyByteArray, oneArg(args, kw), undefined);
      return None;
    },
    __iadd__(self, args, kw) {
      const ba = self as PyByteArray;
      const o = oneArg(args, kw);
      const b = bufferOf(o);
      if (b === null) raise(TypeError, `can't concat ${typeName(o)} to ${ba.ob_type.name}`);
      if (b.length > 0) {
        // CPython holds a buffer of the operand while resizing, so `ba += ba` is refused.
        if (o === ba) raise(BufferError, 'Existing exports of data: object cannot be re-sized');
        checkResizable(ba);
      }
      ba.append(b);
      return newref(ba);
    },
    __imul__(self, args, kw) {
      const ba = self as PyByteArray;
      const data = repeatBytes(ba.value, oneArg(args, kw), 'bytearray');
      if (data === undefined) return NotImplemented;
      if (data.length !== ba.length) checkResizable(ba);
      ba.setContents(data);
      return newref(ba);
    },
    append(self, args, kw) {
      checkPositional('bytearray.append', args, kw, 1);
      const ba = self as PyByteArray;
      const b = byteArg(args[0]!);
      checkResizable(ba);
      ba.push(b);
      return None;
    },
    extend(self, args, kw) {
      checkPositional('bytearray.extend', args, kw, 1);
      const ba = self as PyByteArray;
      const src = args[0]!;
      const b = bufferOf(src) ?? extendBytes(src);
      if (b.length > 0) checkResizable(ba);
      ba.append(b);
      return None;
    },
    insert(self, args, kw) {
      checkPositional('insert', args, kw, 2);
      const ba = self as PyByteArray;
      let i = ssizeArg(args[0]!);
      const b = byteArg(args[1]!);
      checkResizable(ba);
      const n = ba.length;
      if (i < 0) i = Math.max(0, i + n);
      else if (i > n) i = n;
      ba.splice(i, i, Uint8Array.of(b));
      return None;
    },
    pop(self, args, kw) {
      checkPositional('pop', args, kw, 0, 1);
      const ba = self as PyByteArray;
      let i = args.length > 0 ? ssizeArg(args[0]!) : -1;
      const n = ba.length;
      if (n === 0) raise(IndexError, 'pop from empty bytearray');
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise(IndexError, 'pop index out of range');
      checkResizable(ba);
      const b = ba.buffer[i]!;
      ba.splice(i, i + 1, new Uint8Array(0));
      return b;
    },
    remove(self, args, kw) {
      checkPositional('bytearray.remove', args, kw, 1);
      const ba = self as PyByteArray;
      const b = byteArg(args[0]!);
      const i = ba.value.indexOf(b);
      if (i < 0) raise(ValueError, 'value not found in bytearray');
      checkResizable(ba);
      ba.splice(i, i + 1, new Uint8Array(0));
      return None;
    },
    clear(self, args, kw) {
      checkPositional('bytearray.clear', args, kw, 0);
      const ba = self as PyByteArray;
      if (ba.length > 0) checkResizable(ba);
      ba.setContents(new Uint8Array(0));
      return None;
    },
    copy(self, args, kw) {
      checkPositional('bytearray.copy', args, kw, 0);
      return new PyByteArray((self as PyByteArray).value.slice());
    },
    reverse(self, args, kw) {
      checkPositional('bytearray.reverse', args, kw, 0);
      (self as PyByteArray).value.reverse();
      return None;
    },
    __alloc__(self, args, kw) {
      checkPositional('bytearray.__alloc__', args, kw, 0);
      const ba = self as PyByteArray;
      return ba.length === 0 ? 0 : ba.length + 1;
    },
    __sizeof__: (self) => 56 + ((self as PyByteArray).length === 0 ? 0 : (self as PyByteArray).length + 1),
    __reduce__: (self) => reduce(self),
    __reduce_ex__: (self) => reduce(self),
  });
}
