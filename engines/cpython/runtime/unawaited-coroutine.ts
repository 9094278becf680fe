// A coroutine freed before it ever ran: CPython's _PyErr_WarnUnawaitedCoroutine issues
// "RuntimeWarning: coroutine '...' was never awaited" through warnings._warn_unawaited_coroutine,
// at the line running when the coroutine is freed; an error it raises (a filter set to "error")
// cannot propagate from a deallocation and goes to sys.unraisablehook instead.

import { decref, type PyValue } from '../../boxed/object.js';
import { call } from '../../boxed/protocols/call.js';
import { getAttr } from '../../boxed/protocols/attributes.js';
import { gcdImport } from './imports/import-module.js';
import { reportUnraisable } from './unraisable.js';

export function warnUnawaitedCoroutine(coro: PyValue): void {
  try {
    const warnings = gcdImport('warnings');
    try {
      const warn = getAttr(warnings, '_warn_unawaited_coroutine');
      try {
        decref(call(warn, [coro]));
      } finally {
        decref(warn);
      }
    } finally {
      decref(warnings);
    }
  } catch (e) {
    reportUnraisable(e, coro);
  }
}
