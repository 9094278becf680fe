// Exceptions that cannot propagate (raised by __del__, or by a generator closed when it is freed)
// are reported on stderr as CPython's default sys.unraisablehook does, and the program goes on:
// the object's repr, the exception's traceback and `Type: message`, without what it chains.

import { decref, type PyValue } from '../../boxed/object.js';
import { PyBaseException } from '../../boxed/types/exceptions.js';
import { repr } from '../../boxed/protocols/objects.js';
import { interp } from '../../boxed/interpreter-state.js';
import { writeTo } from '../../boxed/modules/builtins-core.js';
import { None } from '../../boxed/types/singletons.js';
import { formatUnraisableException } from './print-exception.js';

/** "Exception ignored in: <obj repr>" then the traceback. */
export function reportUnraisable(e: unknown, obj: PyValue | null, message = 'Exception ignored in'): void {
  if (!(e instanceof PyBaseException)) throw e;
  let header = '';
  if (obj !== null) {
    try {
      header = `${message}: ${repr(obj)}\n`;
    } catch (inner) {
      if (!(inner instanceof PyBaseException)) throw inner;
      decref(inner);
      header = `${message}: <object repr() failed>\n`;
    }
  }
  const stderr = interp.sys?.ns.getStr('stderr');
  if (stderr === undefined || stderr === None) return;
  writeTo(stderr, header + formatUnraisableException(e));
  decref(e);
}
