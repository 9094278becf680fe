// Async support installed by the async-generator implementation.

import type { PyValue } from '../../boxed/object.js';

export const asyncHooks = {
  beforeAsyncWith: (_mgr: PyValue): [PyValue, PyValue] => { throw new Error('async with not installed'); },
  /** ASYNC_GEN_WRAP: marks a value yielded by an async generator (steals the reference). */
  asyncGenWrap: (v: PyValue): PyValue => v,
};
