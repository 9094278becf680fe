// Iterators over dicts and their views, forward and reversed: dict_keyiterator,
// dict_valueiterator, dict_itemiterator and the dict_reverse* kinds. As CPython's, they check
// the dict's size on every step ("dictionary changed size during iteration", sticky) and a
// forward iterator that finds more entries than the size promised raises "dictionary keys
// changed during iteration" (a key deleted and another added in between).

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { builtinType } from '../../builtin-types.js';
import { defineMethods } from '../../define.js';
import { raise } from '../../errors.js';
import type { PyType } from '../../type.js';
import type { PyDict } from '../dict.js';
import { PyTuple } from '../sequences.js';
import { RuntimeError, StopIteration } from '../exceptions.js';
import type { NativeIterator } from '../../protocols/iteration.js';
import { noArgs } from './common.js';

export const enum IterKind { KEYS = 0, VALUES = 1, ITEMS = 2 }

const noInstances = (t: PyType): PyObject => { throw new Error(`cannot create '${t.name}' instances`); };
const iterType = (name: string): PyType => builtinType(name, { subclassable: false, make: noInstances });

/** Forward iterator types by kind, then reversed ones. */
const FORWARD = [iterType('dict_keyiterator'), iterType('dict_valueiterator'), iterType('dict_itemiterator')];
const REVERSE = [iterType('dict_reversekeyiterator'), iterType('dict_reversevalueiterator'), iterType('dict_reverseitemiterator')];

export class PyDictIterator extends PyObject implements NativeIterator {
  /** The dict (owned), null once exhausted. */
  target: PyDict | null;
  /** Next entry position to look at (forward: at or after; reversed: at or before). */
  pos: number;
  /** The dict's size when iteration began; -1 after a size change (the error repeats). */
  used: number;
  /** Entries not yet returned. */
  len: number;

  constructor(d: PyDict, readonly kind: IterKind, readonly reversed: boolean) {
    super(reversed ? REVERSE[kind]! : FORWARD[kind]!);
    this.target = newref(d);
    this.used = d.size;
    this.len = d.size;
    this.pos = reversed ? d.keys.length - 1 : 0;
  }

  nativeNext(): PyValue | undefined {
    const d = this.target;
    if (d === null) return undefined;
    if (this.used !== d.size) {
      this.used = -1;
      raise(RuntimeError, 'dictionary changed size during iteration');
    }
    const i = this.reversed ? d.prev(this.pos + 1) : d.next(this.pos - 1);
    if (i < 0) {
      this.finish(d);
      return undefined;
    }
    if (!this.reversed && this.len === 0) {
      this.finish(d);
      raise(RuntimeError, 'dictionary keys changed during iteration');
    }
    this.pos = this.reversed ? i - 1 : i + 1;
    this.len--;
    switch (this.kind) {
      case IterKind.KEYS: return newref(d.keyAt(i));
      case IterKind.VALUES: return newref(d.values[i]!);
      default: return new PyTuple([newref(d.keyAt(i)), newref(d.values[i]!)]);
    }
  }

  private finish(d: PyDict): void {
    this.target = null;
    decref(d);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    if (this.target !== null) decref(this.target);
  }
}

export function installDictIterators(): void {
  for (const t of [...FORWARD, ...REVERSE]) {
    defineMethods(t, {
      __iter__(self, args, kw) {
        noArgs(`${t.name}.__iter__`, args, kw);
        return newref(self);
      },
      __next__(self, args, kw) {
        noArgs(`${t.name}.__next__`, args, kw);
        const v = (self as PyDictIterator).nativeNext();
        if (v === undefined) raise(StopIteration);
        return v;
      },
      __length_hint__(self) {
        const it = self as PyDictIterator;
        return it.target !== null && it.used === it.target.size ? it.len : 0;
      },
    });
  }
}
