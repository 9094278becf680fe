// str % args (printf-style formatting): the shared percentFormat kernel with callbacks that
// answer its questions about Python values (is args a tuple or a mapping, item lookup, str/repr/
// ascii, and the int and float conversions of %d %x %f ...).

import { decref, type PyValue } from '../../object.js';
import { newStr } from '../../strings.js';
import { PyStr } from '../str.js';
import { PyTuple } from '../sequences.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { getItem } from '../../protocols/items.js';
import { repr, str } from '../../protocols/objects.js';
import { fromKernel } from '../../kernel-errors.js';
import { percentFormat, type StrPercentCallbacks } from '../../../../shared/kernels/format/percent-format.js';
import { intLimits } from '../numbers/number-util.js';
import { asciiOf } from './format-value.js';
import { makeStr } from './str-args.js';
import { toFloat, toInt } from '../percent-conversions.js';

const callbacks: StrPercentCallbacks<PyValue> = {
  tupleItems: (args) => (args instanceof PyTuple ? args.items : null),
  isMapping: (args) => !(args instanceof PyTuple) && !(args instanceof PyStr) && typeOf(args).lookup('__getitem__') !== null,
  typeName,
  ascii: asciiOf,
  toInt,
  toFloat,
  getItem(mapping, key) {
    const k = newStr(key);
    try {
      return borrowed(getItem(mapping, k));
    } finally {
      decref(k);
    }
  },
  str,
  repr,
  strValue: (v) => (v instanceof PyStr ? v.value : null),
};

// The kernel treats looked-up values as borrowed; the ones %(key) gives are kept alive here
// until the formatting ends.
let held: PyValue[] = [];
function borrowed(v: PyValue): PyValue {
  held.push(v);
  return v;
}

/** format % args. */
export function strPercent(format: PyStr, args: PyValue): PyValue {
  const outer = held;
  held = [];
  try {
    return makeStr(percentFormat(format.value, args, callbacks, intLimits.maxStrDigits));
  } catch (e) {
    throw fromKernel(e);
  } finally {
    for (const v of held) decref(v);
    held = outer;
  }
}
