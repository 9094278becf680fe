// Which values the marshal writer flags for back-references (FLAG_REF/TYPE_REF).
//
// CPython decides per object: a value is flagged when its reference count is
// above one (or it is an interned str), and a second meeting of the same object
// becomes TYPE_REF. We have no reference counts, so the CPython-like policy
// predicts them from how CPython 3.11 builds a module's code objects:
//   - the compiler keeps one cache of constants for the whole module and
//     passes through it every constant (recursively inside tuples and
//     frozensets) and also each code object's co_consts, co_names and
//     co_localsplusnames tuples, co_linetable and co_exceptiontable: equal
//     values met twice are one shared object;
//   - names and constant strs made of [A-Za-z0-9_] (and '*') are interned;
//   - frozenset items are held twice while written, by the list marshal sorts
//     them in, so they are always flagged;
//   - some values are process-wide singletons: (), '', b'', one-character
//     latin-1 strs, one-byte bytes constants and the small ints -5..256;
//   - co_code is also held by the code object's cache (always flagged), the
//     filename by every code object of the file, the top object by the caller;
//   - co_localspluskinds and dotted qualnames are fresh, held once.
// Any policy yields bytes marshal.loads accepts; this one aims at byte
// identity with marshal.dumps of a freshly compiled module (1715 of 1773
// stdlib modules; most of the rest are one-character strs such as '{' that
// some earlier work in the same python3 process happened to intern).

import { ELLIPSIS, PyBytes, PyComplex, PyFrozenset, PyStrCodePoints, PyTuple, type PyConstant } from '../ast/nodes.js';
import { CodeFlag, type CodeObject, isCodeObject } from './code.js';
import type { MarshalValue } from './marshal/format.js';

/**
 * Where the writer meets a value:
 * top: the object handed to dumps; const: a constant (or inside one);
 * name: an interned identifier; codename: co_name (and a qualname equal to it),
 * interned unless it is one of the compiler's own '<...>' names; names/consts: a code
 * object's own tuple of those;
 * merged: other code-object fields that go through the constant cache (line and
 * exception tables); fresh: a value only one code object holds (co_localspluskinds,
 * a dotted qualname); setitem: an item of a constant frozenset; codebytes: co_code;
 * filename: co_filename.
 */
export type ValueRole =
  | 'top' | 'const' | 'name' | 'codename' | 'names' | 'consts' | 'merged' | 'fresh' | 'setitem' | 'codebytes' | 'filename';

export interface RefPolicy {
  /** The identity of a value to flag (met again, it becomes TYPE_REF), or undefined for no flag. */
  key(value: MarshalValue, role: ValueRole): unknown;
  /** The role of a code object's co_qualname; by default 'codename' when it equals co_name, else 'fresh'. */
  qualnameRole?(co: CodeObject): ValueRole;
}

/**
 * A class body (not OPTIMIZED, unlike functions) stores its __qualname__ from
 * a constant that is the very object of its co_qualname, unless an equal
 * constant came first (two classes of one name in one scope): the constant
 * cache then hands out the earlier object and the qualname stays apart, as do
 * the other dotted qualnames, one object per code object.
 */
function qualnameIsConst(co: CodeObject): boolean {
  const classBody = (co.co_flags & CodeFlag.OPTIMIZED) === 0;
  return classBody && co.co_qualname !== co.co_name && co.co_consts.includes(co.co_qualname);
}

/** CPython interns str constants made only of [A-Za-z0-9_] (codeobject.c's all_name_chars). */
export function isAllNameChars(value: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(value);
}

/** Names the compiler gives code objects from static strings, which are not interned. */
const STATIC_CODE_NAMES: ReadonlySet<string> = new Set([
  '<module>', '<lambda>', '<genexpr>', '<listcomp>', '<setcomp>', '<dictcomp>',
]);

/** Whether the writer marks a str as interned ('t', 'A', 'Z'). */
export function isInterned(value: string, role: ValueRole): boolean {
  if (role === 'name') return true;
  if (role === 'codename') return !STATIC_CODE_NAMES.has(value);
  // '*' is an identifier too: `from m import *` puts it in a constant tuple.
  return (role === 'const' || role === 'setitem') && (isAllNameChars(value) || value === '*');
}

/** The role of the items of a container met in `role`. */
export function itemRole(role: ValueRole): ValueRole {
  return role === 'names' ? 'name' : 'const';
}

/** Flags every value, merging equal ones: compact, but not what python3 writes. */
export const refAllValues: RefPolicy = {
  key: (value) => valueKey(value) ?? value,
};

/** The CPython-like policy for one dumps call, after counting the constants of `root`. */
export function cpythonLikeRefs(root: MarshalValue): RefPolicy {
  const counts = new Map<string, number>();
  const sharedQualnames = new Set<CodeObject>();
  if (isCodeObject(root)) countCode(root, { counts, sharedQualnames, qualnamesSeen: new Set() });
  return {
    qualnameRole: (co) => {
      if (co.co_qualname === co.co_name) return 'codename';
      return sharedQualnames.has(co) ? 'merged' : 'fresh';
    },
    key(value, role) {
      if (role === 'top') return valueKey(value) ?? value;
      const key = valueKey(value);
      // Equal frozensets are (nearly always) left apart by the compiler, unlike tuples.
      if (key === undefined) return undefined;
      // The compiler's own names are static strings, distinct from equal constants.
      if (role === 'codename' && STATIC_CODE_NAMES.has(value as string)) return `static ${key}`;
      if (role === 'codebytes') return {}; // a copy made for marshal: flagged, yet never shared
      if (typeof value === 'string') return strKey(value, key, role, counts);
      if (ALWAYS_SHARED.has(role) || isSingleton(value, role)) return key;
      if (role === 'fresh') return undefined;
      return (counts.get(key) ?? 0) > 1 ? key : undefined;
    },
  };
}

