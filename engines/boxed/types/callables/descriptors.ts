// property, classmethod and staticmethod (Objects/descrobject.c, Objects/funcobject.c).
//
// All three are ordinary descriptor types: attribute lookup reaches them through their type's
// __get__/__set__/__delete__. Their instances are plain JS objects with the wrapped callables as
// fields; property's are exposed as read-only members (fget, fset, fdel) and __doc__.

import { decref, incref, newref, PyObject, xdecref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { builtinType, dictType } from '../../builtin-types.js';
import { defineGetSets, defineMethods, defineReadonlyMembers, defineStatic, showAsMembers } from '../../define.js';
import { checkPositional, parseArgs } from '../../args.js';
import { intern, newStr } from '../../strings.js';
import { TypeFlag, type PyType } from '../../type.js';
import { PyFunction, PyMethod } from '../functions.js';
import { False, True } from '../numbers.js';
import { None } from '../singletons.js';
import { PyStr } from '../str.js';
import { PyDict } from '../dict.js';
import { AttributeError, TypeError } from '../exceptions.js';
import { call, callUnbound } from '../../protocols/call.js';
import { getAttrOrUndefined } from '../../protocols/attributes.js';
import { repr, truthy } from '../../protocols/objects.js';
import { typeOf, typeName } from '../../protocols/type-of.js';

// --- property --------------------------------------------------------------------------------

export class PyProperty extends PyObject {
  fget: PyValue = None;
  fset: PyValue = None;
  fdel: PyValue = None;
  doc: PyValue = None;
  /** Set by __set_name__: used in "property 'x' of 'A' object has no setter". */
  name: PyValue = None;
  /** The doc came from fget's docstring, so a new getter brings its own (property_copy). */
  getterDoc = false;

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.fget); decref(this.fset); decref(this.fdel); decref(this.doc); decref(this.name);
  }
}

export const propertyType = builtinType('property', { make: (t) => new PyProperty(t) });

const prop = (self: PyValue): PyProperty => self as PyProperty;

function propertyError(p: PyProperty, obj: PyValue, what: string): never {
  const owner = typeOf(obj).qualname;
  if (p.name instanceof PyStr) raise(AttributeError, `property '${p.name.value}' of '${owner}' object has no ${what}`);
  raise(AttributeError, `property of '${owner}' object has no ${what}`);
}

const PROPERTY_PARAMS = { names: ['fget', 'fset', 'fdel', 'doc'], required: 0 };

function propertyInit(p: PyProperty, args: PyValue[], kwnames: readonly string[] | null): void {
  const [fget, fset, fdel, doc] = parseArgs('property', args, kwnames, PROPERTY_PARAMS);
  const set = (field: 'fget' | 'fset' | 'fdel' | 'doc', v: PyValue | undefined): void => {
    const old = p[field];
    p[field] = newref(v ?? None);
    decref(old);
  };
  set('fget', fget); set('fset', fset); set('fdel', fdel); set('doc', doc);
  p.getterDoc = false;
  // Without an explicit doc, the getter's docstring is the property's.
  if ((doc === undefined || doc === None) && p.fget !== None) {
    const d = getAttrOrUndefined(p.fget, '__doc__');
    if (d !== undefined) {
      if (p.ob_type === propertyType) {
        set('doc', d);
      } else if (d !== None) {
        // A property subclass keeps the docstring in its instance __dict__ (its __doc__ is a class attribute).
        (p.dict ??= new PyDict(dictType)).setStr('__doc__', intern('__doc__'), d);
      }
      decref(d);
      p.getterDoc = true;
    }
  }
}

/** property.getter/setter/deleter: a copy of the property with one function replaced (type(self)(...)). */
function propertyCopy(p: PyProperty, which: 0 | 1 | 2, fn: PyValue): PyValue {
  const fns = [p.fget, p.fset, p.fdel];
  fns[which] = fn;
  const doc = p.getterDoc && which === 0 ? None : p.doc;
  const np = call(typeOf(p), [...fns, doc]);
  if (np instanceof PyProperty) {
    const old = np.name;
    np.name = newref(p.name);
    decref(old);
  }
  return np;
}

function isAbstract(v: PyValue): boolean {
  if (v === None) return false;
  const a = getAttrOrUndefined(v, '__isabstractmethod__');
  if (a === undefined) return false;
  const r = truthy(a);
  decref(a);
  return r;
}

function installProperty(): void {
  defineStatic(propertyType, '__new__', (_self, args) => {
    const cls = args[0] as PyType;
    const p = cls.make(cls);
    if (cls.hasFlag(TypeFlag.HEAPTYPE)) {
      incref(cls);
      if (p.dict === null) p.dict = new PyDict(dictType);
    }
    return p;
  });
  defineMethods(propertyType, {
    __init__(self, args, kwnames) {
      propertyInit(prop(self), args, kwnames);
      return None;
    },
    __get__(self, args, kw) {
      checkPositional('__get__', args, kw, 1, 2);
      const p = prop(self);
      const obj = args[0]!;
      if (obj === None) return newref(self);
      if (p.fget === None) propertyError(p, obj, 'getter');
      return call(p.fget, [obj]);
    },
    __set__(self, args, kw) {
      checkPositional('__set__', args, kw, 2);
      const p = prop(self);
      if (p.fset === None) propertyError(p, args[0]!, 'setter');
      decref(call(p.fset, [args[0]!, args[1]!]));
      return None;
    },
    __delete__(self, args, kw) {
      checkPositional('__delete__', args, kw, 1);
      const p = prop(self);
      if (p.fdel === None) propertyError(p, args[0]!, 'deleter');
      decref(call(p.fdel, [args[0]!]));
      return None;
    },
    __set_name__(self, args, kw) {
      checkPositional('__set_name__', args, kw, 2);
      const p = prop(self);
      const old = p.name;
      p.name = newref(args[1]!);
      decref(old);
      return None;
    },
    getter: (self, args, kw) => { checkPositional('getter', args, kw, 1); return propertyCopy(prop(self), 0, args[0]!); },
    setter: (self, args, kw) => { checkPositional('setter', args, kw, 1); return propertyCopy(prop(self), 1, args[0]!); },
    deleter: (self, args, kw) => { checkPositional('deleter', args, kw, 1); return propertyCopy(prop(self), 2, args[0]!); },
  });
  defineReadonlyMembers(propertyType, {
    fget: (self) => newref(prop(self).fget),
    fset: (self) => newref(prop(self).fset),
    fdel: (self) => newref(prop(self).fdel),
  });
  defineGetSets(propertyType, {
    __doc__: {
      get: (self) => newref(prop(self).doc),
      set(self, v) {
        const p = prop(self);
        const old = p.doc;
        p.doc = newref(v ?? None);
        decref(old);
      },
    },
    __isabstractmethod__(self) {
      const p = prop(self);
      return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel) ? True : False;
    },
  });
  showAsMembers(propertyType, '__doc__');
}

