// What builtins.__import__ needs from the import system, which lives in the engine (the modules
// helper installs it): the builtins module only defines the hook and checks arguments.

import type { PyValue } from '../object.js';

export const importHooks = {
  /**
   * importlib.__import__(name, globals, locals, fromlist, level): the module (a new reference).
   * `globals`/`locals`/`fromlist` are borrowed and may be None; `level` is already checked >= 0.
   */
  importModule: ((_name: string, _globals: PyValue, _locals: PyValue, _fromlist: PyValue, _level: number): PyValue => {
    throw new Error('import system not installed');
  }) as (name: string, globals: PyValue, locals: PyValue, fromlist: PyValue, level: number) => PyValue,
};
