// Frame objects and traceback objects as Python sees them (f_code, f_lineno, tb_next, ...).

import { decref, newref, PyObject, xdecref, type PyValue } from '../../boxed/object.js';
import { frameType, tracebackType } from '../../boxed/builtin-types.js';
import type { PyBaseException } from '../../boxed/types/exceptions.js';
import { None } from '../../boxed/types/singletons.js';
import type { Frame } from './frame.js';

export class PyFrameObject extends PyObject {
  constructor(readonly frame: Frame) {
    super(frameType);
  }

  get lineno(): number {
    return this.frame.code.lineAt(this.frame.lasti);
  }
}

export class PyTraceback extends PyObject {
  constructor(readonly frameObject: PyFrameObject, readonly lasti: number, public next: PyValue) {
    super(tracebackType);
  }

  get lineno(): number {
    return this.frameObject.frame.code.lineAt(this.lasti);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.frameObject);
    decref(this.next);
  }
}

/** The frame object for a frame (a borrowed reference owned by the frame record). */
export function frameObjectOf(frame: Frame): PyFrameObject {
  let fo = frame.frameObject as PyFrameObject | null;
  if (fo === null) {
    fo = new PyFrameObject(frame);
    frame.frameObject = fo;
  }
  return fo;
}

/** PyTraceBack_Here: prepends an entry for `frame` at `lasti` to the exception's traceback. */
export function addTraceback(exc: PyBaseException, frame: Frame, lasti: number): void {
  const tb = new PyTraceback(newref(frameObjectOf(frame)), lasti, exc.traceback ?? None);
  if (exc.traceback === null) newref(None);
  exc.traceback = tb;
}

export function releaseTraceback(tb: PyValue | null): void {
  xdecref(tb);
}
