// str's ordinary methods (everything but format/format_map, which live in str-format.ts): each
// converts its arguments with CPython's messages and calls the shared str kernel.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineMethods, defineStatic } from '../../define.js';
import { checkPositional } from '../../args.js';
import { dictType, strType } from '../../builtin-types.js';
import { LookupError, PyBaseException, TypeError, ValueError } from '../exceptions.js';
import { PyStr } from '../str.js';
import { PyBytes } from '../bytes.js';
import { PyDict } from '../dict.js';
import { exactSequenceItems, PyList, PyTuple } from '../sequences.js';
import { False, True, intValue, pyBool } from '../numbers.js';
import { None } from '../singletons.js';
import { typeName } from '../../protocols/type-of.js';
import { getItem } from '../../protocols/items.js';
import { toArray } from '../../protocols/iteration.js';
import { typeOf } from '../../protocols/type-of.js';
import { fromKernel, kernelCall } from '../../kernel-errors.js';
import type { NativeMethod } from '../native.js';
import { strCapitalize, strCasefold, strLower, strSwapcase, strTitle, strUpper } from '../../../../shared/kernels/str/str-case.js';
import { strCenter, strExpandtabs, strLjust, strRjust, strZfill } from '../../../../shared/kernels/str/str-pad.js';
import {
  strIsAlnum, strIsAlpha, strIsAscii, strIsDecimal, strIsDigit, strIsIdentifier, strIsLower, strIsNumeric, strIsPrintable,
  strIsSpace, strIsTitle, strIsUpper,
} from '../../../../shared/kernels/str/str-predicates.js';
import { strCount, strEndsWith, strFind, strRfind, strStartsWith } from '../../../../shared/kernels/str/str-search.js';
import { strPartition, strRpartition, strRsplit, strSplit, strSplitlines } from '../../../../shared/kernels/str/str-split.js';
import {
  strJoin, strLstrip, strRemovePrefix, strRemoveSuffix, strReplace, strRstrip, strStrip,
} from '../../../../shared/kernels/str/str-transform.js';
import { textChars } from '../../../../shared/kernels/str/code-points.js';
import { strTranslate } from '../../../../shared/kernels/str/str-translate.js';
import { KernelError } from '../../../../shared/kernels/py-error.js';
import { encodeStr } from './str-codecs.js';
import {
  checkTupleArgs, clinicStrArg, intArg, makeStr, parseKeywords, sliceIndexArg, ssizeArg, strArg, strResult,
} from './str-args.js';

const text = (self: PyValue): string => (self as PyStr).value;

/** A method without arguments mapping the text to new text. */
function transform(name: string, f: (s: string) => string): NativeMethod {
  const qual = `str.${name}`;
  return (self, args, kw) => {
    if (args.length > 0 || (kw !== null && kw.length > 0)) checkPositional(qual, args, kw, 0);
    return strResult(self as PyStr, f(text(self)));
  };
}

/** A predicate method without arguments. */
function predicate(name: string, f: (s: string) => boolean): NativeMethod {
  const qual = `str.${name}`;
  return (self, args, kw) => {
    if (args.length > 0 || (kw !== null && kw.length > 0)) checkPositional(qual, args, kw, 0);
    return f(text(self)) ? True : False;
  };
}

/** center/ljust/rjust(width, fillchar=' ', /). */
function justify(name: string, f: (s: string, width: number, fill: string) => string): NativeMethod {
  return (self, args, kw) => {
    checkPositional(name, args, kw, 1, 2);
    const width = ssizeArg(args[0]!);
    let fill = ' ';
    if (args.length > 1) {
      const v = args[1]!;
      if (!(v instanceof PyStr)) raise(TypeError, `The fill character must be a unicode character, not ${typeName(v)}`);
      fill = v.value;
    }
    return strResult(self as PyStr, kernelCall(() => f(text(self), width, fill)));
  };
}

/** find/rfind/index/rindex/count(sub[, start[, end]]). */
function search(name: string, f: (s: string, sub: string, start?: number, end?: number) => number, raises: boolean): NativeMethod {
  return (self, args, kw) => {
    checkTupleArgs(name, args, kw, 1, 3);
    const sub = strArg(args[0]!);
    const start = sliceIndexArg(args[1]);
    const end = sliceIndexArg(args[2]);
    const r = f(text(self), sub, start, end);
    if (raises && r < 0) raise(ValueError, 'substring not found');
    return r;
  };
}

/** startswith/endswith(prefix[, start[, end]]) with a str or a tuple of strs. */
function affix(name: string, f: (s: string, fix: string, start?: number, end?: number) => boolean): NativeMethod {
  return (self, args, kw) => {
    checkTupleArgs(name, args, kw, 1, 3);
    const fix = args[0]!;
    const start = sliceIndexArg(args[1]);
    const end = sliceIndexArg(args[2]);
    const s = text(self);
    if (fix instanceof PyTuple) {
      for (const item of fix.items) {
        if (!(item instanceof PyStr)) raise(TypeError, `tuple for ${name} must only contain str, not ${typeName(item)}`);
        if (f(s, item.value, start, end)) return True;
      }
      return False;
    }
    if (!(fix instanceof PyStr)) raise(TypeError, `${name} first arg must be str or a tuple of str, not ${typeName(fix)}`);
    return pyBool(f(s, fix.value, start, end));
  };
}

