// The Python exceptions that the shared kernels raise, as data.
//
// Kernels work on JS primitives and know nothing of an object model, but when
// an operation fails in Python (1 // 0, 1 << -1, 2.0 ** 10000) every engine
// must raise the same exception with CPython's message. A kernel throws a
// KernelError naming the Python exception type; an engine turns it into its
// own exception object, and the constant folder treats it as "do not fold".

/** The exception types kernels can raise. */
export type KernelErrorType = 'ZeroDivisionError' | 'OverflowError' | 'ValueError' | 'TypeError' | 'IndexError' | 'KeyError' | 'MemoryError';

export class KernelError extends Error {
  constructor(readonly pyType: KernelErrorType, message: string) {
    super(message);
  }
}

/** Throws the Python exception `pyType(message)`. */
export function raise(pyType: KernelErrorType, message: string): never {
  throw new KernelError(pyType, message);
}
