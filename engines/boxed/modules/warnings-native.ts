// _pyw_warnings: warn and warn_explicit as builtin functions over shared/lib/warnings.py's Python
// implementation, so that, as CPython's C `_warnings.warn`, they add no frame to a traceback: a
// warning the "error" action turns into an exception shows the line that called warn as its last
// frame. The Python implementation returns that exception instead of raising it; these raise it.
// The frame a Python function called from here sees as its caller is the one that called warn.

import { decref, newref, type PyValue } from '../object.js';
import { parseArgs } from '../args.js';
import { asSsize } from '../convert.js';
import { defineFunctions } from '../define.js';
import { intFromNumber } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import type { PyModule } from '../types/module.js';
import { PyBuiltinFunction, type NativeMethod } from '../types/native.js';
import { call } from '../protocols/call.js';

/** Raises the exception `impl` returned, or returns None (the reference `call` gave). */
function raiseReturned(result: PyValue): PyValue {
  if (result === None) return result;
  throw result;
}

const WARN_DOC = 'Issue a warning, or maybe ignore it or raise an exception.';
const WARN_EXPLICIT_DOC = 'Low-level interface to warnings functionality.';

const functions: Record<string, NativeMethod> = {
  /** make_warn(impl) -> warn(message, category=None, stacklevel=1, source=None), calling impl(message, category, stacklevel, source). */
  make_warn(_self, args, kwnames) {
    const [impl] = parseArgs('make_warn', args, kwnames, { names: ['impl'], required: 1 });
    const target = newref(impl!); // held for the life of the function
    return new PyBuiltinFunction('warn', (_s, wargs, wkw) => {
      const [message, category, stacklevel, source] = parseArgs('warn', wargs, wkw, {
        names: ['message', 'category', 'stacklevel', 'source'], required: 1,
      });
      const level = intFromNumber(stacklevel === undefined ? 1 : asSsize(stacklevel));
      try {
        return raiseReturned(call(target, [message!, category ?? None, level, source ?? None]));
      } finally {
        decref(level);
      }
    }, null, null, WARN_DOC);
  },
  /** make_warn_explicit(impl) -> warn_explicit(...), passing its arguments on to impl. */
  make_warn_explicit(_self, args, kwnames) {
    const [impl] = parseArgs('make_warn_explicit', args, kwnames, { names: ['impl'], required: 1 });
    const target = newref(impl!); // held for the life of the function
    return new PyBuiltinFunction('warn_explicit', (_s, wargs, wkw) =>
      raiseReturned(call(target, wargs, wkw)), null, null, WARN_EXPLICIT_DOC);
  },
};

export function registerWarningsModule(register: (name: string, init: (mod: PyModule) => void) => void): void {
  register('_pyw_warnings', (mod) => {
    defineFunctions(mod.ns, mod, functions);
  });
}