/** strip/lstrip/rstrip(chars=None, /). */
function stripper(name: string, f: (s: string, chars?: string) => string): NativeMethod {
  return (self, args, kw) => {
    checkPositional(name, args, kw, 0, 1);
    const c = args[0];
    let chars: string | undefined;
    if (c !== undefined && c !== None) {
      if (!(c instanceof PyStr)) raise(TypeError, `${name} arg must be None or str`);
      chars = c.value;
    }
    return strResult(self as PyStr, f(text(self), chars));
  };
}

const SPLIT_PARAMS = ['sep', 'maxsplit'];

/** split/rsplit(sep=None, maxsplit=-1). */
function splitter(name: string, f: (s: string, sep?: string, maxsplit?: number) => string[]): NativeMethod {
  return (self, args, kw) => {
    const [sepV, maxV] = kw === null && args.length === 0 ? [undefined, undefined] : parseKeywords(name, args, kw, SPLIT_PARAMS, 0);
    let sep: string | undefined;
    if (sepV !== undefined && sepV !== None) {
      if (!(sepV instanceof PyStr)) raise(TypeError, `must be str or None, not ${typeName(sepV)}`);
      sep = sepV.value;
    }
    const maxsplit = maxV === undefined ? -1 : ssizeArg(maxV);
    const s = text(self);
    const parts = kernelCall(() => f(s, sep, maxsplit));
    return strList(self as PyStr, parts);
  };
}

/** A list of strs; a piece equal to the whole exact str is the str itself. */
function strList(self: PyStr, parts: string[]): PyList {
  const items: PyValue[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) items[i] = strResult(self, parts[i]!);
  return new PyList(items);
}

function partitioner(name: string, f: (s: string, sep: string) => [string, string, string]): NativeMethod {
  const qual = `str.${name}`;
  return (self, args, kw) => {
    checkPositional(qual, args, kw, 1);
    const sepV = args[0]!;
    const sep = strArg(sepV);
    const [a, b, c] = kernelCall(() => f(text(self), sep));
    const s = self as PyStr;
    return new PyTuple([strResult(s, a), b === sep && sepV instanceof PyStr ? strResult(sepV, b) : makeStr(b), strResult(s, c)]);
  };
}

/** sep.join(iterable). */
function join(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('str.join', args, kw, 1);
  const iterable = args[0]!;
  let items: PyValue[];
  let owned = false;
  const fast = exactSequenceItems(iterable);
  if (fast !== null) items = fast;
  else if (iterable instanceof PyStr && iterable.ob_type === strType) {
    // Joining the characters of a str needs no iterator.
    const chars = iterable.isSimple ? iterable.value.split('') : textChars(iterable.value);
    return makeStr(strJoin(text(self), chars));
  } else {
    if (typeOf(iterable).lookup('__iter__') === null && typeOf(iterable).lookup('__getitem__') === null) {
      raise(TypeError, 'can only join an iterable');
    }
    items = toArray(iterable);
    owned = true;
  }
  try {
    const n = items.length;
    if (n === 1) {
      // One exact str is returned itself, as CPython does.
      const only = items[0]!;
      if (only instanceof PyStr && only.ob_type === strType) return newref(only);
    }
    const parts: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const item = items[i]!;
      if (!(item instanceof PyStr)) raise(TypeError, `sequence item ${i}: expected str instance, ${typeName(item)} found`);
      parts[i] = item.value;
    }
    return makeStr(strJoin(text(self), parts));
  } finally {
    if (owned) for (const v of items) decref(v);
  }
}

function replace(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('replace', args, kw, 2, 3);
  const old = clinicStrArg(args[0]!, 'replace', '1');
  const repl = clinicStrArg(args[1]!, 'replace', '2');
  const count = args.length > 2 ? ssizeArg(args[2]!) : -1;
  return strResult(self as PyStr, strReplace(text(self), old, repl, count));
}

function affixRemover(name: string, f: (s: string, fix: string) => string): NativeMethod {
  const qual = `str.${name}`;
  return (self, args, kw) => {
    checkPositional(qual, args, kw, 1);
    return strResult(self as PyStr, f(text(self), clinicStrArg(args[0]!, name, '')));
  };
}

const ENCODE_PARAMS = ['encoding', 'errors'];

function encode(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [encV, errV] = kw === null && args.length === 0 ? [undefined, undefined] : parseKeywords('encode', args, kw, ENCODE_PARAMS, 0);
  const encoding = encV === undefined ? 'utf-8' : clinicStrArg(encV, 'encode', "'encoding'");
  const errors = errV === undefined ? 'strict' : clinicStrArg(errV, 'encode', "'errors'");
  return new PyBytes(encodeStr(self as PyStr, encoding, errors));
}

function expandtabs(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [tabV] = kw === null && args.length === 0 ? [undefined] : parseKeywords('expandtabs', args, kw, ['tabsize'], 0);
  const tabsize = tabV === undefined ? 8 : intArg(tabV);
  return strResult(self as PyStr, strExpandtabs(text(self), tabsize));
}

