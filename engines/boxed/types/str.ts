// str objects: the text is a JS string (UTF-16); Python counts code points, so the code-point
// length is computed once when first asked and remembered (-1 until then). A string without
// surrogates has as many code points as UTF-16 units, the common case the methods test first.
// A lone high surrogate followed by a lone low one is spelled with a pair break between them
// (shared/kernels/str/code-points.ts), so text is joined with joinText and sliced with sliceText.

import { counters, PyObject } from '../object.js';
import type { PyDict } from './dict.js';
import { strType } from '../builtin-types.js';
import type { PyType } from '../type.js';
import { cpLength, joinText } from '../../../shared/kernels/str/code-points.js';

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
    // A high surrogate ending `a` and a low one starting `b` stay two code points: joinText puts
    // a pair break between them (shared/kernels/str/code-points.ts), so the lengths simply add.
    const s = joinText(a.value, b.value);
    if (a.cpLength < 0 || b.cpLength < 0) return new PyStr(s);
    return new PyStr(s, strType, a.cpLength + b.cpLength);
  }

  /** len(self): code points. */
  get length(): number {
    if (this.cpLength < 0) this.cpLength = cpLength(this.value);
    return this.cpLength;
  }

  /** True when every code point is one UTF-16 unit, so JS indices are Python indices. */
  get isSimple(): boolean {
    return this.length === this.value.length;
  }
}
Object.setPrototypeOf(PyStr.prototype, PyObject.prototype);
