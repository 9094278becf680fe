// The functions of the sys module that need the VM (frames, recursion limit, exceptions).

import { decref, type PyValue } from '../../boxed/object.js';
import { raise } from '../../boxed/errors.js';
import { checkPositional } from '../../boxed/args.js';
import { asIndex } from '../../boxed/convert.js';
import { recursion } from '../../boxed/recursion.js';
import { intFromNumber } from '../../boxed/types/numbers.js';
import { None } from '../../boxed/types/singletons.js';
import { PyBaseException, RecursionError, SystemExit, TypeError, ValueError } from '../../boxed/types/exceptions.js';
import { PyTuple } from '../../boxed/types/sequences.js';
import type { NativeMethod } from '../../boxed/types/native.js';
import { call } from '../../boxed/protocols/call.js';
import { typeOf, typeName } from '../../boxed/protocols/type-of.js';
import { threadState } from '../vm/frame.js';
import { frameObjectOf } from '../vm/traceback-objects.js';
import { formatUncaught } from './print-exception.js';
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
  getrefcount(_self, args, kw) {
    checkPositional('getrefcount', args, kw, 1);
    const v = args[0]!;
    return typeof v === 'number' ? 1000000000 : intFromNumber(v.ob_refcnt + 1);
  },
  intern(_self, args, kw) {
    checkPositional('intern', args, kw, 1);
    const v = args[0]!;
    if (typeName(v) !== 'str') raise(TypeError, `intern() argument must be str, not ${typeName(v)}`);
    return internStr(v);
  },
};

let internStr: (v: PyValue) => PyValue = (v) => {
  if (typeof v === 'object') v.ob_refcnt++;
  return v;
};
export function setInternStr(f: (v: PyValue) => PyValue): void {
  internStr = f;
}

void decref; void call;
