// Python functions, bound methods, cells, and the VM's view of a code object.

import { counters, decref, PyObject, xdecref, type PyValue } from '../object.js';
import type { PyType } from '../type.js';
import { cellType, codeType, functionType, methodType } from '../builtin-types.js';
import type { CodeObject } from '../../../shared/bytecode/code.js';
import type { PyDict } from './dict.js';
import type { PyTuple } from './sequences.js';

/**
 * A code object as Python sees it (`f.__code__`). The VM keeps its own prepared form of the
 * code (decoded instructions, constants as objects) in `prepared`, made on first run.
 */
export class PyCode extends PyObject {
  prepared: unknown = undefined;
  constructor(readonly code: CodeObject) {
    super(codeType);
  }
}

export class PyCell extends PyObject {
  constructor(public ref: PyValue | undefined) {
    super(cellType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    xdecref(this.ref);
  }
}

export class PyFunction extends PyObject {
  name: PyValue;
  qualname: PyValue;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  annotations: PyValue | null = null;
  doc: PyValue;
  module: PyValue;
  /** The builtins namespace its frames use (from globals['__builtins__']), found on first call. */
  builtinsNs: PyDict | null = null;

  constructor(readonly code: PyCode, public globals: PyDict, name: PyValue, qualname: PyValue, doc: PyValue, module: PyValue) {
    super(functionType);
    this.name = name;
    this.qualname = qualname;
    this.doc = doc;
    this.module = module;
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.code);
    decref(this.globals);
    decref(this.name);
    decref(this.qualname);
    decref(this.doc);
    decref(this.module);
    xdecref(this.defaults);
    xdecref(this.kwdefaults);
    xdecref(this.closure);
    xdecref(this.annotations);
  }
}

/** A bound method: a function and the instance it was looked up on. */
// (It allocates in its own constructor, as float does: types/numbers.ts says why.)
export class PyMethod {
  ob_type: PyType;
  ob_refcnt: number;
  dict: PyDict | null;
  readonly func: PyValue;
  readonly self: PyValue;
  constructor(func: PyValue, self: PyValue) {
    this.ob_type = methodType;
    this.ob_refcnt = 1;
    this.dict = null;
    this.func = func;
    this.self = self;
    counters.allocations++;
  }

  releaseRefs(): void {
    if (this.dict !== null) decref(this.dict);
    decref(this.func);
    decref(this.self);
  }
}
Object.setPrototypeOf(PyMethod.prototype, PyObject.prototype);
