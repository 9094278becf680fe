// json.loads natively: a scanner over a str that builds the Python objects directly, as CPython's
// C scanner (_json.c's scan_once) does, with its error messages and positions.
//
// The scanner is made once per JSONDecoder from the decoder's settings (strict, the hooks, the
// parse functions: the builtin float and int take a fast path) and the decoder's JSONDecodeError
// class, which it raises itself. No value at a position raises StopIteration(position), which the
// decoder turns into "Expecting value", as CPython's does. Work is in UTF-16 units; positions
// given and reported are code points.

import { decref, incref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { floatType, intType } from '../builtin-types.js';
import { newStr } from '../strings.js';
import { PyStr } from '../types/str.js';
import { PyDict } from '../types/dict.js';
import { dictType } from '../builtin-types.js';
import { PyList } from '../types/sequences.js';
import { newTuple } from '../types/sequences/tuple-type.js';
import { False, PyFloat, True, intFromNumber, makeInt } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { StopIteration, ValueError } from '../types/exceptions.js';
import { call } from '../protocols/call.js';
import { truthy } from '../protocols/objects.js';
import { getAttr } from '../protocols/attributes.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../recursion.js';
import { cpCount, unitIndex } from '../../../shared/kernels/str/code-points.js';
import { scanString } from '../../../shared/kernels/json/json-strings.js';

export class JsonScanner {
  private s = '';
  private simple = true;
  /** Keys met in this document: equal keys become one object, as CPython's memo makes them. */
  private memo = new Map<string, PyStr>();

  constructor(
    private readonly strict: boolean,
    private readonly objectHook: PyValue | null,
    private readonly pairsHook: PyValue | null,
    private readonly parseFloat: PyValue | null,
    private readonly parseInt: PyValue | null,
    private readonly parseConstant: PyValue,
    private readonly errorType: PyValue,
  ) {}

  /** Reads a decoder's settings (CPython's make_scanner(context)). */
  static fromDecoder(decoder: PyValue, errorType: PyValue): JsonScanner {
    const attr = (name: string): PyValue => getAttr(decoder, name);
    const hook = (name: string): PyValue | null => {
      const v = attr(name);
      return v === None ? null : v;
    };
    const parseFloat = attr('parse_float');
    const parseInt = attr('parse_int');
    return new JsonScanner(truthy(attr('strict')), hook('object_hook'), hook('object_pairs_hook'),
      parseFloat === floatType ? null : parseFloat, parseInt === intType ? null : parseInt, attr('parse_constant'), errorType);
  }

  /** scanner(s, idx) -> (value, end) with code point positions. */
  scan(string: PyStr, idx: number): PyValue {
    this.s = string.value;
    this.simple = string.isSimple;
    this.memo.clear();
    if (idx < 0) raise(ValueError, 'idx cannot be negative');
    try {
      const start = this.unit(idx);
      if (start >= this.s.length) this.stop(start);
      const value = this.value(start);
      return newTuple([value, intFromNumber(this.cp(this.end))]);
    } finally {
      this.memo.forEach(decref);
      this.memo.clear();
      this.s = '';
    }
  }

  /** Where the last value scanned ended (UTF-16 units). */
  private end = 0;

  private unit(cp: number): number {
    return this.simple ? cp : unitIndex(this.s, cp);
  }

  private cp(unit: number): number {
    return this.simple ? unit : cpCount(this.s, 0, unit);
  }

  private fail(message: string, at: number): never {
    const args = [newStr(message), newStr(this.s), intFromNumber(this.cp(at))];
    const exc = call(this.errorType, args);
    args.forEach(decref);
    throw exc;
  }

  /** No JSON value starts at `at`. */
  private stop(at: number): never {
    const position = intFromNumber(this.cp(at));
    const exc = call(StopIteration, [position]);
    decref(position);
    throw exc;
  }

  private skip(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }

  private string(i: number): PyStr {
    const r = scanString(this.s, i, this.strict);
    if (r.error !== null) this.fail(r.error, r.end);
    this.end = r.end;
    return newStr(r.value);
  }

  private value(i: number): PyValue {
    const s = this.s;
    if (i >= s.length) this.stop(i);
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x22: return this.string(i + 1);
      case 0x7b: return this.nested(i + 1, true);
      case 0x5b: return this.nested(i + 1, false);
      case 0x6e: if (s.startsWith('null', i)) { this.end = i + 4; return None; } break;
      case 0x74: if (s.startsWith('true', i)) { this.end = i + 4; return True; } break;
      case 0x66: if (s.startsWith('false', i)) { this.end = i + 5; return False; } break;
      case 0x4e: if (s.startsWith('NaN', i)) return this.constant('NaN', i); break;
      case 0x49: if (s.startsWith('Infinity', i)) return this.constant('Infinity', i); break;
      case 0x2d: if (s.startsWith('-Infinity', i)) return this.constant('-Infinity', i); break;
      default: break;
    }
    return this.number(i);
  }

  private constant(name: string, i: number): PyValue {
    const arg = newStr(name);
    const value = call(this.parseConstant, [arg]);
    decref(arg);
    this.end = i + name.length;
    return value;
  }

  private number(start: number): PyValue {
    const s = this.s;
    let i = start;
    if (s.charCodeAt(i) === 0x2d) i++;
    const first = s.charCodeAt(i);
    if (!(first >= 0x30 && first <= 0x39)) this.stop(start);
    if (first === 0x30) i++;
    else while (isDigit(s.charCodeAt(i))) i++;
    let isFloat = false;
    if (s.charCodeAt(i) === 0x2e && isDigit(s.charCodeAt(i + 1))) {
      isFloat = true;
      i += 2;
      while (isDigit(s.charCodeAt(i))) i++;
    }
    const e = s.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      let j = i + 1;
      const sign = s.charCodeAt(j);
      if (sign === 0x2b || sign === 0x2d) j++;
      if (isDigit(s.charCodeAt(j))) {
        isFloat = true;
        i = j + 1;
        while (isDigit(s.charCodeAt(i))) i++;
      }
    }
    this.end = i;
    const text = s.slice(start, i);
    const parse = isFloat ? this.parseFloat : this.parseInt;
    // Past 4300 digits int() raises CPython's conversion-limit ValueError: let it.
    const callable = parse ?? (!isFloat && text.length > 4300 ? intType : null);
    if (callable !== null) {
      const arg = newStr(text);
      const value = call(callable, [arg]);
      decref(arg);
      return value;
    }
    // JSON's number syntax is a subset of both JS's and Python's, and both round decimal text to
    // the nearest double, so the builtins' results come straight from JS.
    if (isFloat) return new PyFloat(Number(text));
    return text.length < 16 ? Number(text) + 0 : makeInt(BigInt(text));
  }

  /** An object (after its '{') or an array (after its '['). */
  private nested(i: number, isObject: boolean): PyValue {
    enterRecursiveCall(isObject ? ' while decoding a JSON object from a unicode string' : ' while decoding a JSON array from a unicode string');
    try {
      return isObject ? this.object(i) : this.array(i);
    } finally {
      leaveRecursiveCall();
    }
  }

  private array(i: number): PyValue {
    const s = this.s;
    const items: PyValue[] = [];
    let done = false;
    try {
      i = this.skip(i);
      if (s.charCodeAt(i) !== 0x5d) {
        for (;;) {
          items.push(this.value(i));
          i = this.skip(this.end);
          const c = s.charCodeAt(i);
          if (c === 0x5d) break;
          if (c !== 0x2c) this.fail("Expecting ',' delimiter", i);
          i = this.skip(i + 1);
        }
      }
      this.end = i + 1;
      done = true;
      return new PyList(items); // the list takes over the items' references
    } finally {
      if (!done) items.forEach(decref);
    }
  }

  private object(i: number): PyValue {
    const s = this.s;
    const keys: PyValue[] = [];
    const values: PyValue[] = [];
    try {
      i = this.skip(i);
      let c = s.charCodeAt(i);
      if (c !== 0x7d) {
        for (;;) {
          if (c !== 0x22) this.fail('Expecting property name enclosed in double quotes', i);
          keys.push(this.key(i + 1));
          i = this.skip(this.end);
          if (s.charCodeAt(i) !== 0x3a) this.fail("Expecting ':' delimiter", i);
          i = this.skip(i + 1);
          values.push(this.value(i));
          i = this.skip(this.end);
          c = s.charCodeAt(i);
          if (c === 0x7d) break;
          if (c !== 0x2c) this.fail("Expecting ',' delimiter", i);
          i = this.skip(i + 1);
          c = s.charCodeAt(i);
        }
      }
      const end = i + 1;
      const result = this.finishObject(keys, values);
      this.end = end;
      return result;
    } finally {
      keys.forEach(decref);
      values.forEach(decref);
    }
  }

  private key(i: number): PyValue {
    const r = scanString(this.s, i, this.strict);
    if (r.error !== null) this.fail(r.error, r.end);
    this.end = r.end;
    let key = this.memo.get(r.value);
    if (key === undefined) {
      key = newStr(r.value);
      this.memo.set(r.value, key); // the memo's reference
    }
    incref(key);
    return key;
  }

  private finishObject(keys: PyValue[], values: PyValue[]): PyValue {
    if (this.pairsHook !== null) {
      // The tuples take over the references the two arrays hold.
      const pairs = new PyList(keys.map((k, n) => newTuple([k, values[n]!])));
      keys.length = 0;
      values.length = 0;
      const result = call(this.pairsHook, [pairs]);
      decref(pairs);
      return result;
    }
    const dict = new PyDict(dictType);
    for (let n = 0; n < keys.length; n++) dict.set(keys[n]!, values[n]!);
    if (this.objectHook === null) return dict;
    const result = call(this.objectHook, [dict]);
    decref(dict);
    return result;
  }
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

