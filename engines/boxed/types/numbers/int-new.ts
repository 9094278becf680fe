// int(x=0, /, base=10): CPython 3.11's long_new. Strings and bytes parse with the kernel (and
// the sys.set_int_max_str_digits limit); other objects go through __int__, __index__ and then
// __trunc__ (PyNumber_Long), each result checked to be an int. int subclasses (class I(int))
// get a PyLong of their own type holding the value.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { intType } from '../../builtin-types.js';
import { asIndex } from '../../convert.js';
import { fromKernel } from '../../kernel-errors.js';
import { KernelError } from '../../../../shared/kernels/py-error.js';
import { TypeError, ValueError } from '../exceptions.js';
import { PyBytes, PyByteArray } from '../bytes.js';
import { bufferOf } from '../bytes/buffer.js';
import { PyStr } from '../str.js';
import { PyBool, PyFloat, PyLong } from '../numbers.js';
import { callUnbound } from '../../protocols/call.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { parseIntLiteral } from '../../../../shared/kernels/numbers/parse-int.js';
import { intFromFloat } from '../../../../shared/kernels/numbers/int-float.js';
import { bytesRepr } from '../../../../shared/kernels/repr/bytes-repr.js';
import type { PyInt } from '../../../../shared/kernels/numbers/py-int.js';
import { newClassArg } from '../new-checks.js';
import { initSubclassInstance, intLimits, intOf, pyInt } from './number-util.js';

/** The latin-1 text of bytes (int() and float() parse bytes as ASCII text). */
export function bytesText(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** Python's `repr(b)[:200]` for the messages about a bytes argument. */
export function bytesReprCut(b: Uint8Array): string {
  return bytesRepr(b).slice(0, 200);
}

/** int(text, base) for a str. */
export function parseIntText(text: string, base: number): PyValue {
  try {
    return pyInt(parseIntLiteral(text, base, intLimits.maxStrDigits));
  } catch (e) {
    throw fromKernel(e);
  }
}

/** int(b, base) for bytes: as the ASCII text, but the message shows the bytes' repr. */
function parseIntBytes(b: Uint8Array, base: number): PyValue {
  try {
    return pyInt(parseIntLiteral(bytesText(b), base, intLimits.maxStrDigits));
  } catch (e) {
    if (e instanceof KernelError && e.message.startsWith('invalid literal')) {
      raise(ValueError, `invalid literal for int() with base ${base}: ${bytesReprCut(b)}`);
    }
    throw fromKernel(e);
  }
}

/** The result of __int__/__index__/__trunc__ as an exact int (a new reference). */
function checkedInt(r: PyValue, method: string): PyValue {
  const n = intOf(r);
  if (n === undefined) {
    decref(r);
    raise(TypeError, `${method} returned non-int (type ${typeName(r)})`);
  }
  if (typeof r === 'number' || r.ob_type === intType) return r;
  decref(r);
  return pyInt(n);
}

/** int(x) for one argument (PyNumber_Long): a new reference to an exact int. */
export function intFromObject(x: PyValue): PyValue {
  if (typeof x === 'number') return x;
  const t = x.ob_type;
  if (t === intType) return newref(x);
  if (x instanceof PyBool) return x.value;
  if (x instanceof PyFloat && t.mro.length === 2) return floatToInt(x.value);
  const fi = t.lookup('__int__');
  if (fi !== null) return checkedInt(callUnbound(fi, x, []), '__int__');
  const fx = t.lookup('__index__');
  if (fx !== null) return checkedInt(callUnbound(fx, x, []), '__index__');
  const ft = t.lookup('__trunc__');
  if (ft !== null) {
    const r = callUnbound(ft, x, []);
    if (intOf(r) !== undefined) return checkedInt(r, '__trunc__');
    try {
      if (typeOf(r).lookup('__index__') === null) raise(TypeError, `__trunc__ returned non-Integral (type ${typeName(r)})`);
      return pyInt(asIndex(r));
    } finally {
      decref(r);
    }
  }
  if (x instanceof PyStr) return parseIntText(x.value, 10);
  // bytes, bytearray and other buffers (memoryview) parse as their bytes.
  const buffer = bufferOf(x);
  if (buffer !== null) return parseIntBytes(buffer, 10);
  raise(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

/** int(x) for a float: truncation, with CPython's errors for inf and nan. */
export function floatToInt(x: number): PyValue {
  try {
    return pyInt(intFromFloat(x));
  } catch (e) {
    throw fromKernel(e);
  }
}

/** int(x, base): x must be text. */
function intWithBase(x: PyValue, baseArg: PyValue): PyValue {
  const b = asIndex(baseArg);
  const base = typeof b === 'bigint' ? (b < 0n ? -1 : 37) : b;
  if (base !== 0 && (base < 2 || base > 36)) raise(ValueError, 'int() base must be >= 2 and <= 36, or 0');
  if (x instanceof PyStr) return parseIntText(x.value, base);
  if (x instanceof PyBytes || x instanceof PyByteArray) return parseIntBytes(x.value, base);
  raise(TypeError, "int() can't convert non-string with explicit base");
}

/** int.__new__(cls, x=0, /, base=10). */
export function intNew(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls = newClassArg(intType, args);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  let x: PyValue | undefined;
  let base: PyValue | undefined;
  if (npos + nkw > 2) raise(TypeError, `int() takes at most 2 arguments (${npos + nkw} given)`);
  if (npos >= 1) x = args[1];
  if (npos === 2) base = args[2];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    if (name !== 'base') raise(TypeError, `'${name}' is an invalid keyword argument for int()`);
    if (base !== undefined) raise(TypeError, "argument for int() given by name ('base') and position (2)");
    base = args[1 + npos + k];
  }
  let value: PyValue;
  if (x === undefined) {
    if (base !== undefined) raise(TypeError, 'int() missing string argument');
    value = 0;
  } else if (base === undefined) {
    value = intFromObject(x);
  } else {
    value = intWithBase(x, base);
  }
  if (cls === intType) return value;
  const n: PyInt = intOf(value)!;
  decref(value);
  return initSubclassInstance(new PyLong(BigInt(n), cls), cls);
}
