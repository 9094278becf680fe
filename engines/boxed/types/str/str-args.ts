// Argument conversion for str's methods, with the messages CPython 3.11 gives: its methods mix
// three argument parsers (METH_NOARGS/METH_O, argument clinic, and old PyArg_ParseTuple formats
// for find/count/startswith), and each words its errors differently.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { strType } from '../../builtin-types.js';
import { charStr, newStr } from '../../strings.js';
import { OverflowError, TypeError } from '../exceptions.js';
import { PyStr } from '../str.js';
import { None } from '../singletons.js';
import { intValue } from '../numbers.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { callUnbound } from '../../protocols/call.js';

/** A str result: `self` itself when unchanged and exact (CPython returns it), else a new str. */
export function strResult(self: PyStr, s: string): PyStr {
  if (s === self.value && self.ob_type === strType) return newref(self);
  return s.length <= 1 ? charStr(s) : newStr(s);
}

/** A new str for `s`, sharing the cached one-character and empty strs as CPython does. */
export function makeStr(s: string): PyStr {
  return s.length <= 1 ? charStr(s) : newStr(s);
}

/** The text of a str argument or TypeError "<prefix>must be str, not int". */
export function strArg(v: PyValue, prefix = ''): string {
  if (v instanceof PyStr) return v.value;
  raise(TypeError, `${prefix}must be str, not ${typeName(v)}`);
}

/** An argument-clinic str argument: "replace() argument 2 must be str, not int" (None shown as None). */
export function clinicStrArg(v: PyValue, fname: string, which: string): string {
  if (v instanceof PyStr) return v.value;
  const shown = v === None ? 'None' : typeName(v);
  raise(TypeError, `${fname}() argument ${which === '' ? '' : which + ' '}must be str, not ${shown}`);
}

/** Old-style "O|OO:name" arity check: "name() takes at least 1 argument (0 given)". */
export function checkTupleArgs(name: string, args: readonly PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, `str.${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) raise(TypeError, `${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) raise(TypeError, `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/**
 * Argument clinic's keyword parsing (_PyArg_UnpackKeywords) for `names`, the first `required`
 * of them required: the values in order, undefined when not given.
 */
export function parseKeywords(fname: string, args: readonly PyValue[], kwnames: readonly string[] | null, names: readonly string[], required: number): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const max = names.length;
  const out: (PyValue | undefined)[] = new Array(max).fill(undefined);
  if (npos > max || (nkw === 0 && npos < required)) {
    const n = npos;
    const which = required === max ? 'exactly' : n < required ? 'at least' : 'at most';
    const count = n < required ? required : max;
    raise(TypeError, `${fname}() takes ${which} ${count} argument${count === 1 ? '' : 's'} (${n} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const idx = names.indexOf(name);
    if (idx < 0) raise(TypeError, `'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[idx] !== undefined) raise(TypeError, `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) raise(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** operator.index(v) as number|bigint, or undefined when v has no __index__. */
function indexValue(v: PyValue): number | bigint | undefined {
  const n = intValue(v);
  if (n !== undefined) return n;
  const f = typeOf(v).lookup('__index__');
  if (f === null) return undefined;
  const r = callUnbound(f, v, []);
  const m = intValue(r);
  decref(r);
  if (m === undefined) raise(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
  return m;
}

/** A Py_ssize_t argument: __index__, "'str' object cannot be interpreted as an integer", OverflowError. */
export function ssizeArg(v: PyValue): number {
  const n = indexValue(v);
  if (n === undefined) raise(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === 'bigint' || n > 9223372036854775807 || n < -9223372036854775808) {
    raise(OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return n;
}

/** A C int argument (expandtabs' tabsize). */
export function intArg(v: PyValue): number {
  const n = indexValue(v);
  if (n === undefined) raise(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === 'bigint' || n > 2147483647 || n < -2147483648) raise(OverflowError, 'Python int too large to convert to C int');
  return n;
}

/** _PyEval_SliceIndex for find/count: None → undefined, huge values clamped. */
export function sliceIndexArg(v: PyValue | undefined): number | undefined {
  if (v === undefined || v === None) return undefined;
  const n = indexValue(v);
  if (n === undefined) raise(TypeError, 'slice indices must be integers or None or have an __index__ method');
  if (typeof n === 'bigint') return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return n;
}
