// `_pyw_abc`: the part of CPython's `_abc` accelerator Python code cannot do, the type flags that
// decide what match's sequence and mapping patterns accept. abc.py calls it where `_abc` does:
// ABCMeta reads `__abc_tpflags__` from a new ABC's namespace, and register() passes the ABC's flag
// on to the registered class and its subclasses. collections marks its deque as a sequence.

import { newref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { checkPositional } from '../args.js';
import { defineFunctions } from '../define.js';
import { intValue } from '../types/numbers.js';
import { intType } from '../builtin-types.js';
import { COLLECTION_FLAGS, PyType, TypeFlag } from '../type.js';
import { TypeError } from '../types/exceptions.js';
import { None } from '../types/singletons.js';
import type { PyModule } from '../types/module.js';
import type { NativeMethod } from '../types/native.js';
import { typeOf } from '../protocols/type-of.js';
import { intern } from '../strings.js';

/** set_collection_flag_recursive: builtin types keep their own flags, as immutable types do. */
function setCollectionFlag(child: PyType, flag: number): void {
  if (!child.hasFlag(TypeFlag.HEAPTYPE) || (child.flags & COLLECTION_FLAGS) === flag) return;
  child.flags = (child.flags & ~COLLECTION_FLAGS) | flag;
  for (const grandchild of child.subclasses) setCollectionFlag(grandchild, flag);
}

function typeArg(v: PyValue, fname: string): PyType {
  if (!(v instanceof PyType)) raise(TypeError, `${fname}() argument must be a type`);
  return v;
}

const functions: Record<string, NativeMethod> = {
  /** init_flags(cls): _abc_init's use of `__abc_tpflags__`, which it then deletes from the namespace. */
  init_flags(_self, args, kw) {
    checkPositional('init_flags', args, kw, 1);
    const cls = typeArg(args[0]!, 'init_flags');
    const flags = cls.ns.getStr('__abc_tpflags__');
    if (flags === undefined) return newref(None);
    if (typeOf(flags) === intType) {
      const val = Number(BigInt.asUintN(32, BigInt(intValue(flags)!)));
      if ((val & COLLECTION_FLAGS) === COLLECTION_FLAGS) {
        raise(TypeError, '__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
      }
      cls.flags |= val & COLLECTION_FLAGS;
    }
    cls.ns.delete(intern('__abc_tpflags__'));
    cls.modified();
    return newref(None);
  },
  /** register_flags(abc, subclass): what _abc_register does to the registered class's flags. */
  register_flags(_self, args, kw) {
    checkPositional('register_flags', args, kw, 2);
    const flag = typeArg(args[0]!, 'register_flags').flags & COLLECTION_FLAGS;
    if (flag) setCollectionFlag(typeArg(args[1]!, 'register_flags'), flag);
    return newref(None);
  },
};

export function initAbcModule(mod: PyModule): void {
  defineFunctions(mod.ns, mod, functions);
}
