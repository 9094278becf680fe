// format(), ascii() and the VM's FORMAT_VALUE: PyObject_Format (type(v).__format__(v, spec), which
// must return a str), PyObject_ASCII (repr with non-ASCII characters escaped), and f-string
// replacement fields with their !s !r !a conversions.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { strType } from '../../builtin-types.js';
import { newStr } from '../../strings.js';
import { TypeError } from '../exceptions.js';
import { PyStr } from '../str.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { callUnbound } from '../../protocols/call.js';
import { repr, str } from '../../protocols/objects.js';
import { hexEscape } from '../../../../shared/kernels/repr/str-repr.js';
import { cpWidth } from '../../../../shared/kernels/str/code-points.js';
import { makeStr } from './str-args.js';

const NON_ASCII = /[^\x00-\x7f]/;

/** Escapes every non-ASCII code point as \x, \u or \U (the backslashreplace of ascii()). */
export function escapeNonAscii(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out += s[i];
      continue;
    }
    const cp = s.codePointAt(i)!;
    i += cpWidth(s, i, cp) - 1;
    out += hexEscape(cp);
  }
  return out;
}

/** ascii(v) as a JS string. */
export function asciiOf(v: PyValue): string {
  return escapeNonAscii(repr(v));
}

/** ascii(v): a new str. */
export function ascii(v: PyValue): PyValue {
  return makeStr(asciiOf(v));
}

/** format(v, spec): a new reference to the str type(v).__format__ returns. */
export function formatObject(v: PyValue, spec: string | PyStr): PyValue {
  const specText = typeof spec === 'string' ? spec : spec.value;
  if (specText === '') {
    if (typeof v === 'number') return newStr(String(v));
    if (v.ob_type === strType) return newref(v);
  }
  const f = typeOf(v).lookup('__format__');
  if (f === null) raise(TypeError, `Type ${typeName(v)} doesn't define __format__`);
  const specObj = typeof spec === 'string' ? makeStr(spec) : spec;
  let r: PyValue;
  try {
    r = callUnbound(f, v, [specObj]);
  } finally {
    if (typeof spec === 'string') decref(specObj);
  }
  if (!(r instanceof PyStr)) {
    decref(r);
    raise(TypeError, `__format__ must return a str, not ${typeName(r)}`);
  }
  return r;
}

/** FORMAT_VALUE: conversion 0 none, 1 !s, 2 !r, 3 !a; spec a str or null. */
export function formatValue(v: PyValue, conversion: number, spec: PyValue | null): PyValue {
  let value = v;
  let converted: PyValue | null = null;
  if (conversion !== 0) {
    const text = conversion === 1 ? str(v) : conversion === 2 ? repr(v) : asciiOf(v);
    converted = value = makeStr(text);
  }
  try {
    if (spec === null) {
      if (typeof value !== 'number' && value.ob_type === strType) return newref(value);
      return formatObject(value, '');
    }
    if (!(spec instanceof PyStr)) raise(TypeError, 'format spec must be a str');
    return formatObject(value, spec);
  } finally {
    if (converted !== null) decref(converted);
  }
}
