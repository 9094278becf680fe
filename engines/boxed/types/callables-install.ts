// Installs functions, methods, builtin functions, descriptors (property, classmethod,
// staticmethod, super), cells, code/frame/traceback attributes, dir() support and the Python
// API of generators, coroutines and async generators (callables helper).
//
// The frame-dependent parts (zero-argument super, frame objects, generators) live with the VM in
// engines/cpython/vm/ and are installed from here too.

import { dictType } from '../builtin-types.js';
import { classHooks } from '../class-hooks.js';
import { identityHooks } from '../identity.js';
import { intern, newStr } from '../strings.js';
import { PyDict } from './dict.js';
import { PyList } from './sequences.js';
import { ValueError } from './exceptions.js';
import { registerBuiltinValue } from '../modules/builtins.js';
import { truthy } from '../protocols/objects.js';
import { installFunctionType } from './callables/function-type.js';
import { installMethodType } from './callables/method-type.js';
import { installNativeTypes } from './callables/native-types.js';
import {
  classmethodType, installDescriptorTypes, newClassMethod, newStaticMethod, propertyType, staticmethodType, unwrapStaticMethod,
} from './callables/descriptors.js';
import { installSuperType, newSuper, superType } from './callables/super.js';
import { installCellType } from './callables/cell-type.js';
import { installCodeType } from './callables/code-type.js';
import { objectDir, typeDir } from './callables/dir.js';
import { installObjectClassMethods } from './callables/object-classmethods.js';
import { installUnionType } from './callables/union-type.js';
import { installFrameTypes } from '../../cpython/vm/frame-type.js';
import { installGeneratorTypes } from '../../cpython/vm/generator-type.js';
import { installAsyncGenerators } from '../../cpython/vm/async-generator.js';

/** Appends `note` to the exception's __notes__ (BaseException.add_note). */
function addNote(exc: unknown, note: string): void {
  const e = exc as { dict: PyDict | null } | null;
  if (e === null || typeof e !== 'object' || !('ob_type' in e)) return;
  const d = (e.dict ??= new PyDict(dictType));
  let notes = d.getStr('__notes__');
  if (!(notes instanceof PyList)) {
    notes = new PyList([]);
    d.setStr('__notes__', intern('__notes__'), notes);
    notes.ob_refcnt--;
  }
  (notes as PyList).items.push(newStr(note));
}

export function installCallableTypes(): void {
  installFunctionType();
  installMethodType();
  installNativeTypes();
  installDescriptorTypes();
  installSuperType();
  installCellType();
  installCodeType();
  installObjectClassMethods();
  installUnionType();
  installFrameTypes();
  installGeneratorTypes();
  installAsyncGenerators();

  classHooks.staticMethod = newStaticMethod;
  classHooks.classMethod = newClassMethod;
  classHooks.unwrapStaticMethod = unwrapStaticMethod;
  classHooks.newSuper = newSuper;
  classHooks.addNote = addNote;
  classHooks.valueError = () => ValueError;
  classHooks.typeDir = typeDir;
  classHooks.truthy = truthy;
  identityHooks.dir = objectDir;

  for (const t of [propertyType, classmethodType, staticmethodType, superType]) registerBuiltinValue(t.name, t);
}
