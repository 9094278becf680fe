// __del__: called once per object (PEP 442), when its reference count reaches zero. The object is
// resurrected for the call; if __del__ stored a new reference to it somewhere, it stays alive.

import { PyObject } from '../../boxed/object.js';
import { callUnbound } from '../../boxed/protocols/call.js';
import { decref } from '../../boxed/object.js';
import { reportUnraisable } from './unraisable.js';

const finalized = new WeakSet<PyObject>();

export function finalize(o: PyObject): void {
  if (finalized.has(o)) return;
  finalized.add(o);
  const del = o.ob_type.lookup('__del__');
  if (del === null) return;
  o.ob_refcnt = 1;
  try {
    decref(callUnbound(del, o, []));
  } catch (e) {
    reportUnraisable(e, del);
  }
  o.ob_refcnt--;
}
