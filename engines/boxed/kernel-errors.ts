// Kernel errors at the object model's boundary: shared kernels throw KernelError(pyType, message)
// naming a Python exception type; engines/boxed code converts them here into Python exceptions.
//
// Use:  try { ...kernel call... } catch (e) { throw fromKernel(e); }
// Anything that is not a KernelError (a Python exception already, or an engine bug) is returned
// unchanged, so the rethrow above is always correct.

import { KernelError } from '../../shared/kernels/py-error.js';
import { newException } from './errors.js';
import { EXCEPTION_TYPES, SystemError } from './types/exceptions.js';

/** The Python exception for a kernel error (not raised); other thrown values unchanged. */
export function fromKernel(e: unknown): unknown {
  if (!(e instanceof KernelError)) return e;
  const type = EXCEPTION_TYPES.get(e.pyType) ?? SystemError;
  return newException(type, e.message);
}

/** Runs a kernel function, converting a KernelError it throws into the Python exception. */
export function kernelCall<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw fromKernel(e);
  }
}
