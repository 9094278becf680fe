// _pyw_json: the json module's hot loops run natively, as CPython runs them in C (_json.c):
// quoting a str, scanning a string literal, a scanner for whole documents (json-scanner.ts) and
// an encoder for whole object trees (json-encoder.ts). json's API is Python in shared/lib/json,
// which uses these when they are there.
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
import { PyBuiltinFunction } from '../types/native.js';
import { None } from '../types/singletons.js';
import { JsonScanner } from './json-scanner.js';
import { JsonEncoder } from './json-encoder.js';
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

/** make_scanner(decoder, JSONDecodeError) -> scan_once(string, idx) -> (value, end). */
function makeScanner(_self: PyValue | null, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [decoder, errorType] = parseArgs('make_scanner', args, kwnames, { names: ['decoder', 'error_type'], required: 2 });
  const scanner = JsonScanner.fromDecoder(decoder!, errorType!);
  return new PyBuiltinFunction('scan_once', (_s, scanArgs, scanKw) => {
    const [string, idx] = parseArgs('scan_once', scanArgs, scanKw, { names: ['string', 'idx'], required: 2 });
    return scanner.scan(strArgument(string), asSsize(idx!));
  }, null);
}

/** encode(o, check_circular, default, ensure_ascii, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan) -> str. */
function encode(_self: PyValue | null, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const names = ['o', 'check_circular', 'default', 'ensure_ascii', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan'];
  const v = parseArgs('encode', args, kwnames, { names, required: names.length });
  const text = (x: PyValue | undefined, what: string): string => {
    if (!(x instanceof PyStr)) raise(TypeError, `${what} must be a str`);
    return x.value;
  };
  const encoder = new JsonEncoder({
    checkCircular: truthy(v[1]!),
    defaultFn: v[2]!,
    ensureAscii: truthy(v[3]!),
    indent: v[4] === None ? null : text(v[4], 'indent'),
    keySeparator: text(v[5], 'key_separator'),
    itemSeparator: text(v[6], 'item_separator'),
    sortKeys: truthy(v[7]!),
    skipKeys: truthy(v[8]!),
    allowNan: truthy(v[9]!),
  });
  return newStr(encoder.encode(v[0]!));
}

export function registerJsonModule(register: (name: string, init: (mod: PyModule) => void) => void): void {
  register('_pyw_json', (mod) => {
    defineFunctions(mod.ns, mod, { ...functions, make_scanner: makeScanner, encode });
  });
}
