// The methods bytes and bytearray share (everything but construction, mutation and the special
// methods): each converts its arguments with CPython 3.11's messages and calls the shared bytes
// kernel. One table is built per type so messages name it ("bytearray.title() takes no
// arguments"); results are of the receiver's kind.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { bytearrayType, bytesType } from '../../builtin-types.js';
import { checkPositional } from '../../args.js';
import { TypeError, ValueError } from '../exceptions.js';
import { PyByteArray, PyBytes } from '../bytes.js';
import { PyStr } from '../str.js';
import { exactSequenceItems, PyList, PyTuple } from '../sequences.js';
import { False, True, pyBool } from '../numbers.js';
import { None } from '../singletons.js';
import { PyType } from '../../type.js';
import type { NativeMethod } from '../native.js';
import { call } from '../../protocols/call.js';
import { toArray } from '../../protocols/iteration.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { kernelCall } from '../../kernel-errors.js';
import { clinicStrArg, intArg, makeStr, parseKeywords, sliceIndexArg, ssizeArg } from '../str/str-args.js';
import { decodeData } from './codecs.js';
import {
  bytesCapitalize, bytesIsAlnum, bytesIsAlpha, bytesIsAscii, bytesIsDigit, bytesIsLower, bytesIsSpace, bytesIsTitle,
  bytesIsUpper, bytesLower, bytesSwapcase, bytesTitle, bytesUpper,
} from '../../../../shared/kernels/bytes/bytes-case.js';
import { bytesFromHex, bytesHex } from '../../../../shared/kernels/bytes/bytes-hex.js';
import {
  bytesCount, bytesEndsWith, bytesFind, bytesIndex, bytesRfind, bytesRindex, bytesStartsWith, type BytesNeedle,
} from '../../../../shared/kernels/bytes/bytes-search.js';
import { bytesPartition, bytesRpartition, bytesRsplit, bytesSplit, bytesSplitlines } from '../../../../shared/kernels/bytes/bytes-split.js';
import {
  bytesCenter, bytesExpandtabs, bytesFillByte, bytesLjust, bytesLstrip, bytesRemovePrefix, bytesRemoveSuffix, bytesReplace,
  bytesRjust, bytesRstrip, bytesStrip, bytesTranslate, bytesZfill,
} from '../../../../shared/kernels/bytes/bytes-transform.js';
import { latin1String } from '../../../../shared/kernels/format/percent-format.js';
import { bufferOf, needBuffer } from './buffer.js';
import { dataOf, makeLike, needleOf, newBytes, optionalBuffer, sameOrLike, tupleArgs } from './bytes-common.js';

type Search = (d: Uint8Array, sub: BytesNeedle, start?: number, end?: number) => number;
type Affix = (d: Uint8Array, fix: Uint8Array, start?: number, end?: number) => boolean;

/** A list of results of the receiver's kind. */
function listOf(self: PyValue, parts: Uint8Array[]): PyList {
  const items: PyValue[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) items[i] = makeLike(self, parts[i]!);
  return new PyList(items);
}

const DECODE_PARAMS = ['encoding', 'errors'];
const HEX_PARAMS = ['sep', 'bytes_per_sep'];
const SPLIT_PARAMS = ['sep', 'maxsplit'];
const SPLITLINES_PARAMS = ['keepends'];
const EXPANDTABS_PARAMS = ['tabsize'];
const TRANSLATE_PARAMS = ['table', 'delete'];

/** bytes.decode / bytearray.decode(encoding='utf-8', errors='strict'). */
function decode(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  let enc = 'utf-8';
  let err = 'strict';
  if (args.length > 0) {
    const [e, r] = parseKeywords('decode', args, kw, DECODE_PARAMS, 0);
    if (e !== undefined) enc = clinicStrArg(e, 'decode', "'encoding'");
    if (r !== undefined) err = clinicStrArg(r, 'decode', "'errors'");
  }
  return makeStr(decodeData(dataOf(self), enc, err));
}

