// Implicit exception chaining (_PyErr_SetObject in Python/errors.c, 3.11): an exception raised
// while another is being handled gets that one as its __context__. A chain that would come back
// to the new exception is cut where it does; a cycle already in the handled exception's chain is
// detected (Floyd's algorithm) instead of looped over forever.

import { decref, newref, type PyValue } from '../../object.js';
import { PyBaseException } from '../exceptions.js';
import { None } from '../singletons.js';

/**
 * Sets `exc.__context__` to `handled` (the exception being handled, sys.exception(); None when
 * there is none). `explicit` is false for exceptions arriving from native code, which keep a
 * context they already have.
 */
export function chainContextTo(exc: PyBaseException, handled: PyValue, explicit = true): void {
  if (handled === None || handled === exc || !(handled instanceof PyBaseException)) return;
  if (!explicit && exc.context !== null) return;
  let o: PyBaseException = handled;
  let slow: PyBaseException = o;
  let toggle = false;
  for (;;) {
    const context = o.context;
    if (!(context instanceof PyBaseException)) break;
    if (context === exc) {
      o.context = null;
      decref(context);
      break;
    }
    o = context;
    if (o === slow) break; // a cycle that was already there: every exception on it was checked
    if (toggle) slow = slow.context as PyBaseException;
    toggle = !toggle;
  }
  const old = exc.context;
  exc.context = newref(handled);
  if (old !== null) decref(old);
}
