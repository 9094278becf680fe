// Start-up of the cpython engine's runtime, once per process: the object model, then what the
// VM adds to it (identity, class bodies, generators, the install steps of the types).

import { installObjectModel, setAfterRelease, setFinalizer } from '../../boxed/install.js';
import { identityHooks } from '../../boxed/identity.js';
import { classBodyHooks } from '../../boxed/modules/build-class.js';
import { classHooks } from '../../boxed/class-hooks.js';
import { intFromNumber } from '../../boxed/types/numbers.js';
import { newref, type PyValue } from '../../boxed/object.js';
import { PyFunction } from '../../boxed/types/functions.js';
import { HASH, hashId, hashToNumberOrBigint } from '../../../shared/kernels/hash.js';
import { makeInt } from '../../boxed/types/numbers.js';
import { builtinsFor, evalFrame } from '../vm/eval.js';
import { Frame, threadState } from '../vm/frame.js';
import { prepare } from '../vm/prepared.js';
import { addressHex, idOf, releaseAddress } from './memory.js';
import { installEngineParts } from './install-parts.js';
import { finalize } from './finalizer.js';
import { reportUnraisable } from './unraisable.js';
import { setUnawaitedCoroutineHook, setUnraisableHook } from '../vm/generator.js';
import { warnUnawaitedCoroutine } from './unawaited-coroutine.js';

let started = false;

export function startRuntime(): void {
  if (started) return;
  started = true;
  identityHooks.id = idOf;
  identityHooks.addressHex = addressHex;
  identityHooks.hash = (v: PyValue) => {
    hashId(idOf(v));
    const h = hashToNumberOrBigint(HASH[1]!, HASH[0]!);
    return typeof h === 'number' ? intFromNumber(h) : makeInt(h);
  };
  setAfterRelease(releaseAddress);
  setFinalizer(finalize);
  setUnraisableHook((e, obj) => reportUnraisable(e, obj));
  setUnawaitedCoroutineHook(warnUnawaitedCoroutine);
  classBodyHooks.runClassBody = runClassBody;
  classHooks.currentModuleName = () => {
    const f = threadState.frame;
    const name = f?.globals.getStr('__name__');
    return name === undefined ? null : newref(name);
  };
  installEngineParts();
  installObjectModel();
}

/** Runs a class body: the function's code with the class namespace as its locals. */
function runClassBody(func: PyFunction, ns: PyValue): PyValue {
  newref(ns);
  const frame = new Frame(prepare(func.code), func.globals, builtinsFor(func), ns, func);
  return evalFrame(frame, null);
}