function splitlines(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [keepV] = kw === null && args.length === 0 ? [undefined] : parseKeywords('splitlines', args, kw, ['keepends'], 0);
  const keepends = keepV === undefined ? false : intArg(keepV) !== 0;
  return strList(self as PyStr, strSplitlines(text(self), keepends));
}

function zfill(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('str.zfill', args, kw, 1);
  return strResult(self as PyStr, strZfill(text(self), ssizeArg(args[0]!)));
}

function translate(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('str.translate', args, kw, 1);
  const table = args[0]!;
  const lookup = (cp: number): number | string | null | undefined => {
    let v: PyValue;
    try {
      v = getItem(table, cp);
    } catch (e) {
      // A missing entry (LookupError, KeyError, IndexError) leaves the character as it is.
      if (e instanceof PyBaseException && e.ob_type.isSubtype(LookupError)) {
        decref(e);
        return undefined;
      }
      throw e;
    }
    try {
      if (v === None) return null;
      if (v instanceof PyStr) return v.value;
      const n = intValue(v);
      if (n !== undefined) return typeof n === 'bigint' ? -1 : n;
      raise(TypeError, 'character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
  };
  try {
    return strResult(self as PyStr, strTranslate(text(self), lookup));
  } catch (e) {
    throw e instanceof KernelError ? fromKernel(e) : e;
  }
}

/** str.maketrans(x[, y[, z]]): the translation dict. */
function maketrans(_self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('maketrans', args, kw, 1, 3);
  const d = new PyDict(dictType);
  try {
    const x = args[0]!;
    if (args.length === 1) {
      if (!(x instanceof PyDict)) raise(TypeError, 'if you give only one argument to maketrans it must be a dict');
      for (let i = x.next(-1); i >= 0; i = x.next(i)) {
        const k = x.keyAt(i);
        const v = x.values[i]!;
        if (k instanceof PyStr) {
          if (k.length !== 1) raise(ValueError, 'string keys in translate table must be of length 1');
          d.set(k.value.codePointAt(0)!, v);
        } else if (intValue(k) !== undefined) {
          d.set(k, v);
        } else {
          raise(TypeError, 'keys in translate table must be strings or integers');
        }
      }
      return d;
    }
    if (!(x instanceof PyStr)) raise(TypeError, 'first maketrans argument must be a string if there is a second argument');
    const y = clinicStrArg(args[1]!, 'maketrans', '2');
    const xs = Array.from(x.value);
    const ys = Array.from(y);
    if (xs.length !== ys.length) raise(ValueError, 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < xs.length; i++) d.set(xs[i]!.codePointAt(0)!, ys[i]!.codePointAt(0)!);
    if (args.length > 2) {
      const z = clinicStrArg(args[2]!, 'maketrans', '3');
      for (const ch of z) d.set(ch.codePointAt(0)!, None);
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

export function installStrMethods(): void {
  defineMethods(strType, {
    capitalize: transform('capitalize', strCapitalize),
    casefold: transform('casefold', strCasefold),
    lower: transform('lower', strLower),
    upper: transform('upper', strUpper),
    swapcase: transform('swapcase', strSwapcase),
    title: transform('title', strTitle),
    isalnum: predicate('isalnum', strIsAlnum),
    isalpha: predicate('isalpha', strIsAlpha),
    isascii: predicate('isascii', strIsAscii),
    isdecimal: predicate('isdecimal', strIsDecimal),
    isdigit: predicate('isdigit', strIsDigit),
    isidentifier: predicate('isidentifier', strIsIdentifier),
    islower: predicate('islower', strIsLower),
    isnumeric: predicate('isnumeric', strIsNumeric),
    isprintable: predicate('isprintable', strIsPrintable),
    isspace: predicate('isspace', strIsSpace),
    istitle: predicate('istitle', strIsTitle),
    isupper: predicate('isupper', strIsUpper),
    center: justify('center', strCenter),
    ljust: justify('ljust', strLjust),
    rjust: justify('rjust', strRjust),
    zfill,
    expandtabs,
    count: search('count', strCount, false),
    find: search('find', strFind, false),
    rfind: search('rfind', strRfind, false),
    index: search('index', strFind, true),
    rindex: search('rindex', strRfind, true),
    startswith: affix('startswith', strStartsWith),
    endswith: affix('endswith', strEndsWith),
    strip: stripper('strip', strStrip),
    lstrip: stripper('lstrip', strLstrip),
    rstrip: stripper('rstrip', strRstrip),
    split: splitter('split', strSplit),
    rsplit: splitter('rsplit', strRsplit),
    splitlines,
    partition: partitioner('partition', strPartition),
    rpartition: partitioner('rpartition', strRpartition),
    join,
    replace,
    removeprefix: affixRemover('removeprefix', strRemovePrefix),
    removesuffix: affixRemover('removesuffix', strRemoveSuffix),
    encode,
    translate,
  });
  defineStatic(strType, 'maketrans', maketrans, (f) => f);
}
