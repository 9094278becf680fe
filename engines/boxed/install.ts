// Start-up of the object model: connects the hooks the lower layers leave open and fills the
// builtin types' namespaces. Runs once per process, before any interpreter is made. Each type's
// module contributes an install function; the order matters only where noted.

import { setReleaser, type PyObject, type PyValue } from './object.js';
import { installKeyHooks } from './types/dict-keys.js';
import { hashHooks } from './protocols/hash-hooks.js';
import { HASH, hashLargeInt, hashString, hashToNumberOrBigint } from '../../shared/kernels/hash.js';
import { PyStr } from './types/str.js';
import { PyBool, PyFloat, PyLong } from './types/numbers.js';
import { floatType, intType, strType } from './builtin-types.js';
import { hash } from './protocols/objects.js';
import { eq } from './protocols/compare.js';
import { installObjectType } from './types/object-type.js';
import { installTypeType } from './types/type-type.js';
import { installStreams } from './streams.js';
import { TypeFlag } from './type.js';
import { decref } from './object.js';
import { setExceptionDictFactory } from './protocols/attributes.js';
import { PyDict } from './types/dict.js';
import { dictType } from './builtin-types.js';

let installed = false;

/** Extra install steps registered by modules that extend the object model (types, modules). */
const steps: (() => void)[] = [];
export function onInstall(step: () => void): void {
  if (installed) step();
  else steps.push(step);
}

/** What runs when an object's count reaches zero: finalizer, then releasing what it owns. */
let finalizer: (o: PyObject) => void = () => {};
export function setFinalizer(f: (o: PyObject) => void): void {
  finalizer = f;
}

/** Runs after an object is freed (the engine returns its address to the free list). */
let afterRelease: (o: PyObject) => void = () => {};
export function setAfterRelease(f: (o: PyObject) => void): void {
  afterRelease = f;
}

export function installObjectModel(): void {
  if (installed) return;
  installed = true;
  hashHooks.hashString = (s) => {
    hashString(s);
    return hashToNumberOrBigint(HASH[1]!, HASH[0]!);
  };
  hashHooks.hashBigInt = (n) => {
    hashLargeInt(n);
    return hashToNumberOrBigint(HASH[1]!, HASH[0]!);
  };
  installKeyHooks({
    fastKey(key: PyValue) {
      if (typeof key === 'number') return key;
      const t = key.ob_type;
      if (t === strType) return (key as PyStr).value;
      if (key instanceof PyBool) return key.value;
      if (t === intType) return (key as PyLong).value;
      if (t === floatType) {
        const x = (key as PyFloat).value;
        if (x !== x) return undefined;
        if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
        return x;
      }
      return undefined;
    },
    hash,
    eq,
  });
  setReleaser((o) => {
    // (flags read directly: this runs for every object freed)
    if ((o.ob_type.flags & TypeFlag.HAS_FINALIZER) !== 0) {
      finalizer(o);
      if (o.ob_refcnt > 0) return; // resurrected by __del__
    }
    o.releaseRefs();
    const t = o.ob_type; // (after __del__, which may have assigned __class__)
    if ((t.flags & TypeFlag.HEAPTYPE) !== 0) decref(t);
    afterRelease(o);
  });
  setExceptionDictFactory(() => new PyDict(dictType));
  installObjectType();
  installTypeType();
  installStreams();
  for (const step of steps) step();
}
