// The functions of the sys module that need the VM (frames, recursion limit, exceptions).

import { decref, type PyValue } from '../../boxed/object.js';
import { raise } from '../../boxed/errors.js';
import { checkPositional } from '../../boxed/args.js';
import { asIndex } from '../../boxed/convert.js';
import { recursion } from '../../boxed/recursion.js';
import { False, PyFloat, intFromNumber, intValue } from '../../boxed/types/numbers.js';
import { PyStr } from '../../boxed/types/str.js';
import { PyDict } from '../../boxed/types/dict.js';
import { strType } from '../../boxed/builtin-types.js';
import { intern } from '../../boxed/strings.js';
import { newref } from '../../boxed/object.js';
import { parseArgs } from '../../boxed/args.js';
import { callUnbound } from '../../boxed/protocols/call.js';
import { repr } from '../../boxed/protocols/objects.js';
import { intMaxStrDigits } from '../../boxed/modules/sys-values.js';
import { None } from '../../boxed/types/singletons.js';
import { PyBaseException, RecursionError, RuntimeError, SystemExit, TypeError, ValueError } from '../../boxed/types/exceptions.js';
import { PyList, PyTuple } from '../../boxed/types/sequences.js';
import type { NativeMethod } from '../../boxed/types/native.js';
import { typeOf, typeName } from '../../boxed/protocols/type-of.js';
import { threadState } from '../vm/frame.js';
import { frameObjectOf } from '../vm/traceback-objects.js';
import { formatUncaught } from './print-exception.js';
import { defaultUnraisableHook } from './unraisable.js';
import { interp } from '../../boxed/interpreter-state.js';
import { writeTo } from '../../boxed/modules/builtins-core.js';

export const sysFunctions: Record<string, NativeMethod> = {
  exit(_self, args, kw) {
    checkPositional('exit', args, kw, 0, 1);
    const e = new PyBaseException(SystemExit, new PyTuple(args.length ? [args[0]!] : []));
    if (typeof args[0] === 'object') args[0].ob_refcnt++;
    throw e;
  },
  getrecursionlimit: () => recursion.limit,
  setrecursionlimit(_self, args, kw) {
    checkPositional('setrecursionlimit', args, kw, 1);
    const n = asIndex(args[0]!);
    if (typeof n !== 'number' || n < 1) raise(ValueError, 'recursion limit must be greater or equal than 1');
    if (n <= recursion.depth) {
      raise(RecursionError, `cannot set the recursion limit to ${n} at the recursion depth ${recursion.depth}: the limit is too low`);
    }
    recursion.limit = n;
    return None;
  },
  _getframe(_self, args, kw) {
    checkPositional('_getframe', args, kw, 0, 1);
    let depth = args.length ? Number(asIndex(args[0]!)) : 0;
    let f = threadState.frame;
    while (depth > 0 && f !== null) { f = f.back; depth--; }
    if (f === null) raise(ValueError, 'call stack is not deep enough');
    const fo = frameObjectOf(f);
    fo.ob_refcnt++;
    return fo;
  },
  exc_info() {
    const e = threadState.excInfo;
    if (e === None) return new PyTuple([None, None, None]);
    const exc = e as PyBaseException;
    const t = typeOf(exc);
    t.ob_refcnt++;
    exc.ob_refcnt++;
    const tb = exc.traceback ?? None;
    if (typeof tb === 'object') tb.ob_refcnt++;
    return new PyTuple([t, exc, tb]);
  },
  exception() {
    const e = threadState.excInfo;
    if (typeof e === 'object') e.ob_refcnt++;
    return e;
  },
  excepthook(_self, args, kw) {
    checkPositional('excepthook', args, kw, 3);
    const stderr = interp.sys.ns.getStr('stderr');
    const text = formatUncaught(args[1]!);
    if (stderr !== undefined && stderr !== None) writeTo(stderr, text);
    return None;
  },
  unraisablehook: defaultUnraisableHook,
  getrefcount(_self, args, kw) {
    checkPositional('getrefcount', args, kw, 1);
    const v = args[0]!;
    // The caller's stack slot already holds a reference to the argument, as in CPython.
    return typeof v === 'number' ? 1000000000 : intFromNumber(v.ob_refcnt);
  },
  intern(_self, args, kw) {
    checkPositional('intern', args, kw, 1);
    const v = args[0]!;
    if (!(v instanceof PyStr)) raise(TypeError, `intern() argument must be str, not ${typeName(v)}`);
    if (v.ob_type !== strType) raise(TypeError, `can't intern ${typeName(v)}`);
    return internStr(v);
  },
  getsizeof(_self, args, kw) {
    const [obj, dflt] = parseArgs('getsizeof', args, kw, GETSIZEOF_PARAMS);
    const f = typeOf(obj!).lookup('__sizeof__');
    if (f === null) {
      if (dflt !== undefined) return newref(dflt);
      raise(TypeError, `Type ${typeName(obj!)} doesn't define __sizeof__`);
    }
    const r = callUnbound(f, obj!, []);
    const n = intValue(r);
    if (n === undefined) { decref(r); raise(TypeError, 'an integer is required'); }
    if (n < 0) raise(ValueError, '__sizeof__() should return >= 0');
    // CPython adds the GC header of objects that the cyclic collector tracks.
    const gc = typeof obj === 'object' && (obj.dict !== null || obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyDict) ? 16 : 0;
    return typeof n === 'number' ? intFromNumber(n + gc) : r;
  },
  get_int_max_str_digits: () => intMaxStrDigits.value,
  set_int_max_str_digits(_self, args, kw) {
    const [v] = parseArgs('set_int_max_str_digits', args, kw, { names: ['maxdigits'], required: 1 });
    const n = asIndex(v!);
    if (typeof n !== 'number' || (n !== 0 && n < 640)) raise(ValueError, 'maxdigits must be 0 or larger than 640');
    intMaxStrDigits.value = n;
    return None;
  },
  getdefaultencoding: () => intern('utf-8'),
  getfilesystemencoding: () => intern('utf-8'),
  getfilesystemencodeerrors: () => intern('surrogateescape'),
  getswitchinterval: () => new PyFloat(0.005),
  setswitchinterval: () => None,
  is_finalizing: () => False,
  gettrace: () => None,
  settrace: () => None,
  getprofile: () => None,
  setprofile: () => None,
  audit: () => None,
  addaudithook: () => None,
  getallocatedblocks: () => 0,
  displayhook(_self, args, kw) {
    checkPositional('displayhook', args, kw, 1);
    const v = args[0]!;
    if (v === None) return None;
    const b = interp.builtins.ns;
    b.setStr('_', intern('_'), None);
    const stdout = interp.sys.ns.getStr('stdout');
    if (stdout === undefined || stdout === None) raise(RuntimeError, 'lost sys.stdout');
    writeTo(stdout, `${repr(v)}\n`);
    b.setStr('_', intern('_'), v);
    return None;
  },
};

const GETSIZEOF_PARAMS = { names: ['object', 'default'], required: 1 };

/** The interned str equal to v: the first str interned with that value. */
let internStr: (v: PyValue) => PyValue = (v) => intern((v as PyStr).value);
export function setInternStr(f: (v: PyValue) => PyValue): void {
  internStr = f;
}

