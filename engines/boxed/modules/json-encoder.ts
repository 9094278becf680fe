// json.dumps natively: the whole object tree encoded into one string, as CPython's C encoder
// (_json.c's c_make_encoder) does, with its error messages, its key rules, sort_keys, skipkeys,
// allow_nan, circular-reference markers and the `default` hook.
//
// CPython uses the C encoder only without indent and falls back to json.encoder's Python code
// with one; the two differ in one message (a NaN refused by allow_nan=False names the value only
// in the Python one), so the indented form here says what the Python code says.

import { decref, newref, type PyObject, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { dictType, intType, listType, tupleType } from '../builtin-types.js';
import { PyStr } from '../types/str.js';
import { PyDict } from '../types/dict.js';
import { PyList, PyTuple } from '../types/sequences.js';
import { newTuple } from '../types/sequences/tuple-type.js';
import { PyBool, PyFloat, PyLong } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { TypeError, ValueError } from '../types/exceptions.js';
import { sortList } from '../types/sequences/sort.js';
import { call, callUnbound } from '../protocols/call.js';
import { getAttr } from '../protocols/attributes.js';
import { forEach } from '../protocols/iteration.js';
import { repr } from '../protocols/objects.js';
import { typeName } from '../protocols/type-of.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../recursion.js';
import { floatRepr } from '../../../shared/kernels/repr/float-repr.js';
import { encodeBasestring, encodeBasestringAscii } from '../../../shared/kernels/json/json-strings.js';

export interface EncoderSettings {
  readonly checkCircular: boolean;
  readonly defaultFn: PyValue;
  readonly ensureAscii: boolean;
  /** The indent string, or null for one line. */
  readonly indent: string | null;
  readonly keySeparator: string;
  readonly itemSeparator: string;
  readonly sortKeys: boolean;
  readonly skipKeys: boolean;
  readonly allowNan: boolean;
}

export class JsonEncoder {
  private readonly parts: string[] = [];
  private readonly markers = new Set<PyObject>();

  constructor(private readonly settings: EncoderSettings) {}

  encode(o: PyValue): string {
    this.parts.length = 0;
    this.markers.clear();
    this.value(o, 0);
    const text = this.parts.join('');
    this.parts.length = 0;
    return text;
  }

  private quote(s: string): string {
    return this.settings.ensureAscii ? encodeBasestringAscii(s) : encodeBasestring(s);
  }

  private float(o: PyFloat): string {
    const x = o.value;
    if (Number.isFinite(x)) return floatRepr(x);
    if (!this.settings.allowNan) {
      const base = 'Out of range float values are not JSON compliant';
      raise(ValueError, this.settings.indent === null ? base : `${base}: ${repr(o)}`);
    }
    return x !== x ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  }

  private int(o: PyValue): string {
    if (typeof o === 'number') return String(o);
    if (o instanceof PyLong && o.ob_type === intType) return repr(o);
    const text = callUnbound(intType.lookup('__repr__')!, o, []);
    const s = (text as PyStr).value;
    decref(text);
    return s;
  }

  private value(o: PyValue, level: number): void {
    const parts = this.parts;
    if (typeof o === 'number') parts.push(String(o));
    else if (o === None) parts.push('null');
    else if (o instanceof PyBool) parts.push(o.value ? 'true' : 'false');
    else if (o instanceof PyStr) parts.push(this.quote(o.value));
    else if (o instanceof PyLong || o.ob_type.isSubtype(intType)) parts.push(this.int(o));
    else if (o instanceof PyFloat) parts.push(this.float(o));
    else if (o instanceof PyList || o instanceof PyTuple) this.container(o, level, false);
    else if (o instanceof PyDict) this.container(o, level, true);
    else {
      this.mark(o);
      const replacement = call(this.settings.defaultFn, [o]);
      try {
        this.value(replacement, level);
      } finally {
        decref(replacement);
      }
      this.markers.delete(o);
    }
  }

  private mark(o: PyObject): void {
    if (!this.settings.checkCircular) return;
    if (this.markers.has(o)) raise(ValueError, 'Circular reference detected');
    this.markers.add(o);
  }

  private container(o: PyList | PyTuple | PyDict, level: number, isDict: boolean): void {
    const empty = isDict ? (o as PyDict).size === 0 : (o as PyList | PyTuple).items.length === 0;
    if (empty) {
      this.parts.push(isDict ? '{}' : '[]');
      return;
    }
    this.mark(o);
    enterRecursiveCall(' while encoding a JSON object');
    try {
      const { indent } = this.settings;
      let separator = this.settings.itemSeparator;
      let closing = isDict ? '}' : ']';
      this.parts.push(isDict ? '{' : '[');
      if (indent !== null) {
        const inner = '\n' + indent.repeat(level + 1);
        separator += inner;
        closing = '\n' + indent.repeat(level) + closing;
        this.parts.push(inner);
      }
      if (isDict) this.dict(o as PyDict, level + 1, separator);
      else if (o.ob_type === listType || o.ob_type === tupleType) {
        const items = (o as PyList | PyTuple).items;
        for (let i = 0; i < items.length; i++) {
          if (i > 0) this.parts.push(separator);
          this.value(items[i]!, level + 1);
        }
      } else {
        // A subclass is iterated as a sequence (CPython's PySequence_Fast), through its __iter__.
        let first = true;
        forEach(o, (item) => {
          if (!first) this.parts.push(separator);
          first = false;
          this.value(item, level + 1);
        });
      }
      this.parts.push(closing);
    } finally {
      leaveRecursiveCall();
    }
    this.markers.delete(o);
  }

  private dict(d: PyDict, level: number, separator: string): void {
    const pairs = this.items(d);
    try {
      let first = true;
      for (const pair of pairs.items) {
        const [key, value] = (pair as PyTuple).items as [PyValue, PyValue];
        const text = this.key(key);
        if (text === null) continue;
        if (!first) this.parts.push(separator);
        first = false;
        this.parts.push(this.quote(text), this.settings.keySeparator);
        this.value(value, level);
      }
    } finally {
      decref(pairs);
    }
  }

  /** The (key, value) pairs in encoding order: the dict's own, or its items() for a subclass; sorted for sort_keys. */
  private items(d: PyDict): PyList {
    const pairs = new PyList([]);
    if (d.ob_type === dictType) {
      for (let i = d.next(-1); i >= 0; i = d.next(i)) pairs.items.push(newTuple([newref(d.keyAt(i)), newref(d.values[i]!)]));
    } else {
      const method = getAttr(d, 'items');
      const items = call(method, []);
      decref(method);
      try {
        forEach(items, (pair) => {
          if (!(pair instanceof PyTuple) || pair.items.length !== 2) raise(ValueError, 'items must return 2-tuples');
          pairs.items.push(newref(pair));
        });
      } finally {
        decref(items);
      }
    }
    if (this.settings.sortKeys) sortList(pairs, null, false);
    return pairs;
  }

  /** A key as JSON text before quoting, or null to skip it (skipkeys). */
  private key(key: PyValue): string | null {
    if (key instanceof PyStr) return key.value;
    if (key instanceof PyFloat) return this.float(key);
    if (key instanceof PyBool) return key.value ? 'true' : 'false';
    if (key === None) return 'null';
    if (typeof key === 'number' || key instanceof PyLong || key.ob_type.isSubtype(intType)) return this.int(key);
    if (this.settings.skipKeys) return null;
    raise(TypeError, `keys must be str, int, float, bool or None, not ${typeName(key)}`);
  }
}
