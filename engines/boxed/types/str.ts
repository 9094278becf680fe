// str objects: the text is a JS string (UTF-16); Python counts code points, so the code-point
// length is computed once when first asked and remembered (-1 until then). A string without
// surrogates has as many code points as UTF-16 units, the common case the methods test first.

import { counters, PyObject } from '../object.js';
import type { PyDict } from './dict.js';
import { strType } from '../builtin-types.js';
import type { PyType } from '../type.js';

// A str allocates in its own constructor, with PyObject's prototype and fields first, as float
// does (types/numbers.ts says why).
export class PyStr {
  ob_type: PyType;
  ob_refcnt: number;
  dict: PyDict | null;
  /** hash(self) once computed (CPython caches it in the object too). */
  hash: number | bigint | undefined;
  private cpLength: number;
  readonly value: string;

  /** `cpLength` is the length in code points when the caller knows it (-1: count when asked). */
  constructor(value: string, type: PyType = strType, cpLength = -1) {
    this.ob_type = type;
    this.ob_refcnt = 1;
    this.dict = null;
    this.hash = undefined;
    this.cpLength = cpLength;
    this.value = value;
    counters.allocations++;
  }

  declare releaseRefs: () => void;

  /** a + b, knowing the result's length when both lengths are known (no string scan, which would flatten V8's rope). */
  static concat(a: PyStr, b: PyStr): PyStr {
    const s = a.value + b.value;
    if (a.cpLength < 0 || b.cpLength < 0) return new PyStr(s);
    let n = a.cpLength + b.cpLength;
    // A high surrogate ending `a` and a low one starting `b` become one code point in the JS
    // string. `b` is looked at first: reading `a` (often a long rope being built) would flatten it.
    const first = b.value.length ? b.value.charCodeAt(0) : 0;
    if (first >= 0xdc00 && first <= 0xdfff) {
      const last = a.value.length ? a.value.charCodeAt(a.value.length - 1) : 0;
      if (last >= 0xd800 && last <= 0xdbff) n--;
    }
    return new PyStr(s, strType, n);
  }

  /** len(self): code points. */
  get length(): number {
    if (this.cpLength < 0) this.cpLength = codePointLength(this.value);
    return this.cpLength;
  }

  /** True when every code point is one UTF-16 unit, so JS indices are Python indices. */
  get isSimple(): boolean {
    return this.length === this.value.length;
  }
}
Object.setPrototypeOf(PyStr.prototype, PyObject.prototype);

const SURROGATE = /[\uD800-\uDFFF]/;

export function codePointLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}