/** Roles whose values CPython always holds twice (frozenset items: see the header). */
const ALWAYS_SHARED: ReadonlySet<ValueRole> = new Set(['name', 'codename', 'filename', 'setitem']);

/** An interned str is one object per process, apart from any equal str that is not interned. */
function strKey(value: string, key: string, role: ValueRole, counts: Map<string, number>): string | undefined {
  if (isInterned(value, role)) return `interned ${key}`;
  if (ALWAYS_SHARED.has(role) || isSingleton(value, role)) return key;
  if (role === 'fresh') return undefined;
  return (counts.get(key) ?? 0) > 1 ? key : undefined;
}

/**
 * References to each value that goes through the compiler's constant cache. A
 * container met again is the same object, so only its first meeting holds
 * references to its items.
 */
interface CountState {
  readonly counts: Map<string, number>;
  /** Class bodies whose co_qualname is their __qualname__ constant. */
  readonly sharedQualnames: Set<CodeObject>;
  readonly qualnamesSeen: Set<string>;
}

function countCode(co: CodeObject, state: CountState): void {
  const { counts } = state;
  // Names are interned (always flagged): only the tuples holding them are counted.
  bump(valueKey(new PyTuple(co.co_names)), counts);
  bump(valueKey(new PyTuple(co.co_localsplusnames)), counts);
  bump(valueKey(new PyBytes(co.co_linetable)), counts);
  bump(valueKey(new PyBytes(co.co_exceptiontable)), counts);
  if (qualnameIsConst(co) && !state.qualnamesSeen.has(co.co_qualname)) {
    state.qualnamesSeen.add(co.co_qualname);
    state.sharedQualnames.add(co);
    bump(valueKey(co.co_qualname), counts);
  }
  // co_consts is merged as well; with code objects inside it is unique (no key) and always walked.
  countValue(new PyTuple(co.co_consts as PyConstant[]), state);
}

function bump(key: string | undefined, counts: Map<string, number>): number {
  if (key === undefined) return 0;
  const seen = counts.get(key) ?? 0;
  counts.set(key, seen + 1);
  return seen;
}

function countValue(value: MarshalValue, state: CountState): void {
  if (isCodeObject(value)) return countCode(value, state);
  if (bump(valueKey(value), state.counts) > 0) return;
  if (value instanceof PyTuple || value instanceof PyFrozenset) for (const item of value.items) countValue(item, state);
}

const SMALL_INT_MIN = -5n;
const SMALL_INT_MAX = 256n;

/** Values CPython keeps one copy of for the whole process (one-byte bytes only when made as constants). */
function isSingleton(value: MarshalValue, role: ValueRole): boolean {
  if (typeof value === 'bigint') return value >= SMALL_INT_MIN && value <= SMALL_INT_MAX;
  if (typeof value === 'string') return value.length === 0 || (value.length === 1 && value.charCodeAt(0) < 256);
  if (value instanceof PyBytes) return value.bytes.length === 0 || (value.bytes.length === 1 && role === 'const');
  if (value instanceof PyTuple) return value.items.length === 0;
  return false;
}

/** A string naming a value by type and content, so equal constants share a key; undefined for code objects and containers marshal alone has. */
export function valueKey(value: MarshalValue): string | undefined {
  switch (typeof value) {
    case 'bigint': return `i${value}`;
    case 'number': return Object.is(value, -0) ? 'f-0' : `f${value}`;
    case 'string': return `s${value}`;
    case 'boolean': return value ? 'T' : 'F';
    default: break;
  }
  if (value === null) return 'N';
  if (value === ELLIPSIS) return 'E';
  if (value instanceof PyStrCodePoints) return `p${value.codePoints.join(',')}`;
  if (value instanceof PyBytes) return `b${Array.from(value.bytes).join(',')}`;
  if (value instanceof PyComplex) return `c${Object.is(value.real, -0) ? '-0' : value.real},${Object.is(value.imag, -0) ? '-0' : value.imag}`;
  if (value instanceof PyTuple) return containerKey('t', value.items);
  if (value instanceof PyFrozenset) return containerKey('z', value.items, true);
  return undefined;
}

/** Equal frozensets are equal whatever their iteration order, hence `sorted`. */
function containerKey(tag: string, items: readonly MarshalValue[], sorted = false): string | undefined {
  const keys: string[] = [];
  for (const item of items) {
    const key = valueKey(item);
    if (key === undefined) return undefined;
    keys.push(JSON.stringify(key));
  }
  if (sorted) keys.sort();
  return `${tag}[${keys.join(',')}]`;
}
