// except* support, installed by the exception-group implementation (exception-groups.ts).

import type { PyValue } from '../../boxed/object.js';

export const exceptionGroupHooks = {
  /** CHECK_EG_MATCH: [rest, match] where match is None when nothing matched. */
  checkEgMatch: (_exc: PyValue, _type: PyValue): [PyValue, PyValue] => { throw new Error('except* not installed'); },
  /** PREP_RERAISE_STAR: the exception to re-raise after the except* clauses ran (or None). */
  prepReraiseStar: (_orig: PyValue, _excs: PyValue): PyValue => { throw new Error('except* not installed'); },
};
