// Exception objects and the builtin exception hierarchy of CPython 3.11.
//
// A Python exception is thrown as the PyBaseException object itself (a JS throw of a non-Error
// value captures no JS stack, so raising costs what CPython's raising costs). Type-specific
// attributes (StopIteration.value, SystemExit.code, KeyError's key, OSError.errno, ...) are
// kept in `members`, exposed by getset descriptors installed with the types' methods.

import { decref, PyObject, xdecref, type PyValue } from '../object.js';
import { builtinType, objectType } from '../builtin-types.js';
import { PyType, TypeFlag } from '../type.js';
import type { PyTuple } from './sequences.js';

export class PyBaseException extends PyObject {
  args: PyTuple;
  traceback: PyValue | null = null;
  cause: PyValue | null = null;
  context: PyValue | null = null;
  suppressContext = false;
  /** Type-specific members (name → value), null when none is set. */
  members: Map<string, PyValue> | null = null;

  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
  }

  member(name: string): PyValue | undefined {
    return this.members?.get(name);
  }

  /** Sets a member, taking a reference to `value`. */
  setMember(name: string, value: PyValue): void {
    const old = this.members?.get(name);
    (this.members ??= new Map()).set(name, value);
    if (typeof value !== 'number') value.ob_refcnt++;
    if (old !== undefined) decref(old);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.args);
    xdecref(this.traceback);
    xdecref(this.cause);
    xdecref(this.context);
    if (this.members) for (const v of this.members.values()) decref(v);
  }
}

const makeException = (t: PyType): PyObject => new PyBaseException(t, emptyArgs());
let emptyArgs: () => PyTuple = () => { throw new Error('exceptions used before start-up'); };
export function setEmptyArgsFactory(f: () => PyTuple): void {
  emptyArgs = f;
}

/** The hierarchy as (name, parent) rows in CPython's order (help(builtins) lists it so). */
const HIERARCHY: readonly (readonly [string, string | null])[] = [
  ['BaseException', null],
  ['BaseExceptionGroup', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];

function buildHierarchy(): Map<string, PyType> {
  const types = new Map<string, PyType>();
  for (const [name, parent] of HIERARCHY) {
    const base = parent === null ? objectType : types.get(parent)!;
    const flags = parent === null ? TypeFlag.BASE_EXC_SUBCLASS : 0;
    types.set(name, builtinType(name, { base, flags, make: makeException }));
  }
  // ExceptionGroup(BaseExceptionGroup, Exception): the one builtin with two bases.
  const beg = types.get('BaseExceptionGroup')!;
  const exc = types.get('Exception')!;
  const eg = builtinType('ExceptionGroup', { base: beg, make: makeException });
  eg.bases = [beg, exc];
  eg.mro = [eg, beg, exc, ...exc.mro.slice(1)];
  exc.subclasses.push(eg);
  types.set('ExceptionGroup', eg);
  return types;
}

/** Every builtin exception type by name. */
export const EXCEPTION_TYPES: ReadonlyMap<string, PyType> = buildHierarchy();

const t = (name: string): PyType => EXCEPTION_TYPES.get(name)!;
export const BaseException = t('BaseException');
export const Exception = t('Exception');
export const TypeError = t('TypeError');
export const ValueError = t('ValueError');
export const AttributeError = t('AttributeError');
export const NameError = t('NameError');
export const UnboundLocalError = t('UnboundLocalError');
export const KeyError = t('KeyError');
export const IndexError = t('IndexError');
export const ZeroDivisionError = t('ZeroDivisionError');
export const OverflowError = t('OverflowError');
export const StopIteration = t('StopIteration');
export const StopAsyncIteration = t('StopAsyncIteration');
export const GeneratorExit = t('GeneratorExit');
export const RuntimeError = t('RuntimeError');
export const RecursionError = t('RecursionError');
export const NotImplementedError = t('NotImplementedError');
export const SystemExit = t('SystemExit');
export const KeyboardInterrupt = t('KeyboardInterrupt');
export const ImportError = t('ImportError');
export const ModuleNotFoundError = t('ModuleNotFoundError');
export const AssertionError = t('AssertionError');
export const LookupError = t('LookupError');
export const SystemError = t('SystemError');
export const UnicodeDecodeError = t('UnicodeDecodeError');
export const UnicodeEncodeError = t('UnicodeEncodeError');
export const UnicodeError = t('UnicodeError');
export const OSError = t('OSError');
export const FileNotFoundError = t('FileNotFoundError');
export const EOFError = t('EOFError');
export const SyntaxError = t('SyntaxError');
export const MemoryError = t('MemoryError');
