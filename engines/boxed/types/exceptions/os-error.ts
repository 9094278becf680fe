// OSError (Objects/exceptions.c, 3.11, Linux): OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) keeps errno/strerror/filename/filename2 as members and only (errno, strerror) in
// args when a filename is given; OSError(2, ...) itself makes the PEP 3151 subclass its errno
// selects (FileNotFoundError); BlockingIOError's third argument is characters_written.
//
// As in CPython, a subclass that overrides __init__ but not __new__ has its arguments parsed by
// __init__ instead of __new__ (oserror_use_init).

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineGetSets, defineMethods, defineStatic } from '../../define.js';
import { PyType } from '../../type.js';
import { newStr } from '../../strings.js';
import { PyTuple } from '../sequences.js';
import { PyBool, PyLong, intValue } from '../numbers.js';
import { None } from '../singletons.js';
import { AttributeError, EXCEPTION_TYPES, OSError, PyBaseException, TypeError } from '../exceptions.js';
import { repr, str } from '../../protocols/objects.js';
import { typeOf } from '../../protocols/type-of.js';
import { asSsize } from '../../convert.js';
import { asException, newClassArg, newExceptionInstance, noKeywordArgs, positionalCount, replaceArgs, tupleOf } from './base-exception.js';
import { objectMembers } from './exception-attributes.js';

/** errno → OSError subclass on Linux (_PyExc_InitState's errnomap). */
const ERRNO_SUBCLASS: ReadonlyMap<number, string> = new Map([
  [11, 'BlockingIOError'], [114, 'BlockingIOError'], [115, 'BlockingIOError'],
  [10, 'ChildProcessError'],
  [32, 'BrokenPipeError'], [108, 'BrokenPipeError'],
  [103, 'ConnectionAbortedError'], [111, 'ConnectionRefusedError'], [104, 'ConnectionResetError'],
  [17, 'FileExistsError'], [2, 'FileNotFoundError'], [21, 'IsADirectoryError'], [20, 'NotADirectoryError'],
  [4, 'InterruptedError'], [13, 'PermissionError'], [1, 'PermissionError'],
  [3, 'ProcessLookupError'], [110, 'TimeoutError'],
]);

let osNew: PyValue | null = null;
let osInit: PyValue | null = null;

/** oserror_use_init: __init__ overridden and __new__ not, so __init__ parses the arguments. */
function useInit(t: PyType): boolean {
  return t.lookup('__init__') !== osInit && t.lookup('__new__') === osNew;
}

/** oserror_parse_args + oserror_init: fields from (errno, strerror, filename, winerror, filename2). */
function initFromArgs(e: PyBaseException, args: readonly PyValue[], n: number): void {
  const [errno, strerror, filename, , filename2] = n >= 2 && n <= 5 ? args : [];
  let keep = n;
  if (filename !== undefined && filename !== None) {
    if (e.ob_type === EXCEPTION_TYPES.get('BlockingIOError') && isNumber(filename)) {
      e.setMember('characters_written', asSsize(filename));
    } else {
      e.setMember('filename', filename);
      if (filename2 !== undefined && filename2 !== None) e.setMember('filename2', filename2);
      keep = 2;
    }
  }
  if (errno !== undefined) e.setMember('errno', errno);
  if (strerror !== undefined) e.setMember('strerror', strerror);
  replaceArgs(e, tupleOf(args, keep));
}

/** PyNumber_Check: ints, floats, complex, or anything with __index__/__int__/__float__. */
function isNumber(v: PyValue): boolean {
  if (typeof v === 'number' || v instanceof PyLong || v instanceof PyBool) return true;
  const t = typeOf(v);
  return t.lookup('__index__') !== null || t.lookup('__int__') !== null || t.lookup('__float__') !== null || t.lookup('__complex__') !== null;
}

export function installOSError(): void {
  defineStatic(OSError, '__new__', (_self, args, kwnames) => {
    let cls = newClassArg('OSError', args);
    const npos = positionalCount(args, kwnames) - 1;
    const rest = args.slice(1);
    const deferred = useInit(cls);
    if (!deferred) {
      if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${cls.name}() takes no keyword arguments`);
      if (cls === OSError && npos >= 2 && npos <= 5) {
        const n = intValue(rest[0]!);
        const sub = n === undefined ? undefined : ERRNO_SUBCLASS.get(Number(n));
        if (sub !== undefined) cls = EXCEPTION_TYPES.get(sub)!;
      }
    }
    const e = newExceptionInstance(cls, rest, 0);
    if (!deferred) initFromArgs(e, rest, npos);
    return e;
  });
  osNew = OSError.ns.getStr('__new__')!;
  defineMethods(OSError, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      if (!useInit(e.ob_type)) return None;
      noKeywordArgs(e, kwnames);
      initFromArgs(e, args, args.length);
      return None;
    },
    __str__(self) {
      const e = asException(self, '__str__');
      const errno = e.member('errno') ?? None;
      const strerror = e.member('strerror') ?? None;
      const filename = e.member('filename');
      if (filename !== undefined) {
        const filename2 = e.member('filename2');
        const tail = filename2 === undefined ? '' : ` -> ${repr(filename2)}`;
        return newStr(`[Errno ${str(errno)}] ${str(strerror)}: ${repr(filename)}${tail}`);
      }
      if (e.member('errno') !== undefined && e.member('strerror') !== undefined) {
        return newStr(`[Errno ${str(errno)}] ${str(strerror)}`);
      }
      const items = e.args.items;
      return newStr(items.length === 0 ? '' : str(items.length === 1 ? items[0]! : e.args));
    },
    __reduce__(self) {
      const e = asException(self, '__reduce__');
      let args: PyTuple = newref(e.args);
      const filename = e.member('filename');
      if (args.items.length === 2 && filename !== undefined) {
        const items = [newref(args.items[0]!), newref(args.items[1]!), newref(filename)];
        const filename2 = e.member('filename2');
        if (filename2 !== undefined) items.push(None, newref(filename2));
        decref(args);
        args = new PyTuple(items);
      }
      const t = newref(e.ob_type);
      if (e.dict !== null && e.dict.size > 0) return new PyTuple([t, args, newref(e.dict)]);
      return new PyTuple([t, args]);
    },
  });
  osInit = OSError.ns.getStr('__init__')!;
  defineGetSets(OSError, {
    ...objectMembers(['errno', 'strerror', 'filename', 'filename2']),
    characters_written: {
      get(self) {
        const v = asException(self, 'characters_written').member('characters_written');
        if (v === undefined) raise(AttributeError, 'characters_written');
        return newref(v);
      },
      set(self, value) {
        const e = asException(self, 'characters_written');
        if (value === undefined) {
          const old = e.members?.get('characters_written');
          if (old === undefined) raise(AttributeError, 'characters_written');
          e.members!.delete('characters_written');
          return;
        }
        e.setMember('characters_written', asSsize(value));
      },
    },
  });
}
