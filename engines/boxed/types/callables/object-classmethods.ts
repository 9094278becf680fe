// object's class methods (Objects/typeobject.c declares them METH_CLASS): __init_subclass__,
// which class creation calls through super() on the new class, and __subclasshook__.

import { raise } from '../../errors.js';
import { defineClassMethods } from '../../define.js';
import { objectType } from '../../builtin-types.js';
import type { PyType } from '../../type.js';
import { None, NotImplemented } from '../singletons.js';
import { TypeError } from '../exceptions.js';

export function installObjectClassMethods(): void {
  defineClassMethods(objectType, {
    __init_subclass__(cls, args, kwnames) {
      const name = `${(cls as PyType).qualname}.__init_subclass__`;
      if (kwnames !== null && kwnames.length > 0) raise(TypeError, `${name}() takes no keyword arguments`);
      if (args.length > 0) raise(TypeError, `${name}() takes no arguments (${args.length} given)`);
      return None;
    },
    __subclasshook__: () => NotImplemented,
  });
}
