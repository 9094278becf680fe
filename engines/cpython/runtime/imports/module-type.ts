// The module type (types.ModuleType): creating modules from Python, their repr (CPython's
// _module_repr_from_spec), __dir__ (a module-level __dir__ wins, PEP 562), attribute lookup
// with a module-level __getattr__ and the "partially initialized module" wording, __dict__,
// and __class__ assignment between module types.

import { decref, incref, newref, type PyValue } from '../../../boxed/object.js';
import { raise } from '../../../boxed/errors.js';
import { parseArgs } from '../../../boxed/args.js';
import { dictType, moduleType, typeType } from '../../../boxed/builtin-types.js';
import { defineGetSets, defineMethods, defineStatic } from '../../../boxed/define.js';
import { intern, newStr } from '../../../boxed/strings.js';
import { PyType, TypeFlag } from '../../../boxed/type.js';
import { PyDict } from '../../../boxed/types/dict.js';
import { PyModule } from '../../../boxed/types/module.js';
import { PyList } from '../../../boxed/types/sequences.js';
import { None } from '../../../boxed/types/singletons.js';
import { PyStr } from '../../../boxed/types/str.js';
import { PyBaseException, TypeError } from '../../../boxed/types/exceptions.js';
import { contains } from '../../../boxed/protocols/items.js';
import { call } from '../../../boxed/protocols/call.js';
import {
  attributeError, genericGetAttr, getAttrOrUndefined, moduleGetAttr, setNativeGetattributes,
} from '../../../boxed/protocols/attributes.js';
import { repr, truthy } from '../../../boxed/protocols/objects.js';
import { typeName } from '../../../boxed/protocols/type-of.js';

const MODULE_INIT = { names: ['name', 'doc'], required: 1 };

function ns(self: PyValue): PyDict {
  return (self as PyModule).ns;
}

function setName(d: PyDict, name: string, v: PyValue): void {
  d.setStr(name, intern(name), v);
}

/** The attribute through the module's own lookup, swallowing AttributeError (a new reference or undefined). */
function optionalAttr(v: PyValue, name: string): PyValue | undefined {
  return getAttrOrUndefined(v, name);
}

/** repr(module) as importlib's _module_repr does it. */
export function moduleRepr(mod: PyValue): string {
  const spec = optionalAttr(mod, '__spec__');
  try {
    if (spec !== undefined && spec !== None) return reprFromSpec(spec);
  } finally {
    if (spec !== undefined) decref(spec);
  }
  const nameV = optionalAttr(mod, '__name__');
  const name = nameV === undefined ? "'?'" : repr(nameV);
  if (nameV !== undefined) decref(nameV);
  const file = optionalAttr(mod, '__file__');
  if (file !== undefined) {
    const r = `<module ${name} from ${repr(file)}>`;
    decref(file);
    return r;
  }
  const loader = optionalAttr(mod, '__loader__');
  const r = loader === undefined || loader === None ? `<module ${name}>` : `<module ${name} (${repr(loader)})>`;
  if (loader !== undefined) decref(loader);
  return r;
}

function reprFromSpec(spec: PyValue): string {
  const get = (n: string): PyValue => optionalAttr(spec, n) ?? None;
  const nameV = get('name');
  const name = nameV === None ? "'?'" : repr(nameV);
  const origin = get('origin');
  const loader = get('loader');
  const hasLocation = get('has_location');
  try {
    if (origin === None) return loader === None ? `<module ${name}>` : `<module ${name} (${repr(loader)})>`;
    if (truthy(hasLocation)) return `<module ${name} from ${repr(origin)}>`;
    return `<module ${name} (${origin instanceof PyStr ? origin.value : repr(origin)})>`;
  } finally {
    decref(nameV); decref(origin); decref(loader); decref(hasLocation);
  }
}

/** True while the module's spec says it is being imported. */
export function isInitializing(mod: PyValue): boolean {
  if (!(mod instanceof PyModule)) return false;
  const spec = mod.ns.getStr('__spec__');
  if (spec === undefined || spec === None) return false;
  const flag = optionalAttr(spec, '_initializing');
  if (flag === undefined) return false;
  const on = truthy(flag);
  decref(flag);
  return on;
}