/** The separator of hex(): one ASCII character given as str or bytes. */
function hexSep(v: PyValue): string {
  if (v instanceof PyStr) return v.value;
  if (v instanceof PyBytes) return latin1String(v.value);
  const b = bufferOf(v);
  if (b === null && typeOf(v).lookup('__len__') === null) raise(TypeError, `object of type '${typeName(v)}' has no len()`);
  if (b !== null && b.length !== 1) raise(ValueError, 'sep must be length 1.');
  raise(TypeError, 'sep must be str or bytes.');
}

/** hex(sep=<none>, bytes_per_sep=1) of any buffer (memoryview.hex too). */
export function hexMethod(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const data = needBuffer(self);
  if (args.length === 0 && (kw === null || kw.length === 0)) return makeStr(bytesHex(data));
  const [sepV, perV] = parseKeywords('hex', args, kw, HEX_PARAMS, 0);
  const sep = sepV === undefined ? undefined : hexSep(sepV);
  const per = perV === undefined ? 1 : intArg(perV);
  return makeStr(kernelCall(() => bytesHex(data, sep, per)));
}

/** bytes.fromhex / bytearray.fromhex(string): a class method; subclasses get cls(result). */
function fromhex(cls: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const t = cls as PyType;
  const qual = t.isSubtype(bytearrayType) ? 'bytearray' : 'bytes';
  checkPositional(`${qual}.fromhex`, args, kw, 1);
  const s = args[0]!;
  if (!(s instanceof PyStr)) raise(TypeError, `fromhex() argument must be str, not ${typeName(s)}`);
  const data = kernelCall(() => bytesFromHex(s.value));
  const result = qual === 'bytearray' ? new PyByteArray(data) : newBytes(data);
  if (t === bytesType || t === bytearrayType) return result;
  try {
    return call(t, [result]);
  } finally {
    decref(result);
  }
}

/** bytes.maketrans(frm, to): a 256-byte translation table (bytes, also from bytearray). */
function maketrans(_self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('maketrans', args, kw, 2);
  const frm = needBuffer(args[0]!);
  const to = needBuffer(args[1]!);
  if (frm.length !== to.length) raise(ValueError, 'maketrans arguments must have same length');
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < frm.length; i++) table[frm[i]!] = to[i]!;
  return new PyBytes(table);
}

