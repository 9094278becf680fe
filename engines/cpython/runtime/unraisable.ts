// Exceptions that cannot propagate (raised by __del__, or by a generator closed when it is freed)
// go to sys.unraisablehook as a sys.UnraisableHookArgs, and the program goes on. The default hook
// (sys.__unraisablehook__) prints what CPython's write_unraisable_exc_file prints: the object's
// repr, the exception's traceback and `Type: message`, without what it chains.

import { decref, incref, type PyValue } from '../../boxed/object.js';
import { checkPositional } from '../../boxed/args.js';
import { PyBaseException } from '../../boxed/types/exceptions.js';
import { newStr } from '../../boxed/strings.js';
import { repr, str } from '../../boxed/protocols/objects.js';
import { call } from '../../boxed/protocols/call.js';
import { getAttr } from '../../boxed/protocols/attributes.js';
import { typeOf } from '../../boxed/protocols/type-of.js';
import { interp } from '../../boxed/interpreter-state.js';
import { writeTo } from '../../boxed/modules/builtins-core.js';
import { makeStructSeq, structSeqType } from '../../boxed/modules/sys-structseq.js';
import { None } from '../../boxed/types/singletons.js';
import type { NativeMethod } from '../../boxed/types/native.js';
import { formatUnraisableException } from './print-exception.js';

const hookArgsType = structSeqType('sys.UnraisableHookArgs', ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object']);

/** Hands `e` to sys.unraisablehook; `message` replaces "Exception ignored in". */
export function reportUnraisable(e: unknown, obj: PyValue | null, message: string | null = null): void {
  if (!(e instanceof PyBaseException)) throw e;
  const hook = interp.sys?.ns.getStr('unraisablehook');
  if (hook === undefined || hook === None) {
    writeUnraisable(e, message, obj);
    decref(e);
    return;
  }
  const t = typeOf(e);
  const tb = e.traceback ?? None;
  const fields = [t, e, tb, None, obj ?? None];
  for (const v of fields) incref(v);
  if (message !== null) { decref(None); fields[3] = newStr(message); }
  const args = makeStructSeq(hookArgsType, fields); // takes the references
  decref(e);
  incref(hook);
  try {
    decref(call(hook, [args]));
  } catch (inner) {
    if (!(inner instanceof PyBaseException)) throw inner;
    writeUnraisable(inner, 'Exception ignored in sys.unraisablehook', hook);
    decref(inner);
  } finally {
    decref(args);
    decref(hook);
  }
}

/** write_unraisable_exc_file on sys.stderr. */
function writeUnraisable(e: PyBaseException, message: string | null, obj: PyValue | null): void {
  let header = '';
  if (obj !== null && obj !== None) {
    try {
      header = `${message ?? 'Exception ignored in'}: ${repr(obj)}\n`;
    } catch (inner) {
      if (!(inner instanceof PyBaseException)) throw inner;
      decref(inner);
      header = `${message ?? 'Exception ignored in'}: <object repr() failed>\n`;
    }
  } else if (message !== null) {
    header = `${message}:\n`;
  }
  const stderr = interp.sys?.ns.getStr('stderr');
  if (stderr === undefined || stderr === None) return;
  writeTo(stderr, header + formatUnraisableException(e));
}

/** sys.unraisablehook's default, sys.__unraisablehook__. */
export const defaultUnraisableHook: NativeMethod = (_self, args, kw) => {
  checkPositional('unraisablehook', args, kw, 1);
  const u = args[0]!;
  const exc = getAttr(u, 'exc_value');
  const msg = getAttr(u, 'err_msg');
  const obj = getAttr(u, 'object');
  try {
    if (exc instanceof PyBaseException) writeUnraisable(exc, msg === None ? null : str(msg), obj);
  } finally {
    decref(exc);
    decref(msg);
    decref(obj);
  }
  return None;
};
