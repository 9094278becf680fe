// Argument-count checks that args.ts's parseArgs does not make: argument clinic's first test
// (_PyArg_UnpackKeywords) counts positional and keyword arguments together against the number
// of parameters, so round(1, 2, 3) says "takes at most 2 arguments (3 given)".

import { raise } from '../errors.js';
import { TypeError } from '../types/exceptions.js';

/** Raises clinic's "f() takes at most N arguments (M given)" when too many arguments came in all. */
export function checkTotalArgs(fname: string, given: number, nkw: number, max: number): void {
  if (given <= max) return;
  const npos = given - nkw;
  raise(TypeError, `${fname}() takes at most ${max} ${npos === 0 ? 'keyword ' : ''}argument${max === 1 ? '' : 's'} (${given} given)`);
}
