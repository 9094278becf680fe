// The instance layout a class statement gives its instances, as typeobject.c decides it:
// the base whose layout the class extends (best_base over each base's solid_base), the member
// slots __slots__ adds (names mangled, laid out in sorted order), and whether the class adds a
// __dict__ and a __weakref__ (type_new_slots), with the TypeErrors CPython raises on the way.

import type { PyValue } from '../object.js';
import { decref } from '../object.js';
import { raise } from '../errors.js';
import { objectType } from '../builtin-types.js';
import { PyType, TypeFlag } from '../type.js';
import { newStr } from '../strings.js';
import { PyStr } from './str.js';
import type { PyDict } from './dict.js';
import { TypeError } from './exceptions.js';
import { toArray } from '../protocols/iteration.js';
import { typeName } from '../protocols/type-of.js';
import { repr } from '../protocols/objects.js';
import { classHooks } from '../class-hooks.js';
import { qualifiedName } from './object-type.js';
import { isIdentifier } from '../../../shared/kernels/unicode-ident.js';
import { mangle } from '../../../shared/compiler/symtable/mangle.js';

/** Builtins whose instances have variable size (tp_itemsize != 0): no member slots after their items. */
const VAR_SIZED = TypeFlag.LONG_SUBCLASS | TypeFlag.TUPLE_SUBCLASS | TypeFlag.BYTES_SUBCLASS | TypeFlag.TYPE_SUBCLASS;

/** The type whose layout t's instances have: the nearest ancestor that added fields (solid_base). */
export function solidBase(t: PyType): PyType {
  if (t.hasFlag(TypeFlag.HEAPTYPE)) {
    const b = t.base;
    if (b === null) return t;
    // A class adds fields only through member slots (its __dict__ and __weakref__ do not count).
    return t.slotNames.length > b.slotNames.length ? t : solidBase(b);
  }
  // Builtins that add no fields of their own share their base's layout (ValueError is laid out
  // as BaseException), so walk up while the instance maker stays the same.
  let base = t;
  while (base.base !== null && base.base.make === base.make && base.base !== objectType) base = base.base;
  return base;
}

/** best_base: the base whose solid base is the most derived; every other solid base must be its ancestor. */
export function bestBase(bases: readonly PyType[]): { base: PyType; solid: PyType } {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!b.hasFlag(TypeFlag.BASETYPE)) {
      // CPython names the type by tp_name: module-qualified for a builtin type a module defines (re.Pattern).
      const shown = b.hasFlag(TypeFlag.HEAPTYPE) ? b.name : qualifiedName(b);
      raise(TypeError, `type '${shown}' is not an acceptable base type`);
    }
    const candidate = solidBase(b);
    if (winner === null || (candidate !== winner && candidate.isSubtype(winner))) {
      winner = candidate;
      base = b;
    } else if (!winner.isSubtype(candidate)) {
      raise(TypeError, 'multiple bases have instance lay-out conflict');
    }
  }
  return { base: base!, solid: winner! };
}

/** True when t's instances already have `name` ('__dict__' or '__weakref__') from t or an ancestor. */
export function instancesHave(t: PyType, name: string): boolean {
  for (const b of t.mro) if (b !== objectType && b.ns.getStr(name) !== undefined) return true;
  return false;
}

export interface SlotLayout {
  addDict: boolean;
  addWeak: boolean;
  /** The member slots the class itself adds, mangled and sorted. */
  members: string[];
}

/** type_new_slots: what __slots__ (or its absence) in `dict` makes of a class extending `best`. */
export function slotLayout(className: string, best: PyType, bases: readonly PyType[], dict: PyDict): SlotLayout {
  const mayAddDict = !instancesHave(best, '__dict__');
  const mayAddWeak = !instancesHave(best, '__weakref__') && !best.hasFlag(VAR_SIZED);
  const slots = dict.getStr('__slots__');
  if (slots === undefined) return { addDict: mayAddDict, addWeak: mayAddWeak, members: [] };

  const items: PyValue[] = slots instanceof PyStr ? [slots] : toArray(slots);
  const owned = !(slots instanceof PyStr);
  try {
    if (items.length > 0 && best.hasFlag(VAR_SIZED)) raise(TypeError, `nonempty __slots__ not supported for subtype of '${best.name}'`);
    let addDict = false;
    let addWeak = false;
    for (const item of items) {
      if (!(item instanceof PyStr)) raise(TypeError, `__slots__ items must be strings, not '${typeName(item)}'`);
      if (!isIdentifier(item.value)) raise(TypeError, '__slots__ must be identifiers');
      if (item.value === '__dict__') {
        if (!mayAddDict || addDict) raise(TypeError, '__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (item.value === '__weakref__') {
        if (!mayAddWeak || addWeak) raise(TypeError, '__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        addWeak = true;
      }
    }
    const members: string[] = [];
    for (const item of items) {
      const v = (item as PyStr).value;
      if (v === '__dict__' || v === '__weakref__') continue;
      const m = mangle(className, v);
      // The class statement's own __qualname__ and __classcell__ are removed later: no conflict.
      if (dict.getStr(m) !== undefined && m !== '__qualname__' && m !== '__classcell__') {
        const s = newStr(m);
        const shown = repr(s);
        decref(s);
        raise(classHooks.valueError(), `${shown} in __slots__ conflicts with class variable`);
      }
      members.push(m);
    }
    members.sort(compareCodePoints);
    // Secondary bases may provide the dict or the weakref list.
    if (bases.length > 1 && ((mayAddDict && !addDict) || (mayAddWeak && !addWeak))) {
      for (const b of bases) {
        if (b === best) continue;
        if (mayAddDict && !addDict && instancesHave(b, '__dict__')) addDict = true;
        if (mayAddWeak && !addWeak && instancesHave(b, '__weakref__')) addWeak = true;
      }
    }
    return { addDict, addWeak, members };
  } finally {
    if (owned) for (const i of items) decref(i);
  }
}

/** str ordering (by code point, as list.sort orders strs), not JS's UTF-16 unit order. */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
