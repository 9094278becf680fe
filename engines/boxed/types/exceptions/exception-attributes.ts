// The builtin exceptions that carry more than args (Objects/exceptions.c, 3.11): StopIteration
// and StopAsyncIteration (value), SystemExit (code), ImportError (msg, name, path), NameError
// (name), AttributeError (name, obj), KeyError's str, the Unicode errors (encoding, object, start,
// end, reason) and SyntaxError (msg, filename, lineno, offset, text, end_lineno, end_offset,
// print_file_and_line). OSError, whose constructor picks a subclass by errno, is in os-error.ts.
//
// The fields are the exception's `members`; each is a getset reading None while unset, as
// CPython's T_OBJECT members do.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineGetSets, defineMethods, type GetSet } from '../../define.js';
import { bytesType, dictType, intType } from '../../builtin-types.js';
import { intern, newStr } from '../../strings.js';
import { PyStr } from '../str.js';
import { PyBytes } from '../bytes.js';
import { PyDict } from '../dict.js';
import { PyTuple } from '../sequences.js';
import { PyLong, intValue } from '../numbers.js';
import { None } from '../singletons.js';
import { EXCEPTION_TYPES, PyBaseException, TypeError } from '../exceptions.js';
import { repr, str } from '../../protocols/objects.js';
import { toArray } from '../../protocols/iteration.js';
import { typeName } from '../../protocols/type-of.js';
import { asSsize } from '../../convert.js';
import { textCodePoints } from '../../../../shared/kernels/str/code-points.js';
import { asException, baseStrObject, noKeywordArgs, positionalCount, replaceArgs, tupleOf } from './base-exception.js';

const T = (name: string) => EXCEPTION_TYPES.get(name)!;

/** Getsets for T_OBJECT members: None while unset; deleting unsets. */
export function objectMembers(names: readonly string[], readonly = false): Record<string, GetSet> {
  const out: Record<string, GetSet> = {};
  for (const name of names) {
    out[name] = {
      get: (self) => newref(asException(self, name).member(name) ?? None),
      set: readonly ? undefined : (self, value) => setOrClear(asException(self, name), name, value),
    };
  }
  return out;
}

/** Sets a member (taking a reference) or, for undefined, removes it. */
export function setOrClear(e: PyBaseException, name: string, value: PyValue | undefined): void {
  if (value !== undefined) { e.setMember(name, value); return; }
  const old = e.members?.get(name);
  if (old !== undefined) {
    e.members!.delete(name);
    decref(old);
  }
}

/**
 * A member that exceptions made natively (sys.exit, generators, the VM) may never have set: until
 * set, it reads what __init__ would have stored from args. Deleting it stores None.
 */
function derivedMember(name: string, fromArgs: (items: PyValue[], args: PyTuple) => PyValue): GetSet {
  return {
    get(self) {
      const e = asException(self, name);
      return newref(e.member(name) ?? fromArgs(e.args.items, e.args));
    },
    set: (self, value) => asException(self, name).setMember(name, value ?? None),
  };
}

/** BaseException.__init__ without keywords: args = the positional arguments. */
function initArgs(e: PyBaseException, args: readonly PyValue[], n: number): void {
  replaceArgs(e, tupleOf(args, n));
}

/** Keyword-only parameters of an exception __init__ ("|$OO:ImportError"): values by name. */
function keywordOnly(typeName: string, args: readonly PyValue[], kwnames: readonly string[] | null, allowed: readonly string[]): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (kwnames === null) return out;
  const npos = args.length - kwnames.length;
  for (let k = 0; k < kwnames.length; k++) {
    const name = kwnames[k]!;
    if (!allowed.includes(name)) raise(TypeError, `'${name}' is an invalid keyword argument for ${typeName}()`);
    out.set(name, args[npos + k]!);
  }
  return out;
}

