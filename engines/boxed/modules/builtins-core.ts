// The first builtin functions: printing, and the identity/type questions everything else
// needs. More live in the other builtins-*.ts files.

import { decref, newref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { parseArgs, checkPositional } from '../args.js';
import { newStr } from '../strings.js';
import { PyStr } from '../types/str.js';
import { False, True, intFromNumber } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { TypeError } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import { PyTextStream } from '../streams.js';
import { interp } from '../interpreter-state.js';
import { call } from '../protocols/call.js';
import { getAttr } from '../protocols/attributes.js';
import { length, repr, str, truthy } from '../protocols/objects.js';
import { typeName } from '../protocols/type-of.js';
import { identityHooks } from '../identity.js';

const PRINT_PARAMS = { names: ['sep', 'end', 'file', 'flush'], required: 0, maxPositional: 0 };

function optionalStr(v: PyValue | undefined, what: string, dflt: string): string {
  if (v === undefined || v === None) return dflt;
  if (v instanceof PyStr) return v.value;
  raise(TypeError, `${what} must be None or a string, not ${typeName(v)}`);
}

/** Writes text to a file object: directly for the standard streams, else through its write(). */
export function writeTo(file: PyValue, text: string): void {
  if (file instanceof PyTextStream && file.ob_type.mro.length === 2) {
    file.sink.write(text);
    return;
  }
  const w = getAttr(file, 'write');
  try {
    decref(call(w, [newStr(text)]));
  } finally {
    decref(w);
  }
}

export const coreBuiltins: Record<string, NativeMethod> = {
  print(_self, args, kwnames) {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    const [sepV, endV, fileV, flushV] = nkw ? parseArgs('print', args.slice(npos), kwnames, PRINT_PARAMS) : [];
    const sep = optionalStr(sepV, 'sep', ' ');
    const end = optionalStr(endV, 'end', '\n');
    let file = fileV;
    if (file === undefined || file === None) {
      file = interp.sys.ns.getStr('stdout');
      if (file === undefined || file === None) return None;
    }
    let text = '';
    for (let i = 0; i < npos; i++) {
      if (i > 0) text += sep;
      text += str(args[i]!);
    }
    text += end;
    writeTo(file, text);
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
    return intFromNumber(length(args[0]!));
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

void newref;
