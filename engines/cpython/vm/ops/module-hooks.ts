// Instructions whose work belongs to the runtime (imports, class creation, formatting, pattern
// matching, the interactive display hook), reached through hooks the runtime installs so that
// the loop does not import the whole runtime.

import type { PyValue } from '../../../boxed/object.js';
import type { Frame } from '../frame.js';

const missing = (what: string) => (): never => { throw new Error(`${what} not installed`); };

export const runtimeOps = {
  importName: missing('import') as (frame: Frame, name: string, fromlist: PyValue, level: PyValue) => PyValue,
  importFrom: missing('import') as (module: PyValue, name: string) => PyValue,
  importStar: missing('import') as (frame: Frame, module: PyValue) => void,
  formatValue: missing('formatting') as (v: PyValue, conversion: number, spec: PyValue | null) => PyValue,
  printExpr: missing('displayhook') as (v: PyValue) => void,
  matchMapping: missing('match') as (v: PyValue) => boolean,
  matchSequence: missing('match') as (v: PyValue) => boolean,
  matchKeys: missing('match') as (subject: PyValue, keys: PyValue) => PyValue,
  matchClass: missing('match') as (subject: PyValue, cls: PyValue, count: number, names: PyValue) => PyValue,
};
