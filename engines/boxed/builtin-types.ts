// The builtin type objects, created before anything else so every module can name them.
//
// Only the type objects live here: what each type does is installed into its namespace by
// the type's own module (see runtime.ts for the order). `builtinType` is how any module adds a
// builtin type of its own (an iterator, a descriptor kind, an exception class).

import { counters, PyObject } from './object.js';
import { PyType, TypeFlag } from './type.js';
import { PyDict } from './types/dict.js';

/** Instances of classes whose solid base is object: attributes in a dict, or in __slots__. */
// It allocates in its own constructor, with PyObject's prototype and fields first, as float does
// (types/numbers.ts says why).
export class PyInstance {
  ob_type: PyType;
  ob_refcnt: number;
  dict: PyDict | null;
  /** Values of the member slots named by the class's `__slots__`, undefined when unset. */
  slots: (import('./object.js').PyValue | undefined)[] | null;
  constructor(type: PyType) {
    this.ob_type = type;
    this.ob_refcnt = 1;
    this.dict = null;
    this.slots = null;
    counters.allocations++;
  }

  declare releaseRefs: () => void;
}
Object.setPrototypeOf(PyInstance.prototype, PyObject.prototype);

const noInstances = (t: PyType): PyObject => {
  throw new Error(`cannot create '${t.name}' instances natively`);
};

function bootstrap(): { objectType: PyType; typeType: PyType; dictType: PyType } {
  const objectType = new PyType(null, 'object', [], TypeFlag.BASETYPE, (t) => new PyInstance(t));
  const typeType = new PyType(null, 'type', [objectType], TypeFlag.BASETYPE | TypeFlag.TYPE_SUBCLASS, noInstances);
  const dictType = new PyType(null, 'dict', [objectType], TypeFlag.BASETYPE | TypeFlag.DICT_SUBCLASS | TypeFlag.MAPPING | TypeFlag.MATCH_SELF, (t) => new PyDict(t));
  for (const t of [objectType, typeType, dictType]) {
    t.ob_type = typeType;
    t.ns = new PyDict(dictType);
  }
  objectType.mro = [objectType];
  typeType.mro = [typeType, objectType];
  dictType.mro = [dictType, objectType];
  objectType.subclasses.push(typeType, dictType);
  return { objectType, typeType, dictType };
}

export const { objectType, typeType, dictType } = bootstrap();

/** A new builtin type with one base (object by default); instances made by `make`. */
export function builtinType(
  name: string,
  options: { base?: PyType; flags?: number; make?: (t: PyType) => PyObject; subclassable?: boolean } = {},
): PyType {
  const base = options.base ?? objectType;
  const flags = (options.flags ?? 0) | (options.subclassable === false ? 0 : TypeFlag.BASETYPE);
  const t = new PyType(typeType, name, [base], flags, options.make ?? base.make);
  t.ns = new PyDict(dictType);
  t.mro = [t, ...base.mro];
  t.inheritCollectionFlags();
  base.subclasses.push(t);
  return t;
}

const sealed = { subclassable: false, make: noInstances };

export const intType = builtinType('int', { flags: TypeFlag.LONG_SUBCLASS | TypeFlag.MATCH_SELF, make: noInstances });
export const boolType = builtinType('bool', { base: intType, ...sealed });
export const floatType = builtinType('float', { flags: TypeFlag.MATCH_SELF, make: noInstances });
export const complexType = builtinType('complex', { make: noInstances });
export const strType = builtinType('str', { flags: TypeFlag.UNICODE_SUBCLASS | TypeFlag.MATCH_SELF, make: noInstances });
export const bytesType = builtinType('bytes', { flags: TypeFlag.BYTES_SUBCLASS | TypeFlag.MATCH_SELF, make: noInstances });
export const bytearrayType = builtinType('bytearray', { flags: TypeFlag.MATCH_SELF, make: noInstances });
export const tupleType = builtinType('tuple', { flags: TypeFlag.TUPLE_SUBCLASS | TypeFlag.SEQUENCE | TypeFlag.MATCH_SELF, make: noInstances });
export const listType = builtinType('list', { flags: TypeFlag.LIST_SUBCLASS | TypeFlag.SEQUENCE | TypeFlag.MATCH_SELF, make: noInstances });
export const setType = builtinType('set', { flags: TypeFlag.MATCH_SELF, make: noInstances });
export const frozensetType = builtinType('frozenset', { flags: TypeFlag.MATCH_SELF, make: noInstances });
export const noneType = builtinType('NoneType', sealed);
export const notImplementedType = builtinType('NotImplementedType', sealed);
export const ellipsisType = builtinType('ellipsis', sealed);
export const moduleType = builtinType('module', { make: noInstances });
export const functionType = builtinType('function', sealed);
export const methodType = builtinType('method', sealed);
export const builtinFunctionType = builtinType('builtin_function_or_method', sealed);
export const methodDescriptorType = builtinType('method_descriptor', sealed);
export const classmethodDescriptorType = builtinType('classmethod_descriptor', sealed);
export const wrapperDescriptorType = builtinType('wrapper_descriptor', sealed);
export const getsetDescriptorType = builtinType('getset_descriptor', sealed);
export const memberDescriptorType = builtinType('member_descriptor', sealed);
export const cellType = builtinType('cell', sealed);
export const codeType = builtinType('code', sealed);
export const frameType = builtinType('frame', sealed);
export const tracebackType = builtinType('traceback', sealed);

/** Types whose namespaces are set up elsewhere; listed for `builtins` and repr. */
export const MODULE_OF_BUILTIN_TYPES = 'builtins';
