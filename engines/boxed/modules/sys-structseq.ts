// Struct sequences (CPython's structseq): tuples whose items also have names, as sys.version_info,
// sys.flags, sys.float_info and time.struct_time are. The first `visible` fields are the tuple's
// items; the rest (struct_time's tm_zone, tm_gmtoff) are reachable by name only.

import { decref, newref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { builtinType, tupleType } from '../builtin-types.js';
import { defineAttribute, defineGetSets, defineMethods, defineStatic } from '../define.js';
import { intern, newStr } from '../strings.js';
import { PyTuple } from '../types/sequences.js';
import { None } from '../types/singletons.js';
import { TypeError } from '../types/exceptions.js';
import { intFromNumber } from '../types/numbers.js';
import { PyType } from '../type.js';
import { repr } from '../protocols/objects.js';
import { toArray } from '../protocols/iteration.js';
import { typeName } from '../protocols/type-of.js';

export class PyStructSeq extends PyTuple {
  /** Values of the fields beyond the visible ones. */
  extra: PyValue[] = [];

  override releaseRefs(): void {
    super.releaseRefs();
    for (const v of this.extra) decref(v);
  }
}

interface StructSeqInfo {
  readonly fields: readonly string[];
  readonly visible: number;
  readonly fullName: string;
}

const infos = new WeakMap<PyType, StructSeqInfo>();

/** Makes a struct sequence type named like 'sys.version_info' (module 'sys', name 'version_info'). */
export function structSeqType(fullName: string, fields: readonly string[], visible = fields.length): PyType {
  const dot = fullName.lastIndexOf('.');
  const t = builtinType(fullName.slice(dot + 1), { base: tupleType, subclassable: false });
  const info = { fields, visible, fullName };
  infos.set(t, info);
  defineAttribute(t, '__module__', intern(fullName.slice(0, dot)));
  defineAttribute(t, 'n_sequence_fields', intFromNumber(visible));
  defineAttribute(t, 'n_fields', intFromNumber(fields.length));
  defineAttribute(t, 'n_unnamed_fields', 0);
  const getsets: Record<string, (self: PyValue) => PyValue> = {};
  fields.forEach((name, i) => {
    getsets[name] = i < visible
      ? (self) => newref((self as PyStructSeq).items[i]!)
      : (self) => newref((self as PyStructSeq).extra[i - visible] ?? None);
  });
  defineGetSets(t, getsets);
  defineMethods(t, {
    __repr__(self) {
      const s = self as PyStructSeq;
      const parts = s.items.map((v, i) => `${fields[i]}=${repr(v)}`);
      return newStr(`${fullName}(${parts.join(', ')})`);
    },
    __reduce__(self) {
      const s = self as PyStructSeq;
      return new PyTuple([newref(t), new PyTuple([new PyTuple(s.items.map((v) => newref(v)))])]);
    },
  });
  defineStatic(t, '__new__', (_self, args, kwnames) => {
    const cls = args[0] as PyType;
    const seqArg = args[1];
    if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${fullName}() takes no keyword arguments`);
    if (seqArg === undefined || args.length > 3) raise(TypeError, `${fullName}() takes at most 2 arguments (${args.length - 1} given)`);
    const items = toArray(seqArg);
    const n = items.length;
    if (n < visible || n > fields.length) {
      items.forEach(decref);
      const what = visible === fields.length ? `a ${visible}-sequence` : `an at least ${visible}-sequence`;
      if (n < visible) raise(TypeError, `${fullName}() takes ${what} (${n}-sequence given)`);
      raise(TypeError, `${fullName}() takes an at most ${fields.length}-sequence (${n}-sequence given)`);
    }
    return makeStructSeq(cls, items);
  });
  return t;
}

/** An instance of a struct sequence type, taking the references in `values`. */
export function makeStructSeq(type: PyType, values: PyValue[]): PyStructSeq {
  const info = infos.get(type);
  if (info === undefined) raise(TypeError, `${typeName(type)} is not a struct sequence type`);
  const s = new PyStructSeq(values.slice(0, info.visible), type);
  s.extra = values.slice(info.visible);
  return s;
}
