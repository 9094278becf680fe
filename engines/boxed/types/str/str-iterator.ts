// iter(str): CPython 3.11 has two iterator types, str_ascii_iterator for all-ASCII strs and
// str_iterator for the rest; both yield one-character strs, code point by code point.

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { builtinType } from '../../builtin-types.js';
import { defineMethods } from '../../define.js';
import { checkPositional } from '../../args.js';
import { charStr, newStr } from '../../strings.js';
import { raise } from '../../errors.js';
import { StopIteration } from '../exceptions.js';
import type { PyType } from '../../type.js';
import type { PyStr } from '../str.js';
import type { NativeIterator } from '../../protocols/iteration.js';
import { cpCount, PAIR_BREAK } from '../../../../shared/kernels/str/code-points.js';

const noInstances = (t: PyType): PyObject => { throw new Error(`cannot create '${t.name}' instances`); };
export const strAsciiIteratorType = builtinType('str_ascii_iterator', { subclassable: false, make: noInstances });
export const strIteratorType = builtinType('str_iterator', { subclassable: false, make: noInstances });

const NON_ASCII = /[^\x00-\x7f]/;

export class PyStrIterator extends PyObject implements NativeIterator {
  /** The str being walked (owned), null once exhausted. */
  seq: PyStr | null;
  /** UTF-16 index of the next character. */
  index = 0;

  constructor(s: PyStr) {
    super(NON_ASCII.test(s.value) ? strIteratorType : strAsciiIteratorType);
    this.seq = newref(s);
  }

  nativeNext(): PyValue | undefined {
    const s = this.seq;
    if (s === null) return undefined;
    const text = s.value;
    const i = this.index;
    if (i >= text.length) {
      this.seq = null;
      decref(s);
      return undefined;
    }
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.index = i + 2;
        return newStr(text.slice(i, i + 2));
      }
      if (d === PAIR_BREAK) {
        // A high surrogate kept apart from the low one after it: the break is not a character.
        this.index = i + 2;
        return newStr(text[i]!);
      }
    }
    this.index = i + 1;
    return c < 256 ? charStr(text[i]!) : newStr(text[i]!);
  }

  /** Code points left (__length_hint__). */
  remaining(): number {
    const s = this.seq;
    if (s === null) return 0;
    if (s.isSimple) return s.value.length - this.index;
    return cpCount(s.value, this.index, s.value.length);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    if (this.seq !== null) decref(this.seq);
  }
}

export function installStrIterators(): void {
  for (const t of [strAsciiIteratorType, strIteratorType]) {
    defineMethods(t, {
      __iter__(self, args, kw) {
        checkPositional('__iter__', args, kw, 0);
        return newref(self);
      },
      __next__(self, args, kw) {
        checkPositional('__next__', args, kw, 0);
        const v = (self as PyStrIterator).nativeNext();
        if (v === undefined) raise(StopIteration);
        return v;
      },
      __length_hint__: (self) => (self as PyStrIterator).remaining(),
    });
  }
}
