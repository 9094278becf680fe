// Installs str: constructor, operators, every method, str.format, %-formatting, FORMAT_VALUE (str helper).
//
// Exports for other helpers: `formatObject(v, spec)` (format()), `ascii(v)`/`asciiOf(v)` (ascii()),
// `encodeStr`/`decodeBytes` (codecs with error handlers, for bytes.decode), `strHash`.

import { runtimeOps } from '../../cpython/vm/ops/module-hooks.js';
import { installStrDunders } from './str/str-type.js';
import { installStrMethods } from './str/str-methods.js';
import { installStrFormat } from './str/str-format.js';
import { installStrIterators } from './str/str-iterator.js';
import { formatValue } from './str/format-value.js';

export { formatObject, ascii, asciiOf, formatValue } from './str/format-value.js';
export { encodeStr, decodeBytes } from './str/str-codecs.js';
export { strHash, makeStrOfType } from './str/str-type.js';
export { strPercent } from './str/str-percent.js';

export function installStrType(): void {
  installStrDunders();
  installStrMethods();
  installStrFormat();
  installStrIterators();
  runtimeOps.formatValue = formatValue;
}