// --- classmethod and staticmethod ------------------------------------------------------------

/** A classmethod or staticmethod: the wrapped callable, and a __dict__ with its copied names. */
export class PyWrappedCallable extends PyObject {
  callable: PyValue = None;

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.callable);
  }
}

export const classmethodType = builtinType('classmethod', { make: (t) => new PyWrappedCallable(t) });
export const staticmethodType = builtinType('staticmethod', { make: (t) => new PyWrappedCallable(t) });

const wrapped = (self: PyValue): PyWrappedCallable => self as PyWrappedCallable;

/** functools_wraps in funcobject.c: copies the callable's names and doc into the wrapper's __dict__. */
function copyWrapperAttributes(w: PyWrappedCallable): void {
  const d = (w.dict ??= new PyDict(dictType));
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const v = getAttrOrUndefined(w.callable, name);
    if (v !== undefined) {
      d.setStr(name, intern(name), v);
      decref(v);
    }
  }
}

function makeWrapped(type: PyType, callable: PyValue): PyWrappedCallable {
  const w = type.make(type) as PyWrappedCallable;
  if (type.hasFlag(TypeFlag.HEAPTYPE)) incref(type);
  w.callable = newref(callable);
  copyWrapperAttributes(w);
  return w;
}

/** classmethod(f) for class creation (__init_subclass__, __class_getitem__). */
export const newClassMethod = (f: PyValue): PyValue => makeWrapped(classmethodType, f);
/** staticmethod(f) for class creation (__new__). */
export const newStaticMethod = (f: PyValue): PyValue => makeWrapped(staticmethodType, f);
/** The function inside a staticmethod (borrowed), or the value itself. */
export const unwrapStaticMethod = (v: PyValue): PyValue => (v instanceof PyWrappedCallable && v.ob_type === staticmethodType ? v.callable : v);

function installWrapper(type: PyType, kind: string): void {
  defineStatic(type, '__new__', (_self, args) => {
    const cls = args[0] as PyType;
    const w = cls.make(cls);
    if (cls.hasFlag(TypeFlag.HEAPTYPE)) incref(cls);
    return w;
  });
  defineMethods(type, {
    __init__(self, args, kw) {
      checkPositional(kind, args, kw, 1);
      const w = wrapped(self);
      const old = w.callable;
      w.callable = newref(args[0]!);
      xdecref(old);
      copyWrapperAttributes(w);
      return None;
    },
    __repr__: (self) => newStr(`<${kind}(${repr(wrapped(self).callable)})>`),
  });
  defineReadonlyMembers(type, {
    __func__: (self) => newref(wrapped(self).callable),
    __wrapped__: (self) => newref(wrapped(self).callable),
  });
  defineGetSets(type, {
    __isabstractmethod__: (self) => (isAbstract(wrapped(self).callable) ? True : False),
    __dict__: {
      get: (self) => newref((wrapped(self).dict ??= new PyDict(dictType))),
      set(self, v) {
        if (!(v instanceof PyDict)) raise(TypeError, `__dict__ must be set to a dictionary, not a '${v === undefined ? 'NoneType' : typeName(v)}'`);
        const w = wrapped(self);
        xdecref(w.dict);
        w.dict = newref(v);
      },
    },
  });
}

function installClassAndStaticMethod(): void {
  installWrapper(classmethodType, 'classmethod');
  installWrapper(staticmethodType, 'staticmethod');
  defineMethods(classmethodType, {
    __get__(self, args, kw) {
      checkPositional('__get__', args, kw, 1, 2);
      const obj = args[0]!;
      const type = args.length > 1 && args[1] !== None ? args[1]! : typeOf(obj);
      const f = wrapped(self).callable;
      // 3.9-3.12 chain descriptors: classmethod(property) binds the property to the class.
      if (f instanceof PyFunction) return new PyMethod(newref(f), newref(type));
      if (typeof f !== 'number') {
        const get = f.ob_type.lookup('__get__');
        if (get !== null) return callUnbound(get, f, [type, type]);
      }
      return new PyMethod(newref(f), newref(type));
    },
  });
  defineMethods(staticmethodType, {
    __get__(self, args, kw) {
      checkPositional('__get__', args, kw, 1, 2);
      return newref(wrapped(self).callable);
    },
    __call__: (self, args, kwnames) => call(wrapped(self).callable, args, kwnames),
  });
}

export function installDescriptorTypes(): void {
  installProperty();
  installClassAndStaticMethod();
}
