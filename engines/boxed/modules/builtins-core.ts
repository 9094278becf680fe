// The first builtin functions: printing, and the identity/type questions everything else
// needs. More live in the other builtins-*.ts files.

import { decref, type PyObject, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { parseArgs, checkPositional } from '../args.js';
import { newStr } from '../strings.js';
import { PyStr } from '../types/str.js';
import { False, True, intFromNumber, intValue, makeInt } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { OverflowError, TypeError, ValueError } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import { PyTextStream } from '../streams.js';
import { interp } from '../interpreter-state.js';
import { call, callUnbound } from '../protocols/call.js';
import { getAttr } from '../protocols/attributes.js';
import { length, repr, str, truthy } from '../protocols/objects.js';
import { typeName } from '../protocols/type-of.js';
import { identityHooks } from '../identity.js';
import { joinText } from '../../../shared/kernels/str/code-points.js';
import { dictType, listType, strType, tupleType } from '../builtin-types.js';

const PRINT_PARAMS = { names: ['sep', 'end', 'file', 'flush'], required: 0, maxPositional: 0 };

function optionalStr(v: PyValue | undefined, what: string, dflt: string): string {
  if (v === undefined || v === None) return dflt;
  if (v instanceof PyStr) return v.value;
  raise(TypeError, `${what} must be None or a string, not ${typeName(v)}`);
}

/** Writes text to a file object: directly for the standard streams, else through its write(). */
export function writeTo(file: PyValue, text: string): void {
  if (file instanceof PyTextStream && file.ob_type.mro.length === 2) {
    file.writeText(text);
    return;
  }
  const w = getAttr(file, 'write');
  try {
    decref(call(w, [newStr(text)]));
  } finally {
    decref(w);
  }
}

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * len() of an object whose __len__ is Python code or may exceed 2**53 (a range of 2**60 items):
 * CPython's limit is Py_ssize_t, so the length may be any int up to 2**63 - 1.
 */
function bigLength(v: PyObject): PyValue {
  const fn = v.ob_type.lookup('__len__');
  if (fn === null) raise(TypeError, `object of type '${v.ob_type.name}' has no len()`);
  const r = callUnbound(fn, v, []);
  const n = intValue(r);
  decref(r);
  if (n === undefined) raise(TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
  if (n < 0) raise(ValueError, '__len__() should return >= 0');
  if (typeof n === 'number') return n;
  if (n > SSIZE_MAX) raise(OverflowError, "cannot fit 'int' into an index-sized integer");
  return makeInt(n);
}

export const coreBuiltins: Record<string, NativeMethod> = {
  print(_self, args, kwnames) {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (nkw) {
      for (const k of kwnames!) {
        if (!PRINT_PARAMS.names.includes(k)) raise(TypeError, `'${k}' is an invalid keyword argument for print()`);
      }
    }
    const [sepV, endV, fileV, flushV] = nkw ? parseArgs('print', args.slice(npos), kwnames, PRINT_PARAMS) : [];
    const sep = optionalStr(sepV, 'sep', ' ');
    const end = optionalStr(endV, 'end', '\n');
    let file = fileV;
    if (file === undefined || file === None) {
      file = interp.sys.ns.getStr('stdout');
      if (file === undefined || file === None) return None;
    }
    if (file instanceof PyTextStream && file.ob_type.mro.length === 2) {
      // A standard stream: one write of the joined text looks the same.
      let text = '';
      for (let i = 0; i < npos; i++) {
        if (i > 0) text = joinText(text, sep);
        text = joinText(text, str(args[i]!));
      }
      file.writeText(joinText(text, end));
    } else {
      // Any other file sees each piece as its own write() call, as CPython's print makes them.
      for (let i = 0; i < npos; i++) {
        if (i > 0) writeTo(file, sep);
        writeTo(file, str(args[i]!));
      }
      writeTo(file, end);
    }
    if (flushV !== undefined && truthy(flushV)) {
      const fl = getAttr(file, 'flush');
      decref(call(fl, []));
      decref(fl);
    }
    return None;
  },
  repr(_self, args, kw) {
    checkPositional('repr', args, kw, 1);
    return newStr(repr(args[0]!));
  },
  len(_self, args, kw) {
    checkPositional('len', args, kw, 1);
    const v = args[0]!;
    if (typeof v === 'number') return intFromNumber(length(v));
    const t = v.ob_type;
    if (t === strType || t === listType || t === tupleType || t === dictType) return intFromNumber(length(v));
    return bigLength(v);
  },
  id(_self, args, kw) {
    checkPositional('id', args, kw, 1);
    return intFromNumber(identityHooks.id(args[0]!));
  },
  callable(_self, args, kw) {
    checkPositional('callable', args, kw, 1);
    const v = args[0]!;
    const t = typeof v === 'number' ? null : v.ob_type;
    return t !== null && t.lookup('__call__') !== null ? True : False;
  },
};