/** CPython's PyArg_ParseTuple count errors for "function" (no name given in the format). */
function argCountError(min: number, max: number, n: number): never {
  if (min === max) raise(TypeError, `function takes exactly ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n < min) raise(TypeError, `function takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  raise(TypeError, `function takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

function installValueCarriers(): void {
  for (const name of ['StopIteration', 'StopAsyncIteration']) {
    const t = T(name);
    defineMethods(t, {
      __init__(self, args, kwnames) {
        const e = asException(self, '__init__');
        noKeywordArgs(e, kwnames);
        initArgs(e, args, args.length);
        e.setMember('value', args.length > 0 ? args[0]! : None);
        return None;
      },
    });
    defineGetSets(t, { value: derivedMember('value', (items) => (items.length > 0 ? items[0]! : None)) });
  }
  const systemExit = T('SystemExit');
  defineMethods(systemExit, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      noKeywordArgs(e, kwnames);
      initArgs(e, args, args.length);
      if (args.length === 1) e.setMember('code', args[0]!);
      else if (args.length > 1) e.setMember('code', e.args);
      return None;
    },
  });
  defineGetSets(systemExit, { code: derivedMember('code', (items, args) => (items.length === 0 ? None : items.length === 1 ? items[0]! : args)) });
}

function installNameCarriers(): void {
  const importError = T('ImportError');
  defineMethods(importError, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      const npos = positionalCount(args, kwnames);
      initArgs(e, args, npos);
      const kw = keywordOnly('ImportError', args, kwnames, ['name', 'path']);
      setOrClear(e, 'name', kw.get('name'));
      setOrClear(e, 'path', kw.get('path'));
      setOrClear(e, 'msg', npos === 1 ? args[0]! : undefined);
      return None;
    },
    __str__(self) {
      const e = asException(self, '__str__');
      const msg = e.member('msg');
      if (msg instanceof PyStr && msg.ob_type.name === 'str') return newref(msg);
      return baseStrObject(e);
    },
    __reduce__(self) {
      const e = asException(self, '__reduce__');
      const name = e.member('name');
      const path = e.member('path');
      const t = newref(e.ob_type);
      if (name === undefined && path === undefined) {
        if (e.dict !== null && e.dict.size > 0) return new PyTuple([t, newref(e.args), newref(e.dict)]);
        return new PyTuple([t, newref(e.args)]);
      }
      const state = copyDict(e.dict);
      if (name !== undefined) state.setStr('name', intern('name'), name);
      if (path !== undefined) state.setStr('path', intern('path'), path);
      return new PyTuple([t, newref(e.args), state]);
    },
  });
  defineGetSets(importError, objectMembers(['msg', 'name', 'path']));

  const nameError = T('NameError');
  defineMethods(nameError, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      initArgs(e, args, positionalCount(args, kwnames));
      const kw = keywordOnly('NameError', args, kwnames, ['name']);
      setOrClear(e, 'name', kw.get('name'));
      return None;
    },
  });
  defineGetSets(nameError, objectMembers(['name']));

  const attributeError = T('AttributeError');
  defineMethods(attributeError, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      initArgs(e, args, positionalCount(args, kwnames));
      const kw = keywordOnly('AttributeError', args, kwnames, ['name', 'obj']);
      setOrClear(e, 'name', kw.get('name'));
      setOrClear(e, 'obj', kw.get('obj'));
      return None;
    },
  });
  defineGetSets(attributeError, objectMembers(['name', 'obj']));

  defineMethods(T('KeyError'), {
    __str__(self) {
      const e = asException(self, '__str__');
      if (e.args.items.length === 1) return newStr(repr(e.args.items[0]!));
      return baseStrObject(e);
    },
  });
}

/** A copy of an instance dict (a new dict when there is none). */
function copyDict(d: PyDict | null): PyDict {
  const out = new PyDict(dictType);
  if (d !== null) for (let i = d.next(-1); i >= 0; i = d.next(i)) out.set(d.keyAt(i), d.values[i]!);
  return out;
}

// --- Unicode errors ------------------------------------------------------------------------------

/** "argument N must be str, not int" (PyArg_ParseTuple's "U" without a function name). */
function needStr(v: PyValue, n: number): PyStr {
  if (v instanceof PyStr) return v;
  raise(TypeError, `argument ${n} must be str, not ${typeName(v)}`);
}

/** The bytes of a bytes-like object, as a bytes object (new reference). */
function needBytes(v: PyValue): PyBytes {
  if (v instanceof PyBytes) return newref(v);
  const data = (v as { value?: unknown }).value;
  if (typeof v !== 'number' && data instanceof Uint8Array) return new PyBytes(data.slice(), bytesType);
  raise(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
}

const ssizeMember = (name: string): GetSet => ({
  get: (self) => newref(asException(self, name).member(name) ?? 0),
  set(self, value) {
    if (value === undefined) raise(TypeError, "can't delete numeric/char attribute");
    asException(self, name).setMember(name, asSsize(value));
  },
});

const UNICODE_MEMBERS = (): Record<string, GetSet> => ({
  ...objectMembers(['encoding', 'object', 'reason']),
  start: ssizeMember('start'),
  end: ssizeMember('end'),
});

/** `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point, as the encode/translate messages write it. */
function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

const num = (e: PyBaseException, name: string): number => {
  const v = e.member(name);
  return typeof v === 'number' ? v : 0;
};

function installUnicodeErrors(): void {
  const decode = T('UnicodeDecodeError');
  const encode = T('UnicodeEncodeError');
  const translate = T('UnicodeTranslateError');
  defineMethods(decode, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      noKeywordArgs(e, kwnames);
      initArgs(e, args, args.length);
      if (args.length !== 5) argCountError(5, 5, args.length);
      const encoding = needStr(args[0]!, 1);
      const start = asSsize(args[2]!);
      const end = asSsize(args[3]!);
      const reason = needStr(args[4]!, 5);
      const object = needBytes(args[1]!);
      e.setMember('encoding', encoding);
      e.setMember('object', object);
      decref(object);
      e.setMember('start', start);
      e.setMember('end', end);
      e.setMember('reason', reason);
      return None;
    },
    __str__(self) {
      const e = asException(self, '__str__');
      const object = e.member('object');
      if (object === undefined) return newStr('');
      const reason = str(e.member('reason') ?? None);
      const encoding = str(e.member('encoding') ?? None);
      if (!(object instanceof PyBytes)) raise(TypeError, "UnicodeError 'object' attribute must be bytes");
      const len = object.value.length;
      const start = num(e, 'start');
      const end = num(e, 'end');
      if (start >= 0 && start < len && end >= 0 && end <= len && end === start + 1) {
        const b = object.value[start]!.toString(16).padStart(2, '0');
        return newStr(`'${encoding}' codec can't decode byte 0x${b} in position ${start}: ${reason}`);
      }
      return newStr(`'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
    },
  });
  defineMethods(encode, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      noKeywordArgs(e, kwnames);
      initArgs(e, args, args.length);
      if (args.length !== 5) argCountError(5, 5, args.length);
      const encoding = needStr(args[0]!, 1);
      const object = needStr(args[1]!, 2);
      const start = asSsize(args[2]!);
      const end = asSsize(args[3]!);
      const reason = needStr(args[4]!, 5);
      e.setMember('encoding', encoding);
      e.setMember('object', object);
      e.setMember('start', start);
      e.setMember('end', end);
      e.setMember('reason', reason);
      return None;
    },
    __str__(self) {
      const e = asException(self, '__str__');
      const object = e.member('object');
      if (object === undefined) return newStr('');
      const reason = str(e.member('reason') ?? None);
      const encoding = str(e.member('encoding') ?? None);
      if (!(object instanceof PyStr)) raise(TypeError, "UnicodeError 'object' attribute must be a string");
      return newStr(`'${encoding}' codec can't encode ${rangeText(object, num(e, 'start'), num(e, 'end'))}: ${reason}`);
    },
  });
  defineMethods(translate, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      noKeywordArgs(e, kwnames);
      initArgs(e, args, args.length);
      if (args.length !== 4) argCountError(4, 4, args.length);
      const object = needStr(args[0]!, 1);
      const start = asSsize(args[1]!);
      const end = asSsize(args[2]!);
      const reason = needStr(args[3]!, 4);
      e.setMember('object', object);
      e.setMember('start', start);
      e.setMember('end', end);
      e.setMember('reason', reason);
      return None;
    },
    __str__(self) {
      const e = asException(self, '__str__');
      const object = e.member('object');
      if (object === undefined) return newStr('');
      const reason = str(e.member('reason') ?? None);
      if (!(object instanceof PyStr)) raise(TypeError, "UnicodeError 'object' attribute must be a string");
      return newStr(`can't translate ${rangeText(object, num(e, 'start'), num(e, 'end'))}: ${reason}`);
    },
  });
  for (const t of [decode, encode, translate]) defineGetSets(t, UNICODE_MEMBERS());
}

