// _pyw_json: the character loops of the json module run natively, as CPython runs them in C
// (_json.c): quoting a str for json.dumps and scanning a string literal for json.loads. The rest
// of json is Python in shared/lib/json, which uses these when they are there.
//
// scanstring takes and returns code point indices; a malformed literal raises
// ValueError(message, position), which the decoder turns into a JSONDecodeError.

import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { parseArgs } from '../args.js';
import { defineFunctions } from '../define.js';
import { asSsize } from '../convert.js';
import { newStr } from '../strings.js';
import { PyStr } from '../types/str.js';
import { newTuple } from '../types/sequences/tuple-type.js';
import { intFromNumber } from '../types/numbers.js';
import { TypeError, ValueError } from '../types/exceptions.js';
import type { PyModule } from '../types/module.js';
import type { NativeMethod } from '../types/native.js';
import { truthy } from '../protocols/objects.js';
import { typeName } from '../protocols/type-of.js';
import { call } from '../protocols/call.js';
import { cpCount, unitIndex } from '../../../shared/kernels/str/code-points.js';
import { encodeBasestring, encodeBasestringAscii, scanString } from '../../../shared/kernels/json/json-strings.js';

function strArgument(v: PyValue | undefined): PyStr {
  if (!(v instanceof PyStr)) raise(TypeError, `first argument must be a string, not ${v === undefined ? 'nothing' : typeName(v)}`);
  return v;
}

const functions: Record<string, NativeMethod> = {
  encode_basestring_ascii(_self, args) {
    const s = strArgument(args[0]);
    return newStr(encodeBasestringAscii(s.value));
  },
  encode_basestring(_self, args) {
    const s = strArgument(args[0]);
    return newStr(encodeBasestring(s.value));
  },
  scanstring(_self, args, kwnames) {
    const [sArg, endArg, strictArg] = parseArgs('scanstring', args, kwnames, { names: ['string', 'end', 'strict'], required: 2 });
    const s = strArgument(sArg);
    const end = asSsize(endArg!);
    const strict = strictArg === undefined ? true : truthy(strictArg);
    const text = s.value;
    const simple = s.isSimple;
    if (end < 0 || end > s.length) raise(ValueError, 'end is out of bounds');
    const unitEnd = simple ? end : unitIndex(text, end);
    const result = scanString(text, unitEnd, strict);
    const position = simple ? result.end : end + (result.end >= unitEnd ? cpCount(text, unitEnd, result.end) : -1);
    if (result.error !== null) {
      const errArgs = [newStr(result.error), intFromNumber(position)];
      const exc = call(ValueError, errArgs);
      errArgs.forEach(decref);
      throw exc;
    }
    return newTuple([newStr(result.value), intFromNumber(position)]);
  },
};

export function registerJsonModule(register: (name: string, init: (mod: PyModule) => void) => void): void {
  register('_pyw_json', (mod) => {
    defineFunctions(mod.ns, mod, functions);
  });
}
