// Parts of an exception report that the exception types supply: 3.11's "Did you mean"
// suggestions, SyntaxError fields, ExceptionGroup members.

import type { PyValue } from '../../boxed/object.js';
import type { PyBaseException } from '../../boxed/types/exceptions.js';
import type { PySyntaxError } from '../../../shared/errors/syntax-error.js';

export const exceptionReportHooks = {
  suggestion: ((_e: PyBaseException) => null) as (e: PyBaseException) => string | null,
  syntaxError: ((_e: PyBaseException) => undefined) as (e: PyBaseException) => PySyntaxError | undefined,
  groupMembers: ((_e: PyBaseException) => undefined) as (e: PyBaseException) => PyValue[] | undefined,
};
