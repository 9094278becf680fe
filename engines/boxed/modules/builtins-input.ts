// input(): the prompt goes to sys.stdout (flushed), a line comes from sys.stdin.readline()
// without its newline; an empty read is EOFError. This is builtin_input's non-terminal path,
// the one CPython takes whenever stdin or stdout is not a console.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { checkPositional } from '../args.js';
import { newStr } from '../strings.js';
import { PyStr } from '../types/str.js';
import { None } from '../types/singletons.js';
import { EOFError, RuntimeError, TypeError } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import { interp } from '../interpreter-state.js';
import { call } from '../protocols/call.js';
import { getAttr } from '../protocols/attributes.js';
import { str } from '../protocols/objects.js';
import { writeTo } from './builtins-core.js';

function callMethod(obj: PyValue, name: string, args: PyValue[] = []): PyValue {
  const m = getAttr(obj, name);
  try {
    return call(m, args);
  } finally {
    decref(m);
  }
}

function sysStream(name: string): PyValue {
  const s = interp.sys.ns.getStr(name);
  if (s === undefined || s === None) raise(RuntimeError, `input(): lost sys.${name}`);
  return s;
}

export const inputBuiltins: Record<string, NativeMethod> = {
  input(_self, args, kw) {
    checkPositional('input', args, kw, 0, 1);
    const fin = sysStream('stdin');
    const fout = sysStream('stdout');
    const ferr = interp.sys.ns.getStr('stderr');
    if (ferr !== undefined && ferr !== None) decref(callMethod(ferr, 'flush'));
    if (args.length > 0) writeTo(fout, str(args[0]!));
    decref(callMethod(fout, 'flush'));
    const line = callMethod(fin, 'readline');
    if (!(line instanceof PyStr)) {
      decref(line);
      raise(TypeError, `object.readline() returned non-string`);
    }
    const s = line.value;
    if (s.length === 0) {
      decref(line);
      raise(EOFError, 'EOF when reading a line');
    }
    if (s.charCodeAt(s.length - 1) !== 10) return line;
    decref(line);
    return newStr(s.slice(0, -1));
  },
};