/** "character '\xe9' in position 3" or "characters in position 3-5" of a str object. */
function rangeText(object: PyStr, start: number, end: number): string {
  const cps = textCodePoints(object.value);
  const len = cps.length;
  if (start >= 0 && start < len && end >= 0 && end <= len && end === start + 1) {
    return `character '${escapeCodePoint(cps[start]!)}' in position ${start}`;
  }
  return `characters in position ${start}-${end - 1}`;
}

// --- SyntaxError ---------------------------------------------------------------------------------

const SYNTAX_FIELDS = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'] as const;

function installSyntaxError(): void {
  const syntaxError = T('SyntaxError');
  defineMethods(syntaxError, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      noKeywordArgs(e, kwnames);
      initArgs(e, args, args.length);
      if (args.length >= 1) e.setMember('msg', args[0]!);
      if (args.length === 2) {
        const info = toArray(args[1]!);
        try {
          if (info.length < 4 || info.length > 6) argCountError(4, 6, info.length);
          for (const f of SYNTAX_FIELDS) setOrClear(e, f, undefined);
          for (let i = 0; i < info.length; i++) e.setMember(SYNTAX_FIELDS[i]!, info[i]!);
          if (info.length === 5) raise(TypeError, 'end_offset must be provided when end_lineno is provided');
        } finally {
          for (const v of info) decref(v);
        }
      }
      return None;
    },
    __str__(self) {
      const e = asException(self, '__str__');
      const msg = e.member('msg') ?? None;
      const filenameObj = e.member('filename');
      const filename = filenameObj instanceof PyStr ? basename(filenameObj.value) : null;
      const lineno = e.member('lineno');
      const haveLineno = lineno !== undefined && (typeof lineno === 'number' || (lineno instanceof PyLong && lineno.ob_type === intType));
      if (filename === null && !haveLineno) return newStr(str(msg));
      const line = haveLineno ? String(intValue(lineno!)) : '';
      if (filename !== null && haveLineno) return newStr(`${str(msg)} (${filename}, line ${line})`);
      if (filename !== null) return newStr(`${str(msg)} (${filename})`);
      return newStr(`${str(msg)} (line ${line})`);
    },
  });
  defineGetSets(syntaxError, objectMembers(['msg', ...SYNTAX_FIELDS, 'print_file_and_line']));
}

/** my_basename: the part after the last '/'. */
function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

export function installExceptionAttributes(): void {
  installValueCarriers();
  installNameCarriers();
  installUnicodeErrors();
  installSyntaxError();
}
