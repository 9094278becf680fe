// str's constructor and special methods: str(obj) / str(bytes, encoding, errors), subclass
// instances, the sequence protocol, concatenation and repetition, comparisons in code point
// order, the cached hash, repr/str and __format__.

import { incref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineMethods, defineStatic } from '../../define.js';
import { checkPositional } from '../../args.js';
import { dictType, strType } from '../../builtin-types.js';
import { PyType, TypeFlag } from '../../type.js';
import { newStr } from '../../strings.js';
import { TypeError } from '../exceptions.js';
import { PyStr } from '../str.js';
import { PyBytes, PyByteArray } from '../bytes.js';
import { PyDict } from '../dict.js';
import { False, True, makeInt } from '../numbers.js';
import { NotImplemented } from '../singletons.js';
import { PyTuple } from '../sequences.js';
import { typeName } from '../../protocols/type-of.js';
import { str as strOf } from '../../protocols/objects.js';
import { hashHooks } from '../../protocols/hash-hooks.js';
import { Cmp, stringCompare } from '../../protocols/compare.js';
import { kernelCall } from '../../kernel-errors.js';
import { strRepr } from '../../../../shared/kernels/repr/str-repr.js';
import { formatStr } from '../../../../shared/kernels/format/format-str.js';
import { decodeBytes } from './str-codecs.js';
import { clinicStrArg, makeStr, parseKeywords } from './str-args.js';
import { strGetItem, strRepeat } from './str-sequence.js';
import { PyStrIterator } from './str-iterator.js';
import { strContains } from '../../../../shared/kernels/str/str-search.js';
import { strPercent } from './str-percent.js';

const NEW_PARAMS = ['object', 'encoding', 'errors'];

/** Does an instance of heap type `cls` get a __dict__ (no class along the way declares only __slots__)? */
function wantsDict(cls: PyType): boolean {
  for (const t of cls.mro) {
    if (!t.hasFlag(TypeFlag.HEAPTYPE)) continue;
    if (t.ns.getStr('__slots__') === undefined) return true;
  }
  return false;
}

/** An instance of str or a subclass holding `text` (a new reference). */
export function makeStrOfType(cls: PyType, text: string): PyStr {
  if (cls === strType) return makeStr(text);
  const o = new PyStr(text, cls);
  if (cls.hasFlag(TypeFlag.HEAPTYPE)) {
    incref(cls);
    if (wantsDict(cls)) o.dict = new PyDict(dictType);
  }
  return o;
}