/** sep.join(iterable_of_bytes). */
function join(self: PyValue, args: PyValue[], kw: readonly string[] | null, qual: string): PyValue {
  checkPositional(`${qual}.join`, args, kw, 1);
  const iterable = args[0]!;
  let items: PyValue[];
  let owned = false;
  const fast = exactSequenceItems(iterable);
  if (fast !== null) items = fast;
  else {
    const t = typeOf(iterable);
    if (t.lookup('__iter__') === null && t.lookup('__getitem__') === null) raise(TypeError, 'can only join an iterable');
    items = toArray(iterable);
    owned = true;
  }
  try {
    const n = items.length;
    // One exact bytes item is the result itself, as in CPython.
    if (n === 1 && !(self instanceof PyByteArray) && items[0] instanceof PyBytes && items[0].ob_type === bytesType) return newref(items[0]);
    const sep = dataOf(self);
    const parts: Uint8Array[] = new Array(n);
    let size = sep.length * Math.max(0, n - 1);
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      const b = bufferOf(item);
      if (b === null) raise(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(item)} found`);
      parts[i] = b;
      size += b.length;
    }
    const out = new Uint8Array(size);
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (i > 0) { out.set(sep, k); k += sep.length; }
      out.set(parts[i]!, k);
      k += parts[i]!.length;
    }
    return makeLike(self, out);
  } finally {
    if (owned) for (const v of items) decref(v);
  }
}

function sameContents(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The table of shared methods for `qual` ('bytes' or 'bytearray'). */
export function commonMethods(qual: string): Record<string, NativeMethod> {
  const noArgs = (name: string, args: PyValue[], kw: readonly string[] | null): void => {
    if (args.length > 0 || (kw !== null && kw.length > 0)) checkPositional(`${qual}.${name}`, args, kw, 0);
  };
  const transform = (name: string, f: (d: Uint8Array) => Uint8Array): NativeMethod => (self, args, kw) => {
    noArgs(name, args, kw);
    return makeLike(self, f(dataOf(self)));
  };
  const predicate = (name: string, f: (d: Uint8Array) => boolean): NativeMethod => (self, args, kw) => {
    noArgs(name, args, kw);
    return f(dataOf(self)) ? True : False;
  };
  const search = (name: string, f: Search): NativeMethod => (self, args, kw) => {
    tupleArgs(qual, name, args, kw, 1, 3);
    const sub = needleOf(args[0]!);
    const start = sliceIndexArg(args[1]);
    const end = sliceIndexArg(args[2]);
    return kernelCall(() => f(dataOf(self), sub, start, end));
  };
  const affix = (name: string, f: Affix): NativeMethod => (self, args, kw) => {
    tupleArgs(qual, name, args, kw, 1, 3);
    const fix = args[0]!;
    const start = sliceIndexArg(args[1]);
    const end = sliceIndexArg(args[2]);
    const data = dataOf(self);
    if (fix instanceof PyTuple) {
      for (const item of fix.items) if (f(data, needBuffer(item), start, end)) return True;
      return False;
    }
    const b = bufferOf(fix);
    if (b === null) raise(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(fix)}`);
    return pyBool(f(data, b, start, end));
  };
  const stripper = (name: string, f: (d: Uint8Array, chars?: Uint8Array) => Uint8Array): NativeMethod => (self, args, kw) => {
    checkPositional(name, args, kw, 0, 1);
    return sameOrLike(self, f(dataOf(self), optionalBuffer(args[0])));
  };
  const splitter = (name: string, f: (d: Uint8Array, sep?: Uint8Array, maxsplit?: number) => Uint8Array[]): NativeMethod => (self, args, kw) => {
    let sep: Uint8Array | undefined;
    let maxsplit = -1;
    if (args.length > 0) {
      const [s, m] = parseKeywords(name, args, kw, SPLIT_PARAMS, 0);
      sep = optionalBuffer(s);
      if (m !== undefined) maxsplit = ssizeArg(m);
    }
    return listOf(self, kernelCall(() => f(dataOf(self), sep, maxsplit)));
  };
  const partitioner = (name: string, f: (d: Uint8Array, sep: Uint8Array) => Uint8Array[]): NativeMethod => (self, args, kw) => {
    checkPositional(`${qual}.${name}`, args, kw, 1);
    const parts = kernelCall(() => f(dataOf(self), needBuffer(args[0]!)));
    return new PyTuple(parts.map((p) => makeLike(self, p)));
  };
  const justify = (name: string, f: (d: Uint8Array, width: number, fill: number) => Uint8Array): NativeMethod => (self, args, kw) => {
    checkPositional(name, args, kw, 1, 2);
    const width = ssizeArg(args[0]!);
    let fill = 0x20;
    if (args.length > 1) {
      const v = args[1]!;
      const b = v instanceof PyBytes || v instanceof PyByteArray ? v.value : null;
      fill = kernelCall(() => bytesFillByte(name, b, typeName(v)));
    }
    return sameOrLike(self, f(dataOf(self), width, fill));
  };
  const affixRemover = (name: string, f: (d: Uint8Array, fix: Uint8Array) => Uint8Array): NativeMethod => (self, args, kw) => {
    checkPositional(`${qual}.${name}`, args, kw, 1);
    return sameOrLike(self, f(dataOf(self), needBuffer(args[0]!)));
  };

  return {
    decode,
    hex: hexMethod,
    find: search('find', bytesFind),
    rfind: search('rfind', bytesRfind),
    index: search('index', bytesIndex),
    rindex: search('rindex', bytesRindex),
    count: search('count', bytesCount),
    startswith: affix('startswith', bytesStartsWith),
    endswith: affix('endswith', bytesEndsWith),
    split: splitter('split', bytesSplit),
    rsplit: splitter('rsplit', bytesRsplit),
    splitlines(self, args, kw) {
      let keepends = false;
      if (args.length > 0) {
        const [k] = parseKeywords('splitlines', args, kw, SPLITLINES_PARAMS, 0);
        if (k !== undefined) keepends = intArg(k) !== 0;
      }
      return listOf(self, bytesSplitlines(dataOf(self), keepends));
    },
    partition: partitioner('partition', bytesPartition),
    rpartition: partitioner('rpartition', bytesRpartition),
    join: (self, args, kw) => join(self, args, kw, qual),
    replace(self, args, kw) {
      checkPositional('replace', args, kw, 2, 3);
      const old = needBuffer(args[0]!);
      const repl = needBuffer(args[1]!);
      const count = args.length > 2 ? ssizeArg(args[2]!) : -1;
      const data = dataOf(self);
      const out = kernelCall(() => bytesReplace(data, old, repl, count));
      // Nothing replaced: an exact bytes is returned itself, as in CPython.
      if (out.length === data.length && (self as PyBytes).ob_type === bytesType && sameContents(out, data)) return newref(self);
      return makeLike(self, out);
    },
    strip: stripper('strip', bytesStrip),
    lstrip: stripper('lstrip', bytesLstrip),
    rstrip: stripper('rstrip', bytesRstrip),
    removeprefix: affixRemover('removeprefix', bytesRemovePrefix),
    removesuffix: affixRemover('removesuffix', bytesRemoveSuffix),
    center: justify('center', bytesCenter),
    ljust: justify('ljust', bytesLjust),
    rjust: justify('rjust', bytesRjust),
    zfill(self, args, kw) {
      checkPositional(`${qual}.zfill`, args, kw, 1);
      return sameOrLike(self, bytesZfill(dataOf(self), ssizeArg(args[0]!)));
    },
    expandtabs(self, args, kw) {
      let tabsize = 8;
      if (args.length > 0) {
        const [t] = parseKeywords('expandtabs', args, kw, EXPANDTABS_PARAMS, 0);
        if (t !== undefined) tabsize = intArg(t);
      }
      return makeLike(self, kernelCall(() => bytesExpandtabs(dataOf(self), tabsize)));
    },
    translate(self, args, kw) {
      const nkw = kw === null ? 0 : kw.length;
      if (args.length - nkw < 1) raise(TypeError, `translate() takes at least 1 positional argument (${args.length - nkw} given)`);
      const [t, d] = parseKeywords('translate', args, kw, TRANSLATE_PARAMS, 1);
      const table = t === None ? null : needBuffer(t!);
      const remove = d === undefined ? undefined : needBuffer(d);
      return makeLike(self, kernelCall(() => bytesTranslate(dataOf(self), table, remove)));
    },
    upper: transform('upper', bytesUpper),
    lower: transform('lower', bytesLower),
    swapcase: transform('swapcase', bytesSwapcase),
    capitalize: transform('capitalize', bytesCapitalize),
    title: transform('title', bytesTitle),
    isalpha: predicate('isalpha', bytesIsAlpha),
    isdigit: predicate('isdigit', bytesIsDigit),
    isalnum: predicate('isalnum', bytesIsAlnum),
    isspace: predicate('isspace', bytesIsSpace),
    islower: predicate('islower', bytesIsLower),
    isupper: predicate('isupper', bytesIsUpper),
    istitle: predicate('istitle', bytesIsTitle),
    isascii: predicate('isascii', bytesIsAscii),
  };
}

export const commonClassMethods: Record<string, NativeMethod> = { fromhex };
export const commonStatics: Record<string, NativeMethod> = { maketrans };
