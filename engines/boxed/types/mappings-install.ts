// Installs dict and its views, set, frozenset, mappingproxy (mappings helper): the types'
// namespaces (files under mappings/), and the hooks through which the VM and the lower layers
// build sets, frozenset constants and mappingproxies.

import type { PyValue } from '../object.js';
import { keyHooks } from './dict-keys.js';
import { PyStr } from './str.js';
import { PyComplex, PyFloat, PyLong } from './numbers.js';
import { installDictType } from './mappings/dict-type.js';
import { installDictIterators } from './mappings/dict-iterators.js';
import { installDictViews } from './mappings/dict-views.js';
import { installSetTypes } from './mappings/set-type.js';
import { installMappingProxy } from './mappings/mappingproxy.js';
import { installGenericAlias } from './mappings/generic-alias.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The fast-key primitive of a str/int/float subclass instance's value (or of a complex equal to a float) (see KeyHooks.valueKey). */
function valueKey(key: PyValue): string | number | bigint | undefined {
  if (typeof key === 'number') return key;
  if (key instanceof PyStr) return key.value;
  if (key instanceof PyLong) {
    const v = key.value;
    return v >= -MAX_SAFE && v <= MAX_SAFE ? Number(v) : v;
  }
  if (key instanceof PyFloat || (key instanceof PyComplex && key.imag === 0)) {
    // A complex with a zero imaginary part is equal to (and hashes as) its real part.
    const x = key instanceof PyFloat ? key.value : key.real;
    if (x !== x) return undefined;
    return Number.isInteger(x) && !Number.isSafeInteger(x) ? BigInt(x) : x;
  }
  return undefined;
}

export function installMappingTypes(): void {
  keyHooks.valueKey = valueKey;
  installGenericAlias();
  installDictIterators();
  installDictViews();
  installDictType();
  installSetTypes();
  installMappingProxy();
}