/** The text of str(object, encoding, errors) once encoding or errors is given. */
function decodedText(obj: PyValue, encoding: PyValue | undefined, errors: PyValue | undefined): string {
  const enc = encoding === undefined ? 'utf-8' : clinicStrArg(encoding, 'str', "'encoding'");
  const err = errors === undefined ? 'strict' : clinicStrArg(errors, 'str', "'errors'");
  let bytes: Uint8Array;
  if (obj instanceof PyBytes) bytes = obj.value;
  else if (obj instanceof PyByteArray) bytes = obj.value;
  else if (obj instanceof PyStr) raise(TypeError, 'decoding str is not supported');
  else {
    // Other buffer objects (memoryview) expose their bytes as `value` or through tobytes().
    const v = (obj as { value?: unknown }).value;
    if (typeof obj !== 'number' && v instanceof Uint8Array) bytes = v;
    else raise(TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  }
  return decodeBytes(bytes, enc, err);
}

/** str.__new__(cls, object='', encoding='utf-8', errors='strict'). */
function strNew(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length === 0) raise(TypeError, 'str.__new__(): not enough arguments');
  const cls = args[0]!;
  if (!(cls instanceof PyType)) raise(TypeError, `str.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(strType)) raise(TypeError, `str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
  const rest = args.slice(1);
  const [obj, encoding, errors] = kwnames === null && rest.length <= 1 ? [rest[0], undefined, undefined] : parseKeywords('str', rest, kwnames, NEW_PARAMS, 0);
  let text: string;
  if (obj === undefined) text = '';
  else if (encoding === undefined && errors === undefined) {
    if (cls === strType && obj instanceof PyStr && obj.ob_type === strType) return newref(obj);
    text = strOf(obj);
  } else text = decodedText(obj, encoding, errors);
  return makeStrOfType(cls, text);
}

function compare(op: Cmp) {
  return (self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue => {
    const o = oneArg(args, kw);
    if (!(o instanceof PyStr)) return NotImplemented;
    return stringCompare((self as PyStr).value, o.value, op) ? True : False;
  };
}

/** hash(s) through the SipHash kernel, cached on the object. */
export function strHash(s: PyStr): number | bigint {
  return (s.hash ??= hashHooks.hashString(s.value));
}

/** CPython's "expected 1 argument, got 0" for wrapper slots. */
function oneArg(args: PyValue[], kw: readonly string[] | null): PyValue {
  if (kw !== null && kw.length > 0) raise(TypeError, 'wrapper takes no keyword arguments');
  if (args.length !== 1) raise(TypeError, `expected 1 argument, got ${args.length}`);
  return args[0]!;
}

function noArgs(args: PyValue[], kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) raise(TypeError, 'wrapper takes no keyword arguments');
  if (args.length !== 0) raise(TypeError, `expected 0 arguments, got ${args.length}`);
}

export function installStrDunders(): void {
  defineStatic(strType, '__new__', strNew);
  defineMethods(strType, {
    __len__(self, args, kw) {
      noArgs(args, kw);
      return (self as PyStr).length;
    },
    __getitem__: (self, args, kw) => strGetItem(self as PyStr, oneArg(args, kw)),
    __contains__(self, args, kw) {
      const x = oneArg(args, kw);
      if (!(x instanceof PyStr)) raise(TypeError, `'in <string>' requires string as left operand, not ${typeName(x)}`);
      return strContains((self as PyStr).value, x.value) ? True : False;
    },
    __iter__(self, args, kw) {
      noArgs(args, kw);
      return new PyStrIterator(self as PyStr);
    },
    __add__(self, args, kw) {
      const o = oneArg(args, kw);
      if (!(o instanceof PyStr)) return NotImplemented;
      const a = (self as PyStr).value;
      if (o.value.length === 0 && (self as PyStr).ob_type === strType) return newref(self);
      if (a.length === 0 && o.ob_type === strType) return newref(o);
      return PyStr.concat(self as PyStr, o);
    },
    __mul__: (self, args, kw) => strRepeat(self as PyStr, oneArg(args, kw)) ?? NotImplemented,
    __rmul__: (self, args, kw) => strRepeat(self as PyStr, oneArg(args, kw)) ?? NotImplemented,
    __mod__: (self, args, kw) => strPercent(self as PyStr, oneArg(args, kw)),
    __rmod__(self, args, kw) {
      const o = oneArg(args, kw);
      return o instanceof PyStr ? strPercent(o, self) : NotImplemented;
    },
    __eq__: compare(Cmp.EQ),
    __ne__: compare(Cmp.NE),
    __lt__: compare(Cmp.LT),
    __le__: compare(Cmp.LE),
    __gt__: compare(Cmp.GT),
    __ge__: compare(Cmp.GE),
    __hash__(self, args, kw) {
      noArgs(args, kw);
      const h = strHash(self as PyStr);
      return typeof h === 'number' ? h : makeInt(h);
    },
    __repr__(self, args, kw) {
      noArgs(args, kw);
      return newStr(strRepr((self as PyStr).value));
    },
    __str__(self, args, kw) {
      noArgs(args, kw);
      const s = self as PyStr;
      return s.ob_type === strType ? newref(s) : makeStr(s.value);
    },
    __format__(self, args, kw) {
      checkPositional('__format__', args, kw, 1);
      const spec = args[0]!;
      if (!(spec instanceof PyStr)) raise(TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
      const s = self as PyStr;
      if (spec.value === '') return s.ob_type === strType ? newref(s) : makeStr(s.value);
      return makeStr(kernelCall(() => formatStr(s.value, spec.value, s.ob_type.name)));
    },
    __getnewargs__(self, args, kw) {
      noArgs(args, kw);
      return new PyTuple([makeStr((self as PyStr).value)]);
    },
    __sizeof__(self, args, kw) {
      noArgs(args, kw);
      // CPython's compact layouts: 1, 2 or 4 bytes per code point after a fixed header.
      const s = self as PyStr;
      let max = 0;
      for (let i = 0; i < s.value.length; i++) max = Math.max(max, s.value.charCodeAt(i));
      const n = s.length;
      if (max < 0x80) return 49 + n;
      if (max < 0x100) return 73 + n;
      return s.isSimple ? 74 + 2 * n : 76 + 4 * n;
    },
  });
}
