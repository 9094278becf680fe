// super (Objects/typeobject.c): attribute lookup that starts after a given class in the MRO
// of an instance's (or class's) type.
//
// The zero-argument form reads the calling frame — its first argument and its `__class__`
// cell — which only the VM can do: it installs `superHooks.zeroArgs`.

import { decref, incref, newref, PyObject, xdecref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { builtinType } from '../../builtin-types.js';
import { defineMethods, defineReadonlyMembers, defineStatic } from '../../define.js';
import { checkPositional, noKeywords } from '../../args.js';
import { asAttrName } from '../../convert.js';
import { newStr } from '../../strings.js';
import { PyType, TypeFlag } from '../../type.js';
import { None } from '../singletons.js';
import { RuntimeError, TypeError } from '../exceptions.js';
import { PyFunction, PyMethod } from '../functions.js';
import { PyMethodDescriptor } from '../native.js';
import { getAttrOrUndefined, getDescriptor, genericGetAttr, missingAttribute } from '../../protocols/attributes.js';
import { typeOf, typeName } from '../../protocols/type-of.js';

export class PySuper extends PyObject {
  thisType: PyType | null = null;
  obj: PyValue | null = null;
  objType: PyType | null = null;

  override releaseRefs(): void {
    super.releaseRefs();
    xdecref(this.thisType);
    xdecref(this.obj);
    xdecref(this.objType);
  }
}

export const superType = builtinType('super', { make: (t) => new PySuper(t) });

export const superHooks = {
  /** [__class__, first argument] of the calling Python frame (borrowed), or raises RuntimeError. */
  zeroArgs: (): [PyType, PyValue] => raise(RuntimeError, 'super(): no current frame'),
};

/** supercheck: the type whose MRO the lookup walks, or TypeError. */
function superCheck(type: PyType, obj: PyValue): PyType {
  if (obj instanceof PyType && obj.isSubtype(type)) return obj;
  const t = typeOf(obj);
  if (t.isSubtype(type)) return t;
  // obj.__class__ may differ from type(obj) (proxies).
  const cls = getAttrOrUndefined(obj, '__class__');
  if (cls !== undefined) {
    decref(cls);
    if (cls instanceof PyType && cls !== t && cls.isSubtype(type)) return cls;
  }
  raise(TypeError, 'super(type, obj): obj must be an instance or subtype of type');
}

function setSuper(s: PySuper, type: PyType, obj: PyValue | null): void {
  const objType = obj === null ? null : superCheck(type, obj);
  xdecref(s.thisType); xdecref(s.obj); xdecref(s.objType);
  s.thisType = newref(type);
  s.obj = obj === null ? null : newref(obj);
  s.objType = objType === null ? null : newref(objType);
}

/** super(type, obj) made natively (type.__new__ uses it for __init_subclass__). */
export function newSuper(type: PyType, obj: PyValue): PyValue {
  const s = new PySuper(superType);
  setSuper(s, type, obj);
  return s;
}

/** super_getattro: the attribute from the classes after thisType in objType's MRO, else super's own. */
export function superGetAttr(s: PySuper, name: string): PyValue | undefined {
  const start = s.objType;
  if (start !== null && name !== '__class__') {
    const mro = start.mro;
    let i = mro.indexOf(s.thisType!) + 1;
    if (i > 0) {
      for (; i < mro.length; i++) {
        const res = mro[i]!.ns.getStr(name);
        if (res === undefined) continue;
        // Bind as CPython does: no instance when the super object was made from a class.
        const inst = s.obj === start ? null : s.obj;
        if (typeof res === 'number') return res;
        if (res instanceof PyFunction) return inst === null ? newref(res) : new PyMethod(newref(res), newref(inst));
        if (res instanceof PyMethodDescriptor && inst !== null) return getDescriptor(res, inst, start);
        return getDescriptor(res, inst, start);
      }
    }
  }
  return genericGetAttr(s, name);
}

function superRepr(s: PySuper): string {
  // super_repr prints tp_name: a class's bare __name__, not its module-qualified repr.
  const cls = `<class '${s.thisType === null ? 'NULL' : s.thisType.name}'>`;
  if (s.objType === null) return `<super: ${cls}, NULL>`;
  return `<super: ${cls}, <${s.objType.name} object>>`;
}

function superInit(s: PySuper, args: PyValue[], kwnames: readonly string[] | null): void {
  noKeywords('super', kwnames);
  checkPositional('super', args, null, 0, 2);
  let type: PyValue;
  let obj: PyValue | null = null;
  if (args.length === 0) {
    [type, obj] = superHooks.zeroArgs();
  } else {
    type = args[0]!;
    if (args.length > 1 && args[1] !== None) obj = args[1]!;
  }
  if (!(type instanceof PyType)) raise(TypeError, `super() argument 1 must be a type, not ${typeName(type)}`);
  setSuper(s, type, obj);
}

export function installSuperType(): void {
  defineStatic(superType, '__new__', (_self, args) => {
    const cls = args[0] as PyType;
    const s = cls.make(cls);
    if (cls.hasFlag(TypeFlag.HEAPTYPE)) incref(cls);
    return s;
  });
  defineMethods(superType, {
    __init__(self, args, kwnames) {
      superInit(self as PySuper, args, kwnames);
      return None;
    },
    __getattribute__(self, args, kw) {
      checkPositional('__getattribute__', args, kw, 1);
      const name = asAttrName(args[0]!);
      const v = superGetAttr(self as PySuper, name);
      if (v === undefined) throw missingAttribute(self, name);
      return v;
    },
    __get__(self, args, kw) {
      checkPositional('__get__', args, kw, 1, 2);
      const s = self as PySuper;
      const obj = args[0]!;
      if (obj === None || s.obj !== null) return newref(self);
      if (s.ob_type !== superType) {
        // A subclass of super: call it, as CPython does.
        return raise(TypeError, 'super subclass binding is not supported');
      }
      return newSuper(s.thisType!, obj);
    },
    __repr__: (self) => newStr(superRepr(self as PySuper)),
  });
  defineReadonlyMembers(superType, {
    __thisclass__: (self) => newref((self as PySuper).thisType ?? None),
    __self__: (self) => newref((self as PySuper).obj ?? None),
    __self_class__: (self) => newref((self as PySuper).objType ?? None),
  });
}
