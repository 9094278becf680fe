// The recursion guard of CPython's compiler passes. The folder (and the
// symtable) count nesting of statements, expressions and patterns against
// three times sys.getrecursionlimit(), starting from three times the Python
// call depth at which compile() was called, and raise RecursionError past it.

/** CPython's COMPILER_STACK_FRAME_SCALE: compiler levels allowed per Python frame. */
export const COMPILER_STACK_FRAME_SCALE = 3;

/** sys.getrecursionlimit() by default. */
export const DEFAULT_RECURSION_LIMIT = 1000;

/** The RecursionError a compiler pass raises on a too deeply nested tree. */
export class CompileRecursionError extends Error {
  readonly pyType = 'RecursionError';
  constructor() {
    super('maximum recursion depth exceeded during compilation');
  }
}

/** A depth counter for one pass. */
export class RecursionGuard {
  private depth: number;
  private readonly limit: number;

  constructor(recursionLimit = DEFAULT_RECURSION_LIMIT, callerDepth = 0) {
    this.depth = callerDepth * COMPILER_STACK_FRAME_SCALE;
    this.limit = recursionLimit * COMPILER_STACK_FRAME_SCALE;
  }

  enter(): void {
    if (++this.depth > this.limit) throw new CompileRecursionError();
  }

  leave(): void {
    this.depth--;
  }
}