/** True while `name` is a submodule of `mod` being imported (CPython's _PyModuleSpec_IsUninitializedSubmodule). */
function isUninitializedSubmodule(mod: PyModule, name: string): boolean {
  const spec = mod.ns.getStr('__spec__');
  if (spec === undefined || spec === None) return false;
  const children = optionalAttr(spec, '_uninitialized_submodules');
  if (children === undefined) return false;
  const key = newStr(name);
  try {
    return contains(children, key);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    decref(e);
    return false;
  } finally {
    decref(key);
    decref(children);
  }
}

/** The AttributeError module_getattro raises for a missing name: worded for a module being imported. */
function moduleAttributeError(self: PyModule, name: string): PyBaseException {
  const modName = ns(self).getStr('__name__');
  if (!(modName instanceof PyStr)) return attributeError(self, name, `module has no attribute '${name}'`);
  if (isInitializing(self)) {
    return attributeError(self, name,
      `partially initialized module '${modName.value}' has no attribute '${name}' (most likely due to a circular import)`);
  }
  if (isUninitializedSubmodule(self, name)) {
    return attributeError(self, name,
      `cannot access submodule '${name}' of module '${modName.value}' (most likely due to a circular import)`);
  }
  return attributeError(self, name, `module '${modName.value}' has no attribute '${name}'`);
}

/** module.__getattribute__: the generic lookup, then __getattr__ from the module dict, then CPython's error. */
function moduleGetattribute(self: PyValue, name: string): PyValue {
  const v = moduleGetAttr(self as PyModule, name);
  if (v !== undefined) return v;
  throw moduleAttributeError(self as PyModule, name);
}

export function installModuleType(): void {
  defineStatic(moduleType, '__new__', (_self, args) => {
    const cls = args[0];
    if (!(cls instanceof PyType) || !cls.isSubtype(moduleType)) raise(TypeError, 'module.__new__(X): X is not a subtype of module');
    if (cls.hasFlag(TypeFlag.HEAPTYPE)) incref(cls);
    const d = new PyDict(dictType);
    const m = new PyModule(d, cls);
    return m;
  });
  defineMethods(moduleType, {
    __init__(self, args, kwnames) {
      const [name, doc] = parseArgs('module', args, kwnames, MODULE_INIT);
      if (!(name instanceof PyStr)) raise(TypeError, `module() argument 'name' must be str, not ${typeName(name!)}`);
      const d = ns(self);
      setName(d, '__name__', name);
      setName(d, '__doc__', doc ?? None);
      setName(d, '__package__', None);
      setName(d, '__loader__', None);
      setName(d, '__spec__', None);
      return None;
    },
    __repr__: (self) => newStr(moduleRepr(self)),
    __dir__(self) {
      const d = genericGetAttr(self, '__dict__');
      if (!(d instanceof PyDict)) {
        const n = ns(self).getStr('__name__');
        if (d !== undefined) decref(d);
        raise(TypeError, `<module>.__dict__ is not a dictionary`.replace('<module>', n instanceof PyStr ? n.value : '?'));
      }
      try {
        const hook = d.getStr('__dir__');
        if (hook !== undefined) return call(hook, []);
        const keys: PyValue[] = [];
        for (let i = d.next(-1); i >= 0; i = d.next(i)) keys.push(newref(d.keyAt(i)));
        return new PyList(keys);
      } finally {
        decref(d);
      }
    },
    __getattribute__(self, args) {
      const name = args[0]!;
      if (!(name instanceof PyStr)) raise(TypeError, `attribute name must be string, not '${typeName(name)}'`);
      return moduleGetattribute(self, name.value);
    },
  });
  defineGetSets(moduleType, {
    __dict__: (self) => newref(ns(self)),
    __class__: {
      get: (self) => newref((self as PyModule).ob_type),
      set(self, value) {
        if (value === undefined) raise(TypeError, "can't delete __class__ attribute");
        if (!(value instanceof PyType)) raise(TypeError, `__class__ must be set to a class, not '${typeName(value)}' object`);
        if (!value.isSubtype(moduleType)) {
          raise(TypeError, `__class__ assignment: '${value.name}' object layout differs from '${(self as PyModule).ob_type.name}'`);
        }
        const o = self as PyModule;
        const old = o.ob_type;
        if (value.hasFlag(TypeFlag.HEAPTYPE)) incref(value);
        o.ob_type = value;
        if (old.hasFlag(TypeFlag.HEAPTYPE)) decref(old);
      },
    },
  });
  setNativeGetattributes(typeType.ns.getStr('__getattribute__') ?? None, moduleType.ns.getStr('__getattribute__')!, moduleAttributeError);
}
