// Installs BaseException and every builtin exception: attributes, str/repr, groups, except* (exceptions helper).

import { installBaseException } from './exceptions/base-exception.js';
import { installExceptionAttributes } from './exceptions/exception-attributes.js';
import { installOSError } from './exceptions/os-error.js';
import { installExceptionGroups } from './exceptions/exception-groups.js';
import { offerSuggestion } from './exceptions/suggestions.js';
import { syntaxErrorFields } from './exceptions/syntax-errors.js';
import { exceptionReportHooks } from '../../cpython/runtime/exception-report-hooks.js';

export function installExceptionTypes(): void {
  installBaseException();
  installExceptionAttributes();
  installOSError();
  installExceptionGroups();
  exceptionReportHooks.suggestion = offerSuggestion;
  exceptionReportHooks.syntaxError = syntaxErrorFields;
}
