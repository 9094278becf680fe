// str objects: the text is a JS string (UTF-16); Python counts code points, so the code-point
// length is computed once when first asked and remembered (-1 until then). A string without
// surrogates has as many code points as UTF-16 units, the common case the methods test first.

import { PyObject } from '../object.js';
import { strType } from '../builtin-types.js';
import type { PyType } from '../type.js';

export class PyStr extends PyObject {
  /** hash(self) once computed (CPython caches it in the object too). */
  hash: number | bigint | undefined = undefined;
  private cpLength = -1;

  constructor(readonly value: string, type: PyType = strType) {
    super(type);
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

export function codePointLength(s: string): number {
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
