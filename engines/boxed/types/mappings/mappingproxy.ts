// mappingproxy: the read-only view of a mapping that type.__dict__ and view.mapping return.
// Every read is passed to the underlying mapping (get/keys/values/items/copy call its methods,
// as CPython's mappingproxy does); there is no way to write through it.

import { decref, newref, PyObject, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { builtinType, dictType, listType, tupleType } from '../../builtin-types.js';
import { defineAttribute, defineClassMethods, defineMethods, defineStatic } from '../../define.js';
import { newStr } from '../../strings.js';
import { TypeFlag, type PyType } from '../../type.js';
import { PyDict } from '../dict.js';
import { False, True } from '../numbers.js';
import { None } from '../singletons.js';
import { TypeError } from '../exceptions.js';
import type { NativeMethod } from '../native.js';
import { classHooks } from '../../class-hooks.js';
import { call, callSpecial } from '../../protocols/call.js';
import { getAttr } from '../../protocols/attributes.js';
import { getIter } from '../../protocols/iteration.js';
import { contains, getItem } from '../../protocols/items.js';
import { length, repr, str } from '../../protocols/objects.js';
import { Cmp, richCompare } from '../../protocols/compare.js';
import { binaryOp, BinOp } from '../../protocols/numbers.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { checkPositional } from '../../args.js';
import { classGetItemOf } from './generic-alias.js';
import { noArgs, oneArg } from './common.js';

const noInstances = (t: PyType): PyObject => { throw new Error(`cannot create '${t.name}' instances`); };
export const mappingProxyType = builtinType('mappingproxy', { flags: TypeFlag.MAPPING, subclassable: false, make: noInstances });

export class PyMappingProxy extends PyObject {
  /** The mapping (owned). */
  constructor(readonly mapping: PyValue) {
    super(mappingProxyType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.mapping);
  }
}

const target = (self: PyValue): PyValue => (self as PyMappingProxy).mapping;

/** Calls mapping.name(*args). */
function callMethod(self: PyValue, name: string, args: PyValue[]): PyValue {
  const m = getAttr(target(self), name);
  try {
    return call(m, args);
  } finally {
    decref(m);
  }
}

const unwrap = (v: PyValue): PyValue => (v instanceof PyMappingProxy ? v.mapping : v);

const compare = (op: Cmp): NativeMethod => (self, args) => richCompare(target(self), args[0]!, op);

export function installMappingProxy(): void {
  defineStatic(mappingProxyType, '__new__', (_self, args, kw) => {
    const rest = args.slice(1);
    if (kw !== null && kw.length === 1 && kw[0] !== 'mapping') raise(TypeError, `mappingproxy() got an unexpected keyword argument '${kw[0]}'`);
    checkPositional('mappingproxy', rest, null, 1);
    const mapping = rest[0]!;
    const t = typeOf(mapping);
    if (t.lookup('__getitem__') === null || t.isSubtype(listType) || t.isSubtype(tupleType)) {
      raise(TypeError, `mappingproxy() argument must be a mapping, not ${typeName(mapping)}`);
    }
    return new PyMappingProxy(newref(mapping));
  });
  defineMethods(mappingProxyType, {
    __getitem__: (self, args, kw) => getItem(target(self), oneArg('mappingproxy.__getitem__', args, kw)),
    __contains__(self, args, kw) {
      const key = oneArg('mappingproxy.__contains__', args, kw);
      const m = target(self);
      if (m instanceof PyDict && m.ob_type === dictType) return m.find(key) >= 0 ? True : False;
      return contains(m, key) ? True : False;
    },
    __len__: (self) => length(target(self)),
    __iter__: (self) => getIter(target(self)),
    __reversed__(self) {
      const r = callSpecial(target(self), '__reversed__', []);
      if (r === undefined) raise(TypeError, `'${typeName(target(self))}' object is not reversible`);
      return r;
    },
    get(self, args, kw) {
      checkPositional('get', args, kw, 1, 2);
      return callMethod(self, 'get', [args[0]!, args.length > 1 ? args[1]! : None]);
    },
    keys: (self, args, kw) => { noArgs('mappingproxy.keys', args, kw); return callMethod(self, 'keys', []); },
    values: (self, args, kw) => { noArgs('mappingproxy.values', args, kw); return callMethod(self, 'values', []); },
    items: (self, args, kw) => { noArgs('mappingproxy.items', args, kw); return callMethod(self, 'items', []); },
    copy: (self, args, kw) => { noArgs('mappingproxy.copy', args, kw); return callMethod(self, 'copy', []); },
    __repr__: (self) => newStr(`mappingproxy(${repr(target(self))})`),
    __str__: (self) => newStr(str(target(self))),
    __eq__: compare(Cmp.EQ),
    __ne__: compare(Cmp.NE),
    __lt__: compare(Cmp.LT),
    __le__: compare(Cmp.LE),
    __gt__: compare(Cmp.GT),
    __ge__: compare(Cmp.GE),
    __or__: (self, args) => binaryOp(unwrap(self), unwrap(args[0]!), BinOp.OR),
    __ror__: (self, args) => binaryOp(unwrap(args[0]!), unwrap(self), BinOp.OR),
    __ior__: (self) => raise(TypeError, `'|=' is not supported by ${typeName(self)}; use '|' instead`),
  });
  defineClassMethods(mappingProxyType, { __class_getitem__: classGetItemOf('mappingproxy') });
  defineAttribute(mappingProxyType, '__hash__', None);
  classHooks.mappingProxy = (d) => new PyMappingProxy(newref(d));
}
