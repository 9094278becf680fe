// Binding call arguments to a Python function's parameters (CPython's initialize_locals),
// with its exact error messages.
//
// The arguments are `argc` values in `src` from `start` (positional first, then the values of
// the keywords named in kwnames), borrowed: the frame takes its own references.

import { CodeFlag } from '../../../shared/bytecode/code.js';
import { decref, incref, type PyValue } from '../../boxed/object.js';
import { raise } from '../../boxed/errors.js';
import { dictType } from '../../boxed/builtin-types.js';
import { intern } from '../../boxed/strings.js';
import { PyDict } from '../../boxed/types/dict.js';
import { TypeError } from '../../boxed/types/exceptions.js';
import { PyFunction } from '../../boxed/types/functions.js';
import { PyTuple } from '../../boxed/types/sequences.js';
import { PyStr } from '../../boxed/types/str.js';
import type { Frame } from './frame.js';

const NO_DEFAULTS: readonly PyValue[] = [];

export function bindArguments(
  func: PyFunction, frame: Frame, src: readonly (PyValue | undefined)[], start: number, argc: number,
  kwnames: readonly string[] | null,
): void {
  const code = func.code.code;
  const f = frame.f;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = argc - nkw;
  const co_argcount = code.co_argcount;
  const flags = code.co_flags;
  const names = code.co_localsplusnames;
  const totalArgs = co_argcount + code.co_kwonlyargcount;
  let kwdict: PyDict | null = null;

  // Simple and most common: exactly the positional parameters, nothing else.
  if (nkw === 0 && npos === co_argcount && (flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0) {
    for (let i = 0; i < npos; i++) {
      const v = src[start + i]!;
      incref(v);
      f[i] = v;
    }
    return;
  }

  try {
    if (flags & CodeFlag.VARKEYWORDS) {
      kwdict = new PyDict(dictType);
      const idx = totalArgs + (flags & CodeFlag.VARARGS ? 1 : 0);
      f[idx] = kwdict;
    }
    const n = Math.min(npos, co_argcount);
    for (let i = 0; i < n; i++) {
      const v = src[start + i]!;
      incref(v);
      f[i] = v;
    }
    if (flags & CodeFlag.VARARGS) {
      const rest: PyValue[] = [];
      for (let i = n; i < npos; i++) {
        const v = src[start + i]!;
        incref(v);
        rest.push(v);
      }
      f[totalArgs] = new PyTuple(rest);
    }

    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k]!;
      const value = src[start + npos + k]!;
      let j = code.co_posonlyargcount;
      for (; j < totalArgs; j++) if (names[j] === name) break;
      if (j === totalArgs) {
        if (kwdict === null) {
          const posonlyNames = names.slice(0, code.co_posonlyargcount);
          if (posonlyNames.includes(name)) {
            // CPython lists every positional-only parameter that was passed by keyword.
            const given = posonlyNames.filter((p) => kwnames!.includes(p));
            raise(TypeError, `${qualname(func)}() got some positional-only arguments passed as keyword arguments: '${given.join(', ')}'`);
          }
          raise(TypeError, `${qualname(func)}() got an unexpected keyword argument '${name}'`);
        }
        if (kwdict.getStr(name) !== undefined) raise(TypeError, `${qualname(func)}() got multiple values for argument '${name}'`);
        kwdict.setStr(name, intern(name), value);
        continue;
      }
      if (f[j] !== undefined) raise(TypeError, `${qualname(func)}() got multiple values for argument '${name}'`);
      incref(value);
      f[j] = value;
    }

    if (npos > co_argcount && !(flags & CodeFlag.VARARGS)) tooManyPositional(func, frame, npos);

    // Defaults for missing positional parameters, then keyword-only ones.
    if (npos < co_argcount) {
      const defaults = func.defaults?.items ?? NO_DEFAULTS;
      const firstDefault = co_argcount - defaults.length;
      let missing: string[] | null = null; // (made only for the error)
      for (let i = npos; i < co_argcount; i++) {
        if (f[i] !== undefined) continue;
        if (i >= firstDefault) {
          const d = defaults[i - firstDefault]!;
          incref(d);
          f[i] = d;
        } else (missing ??= []).push(names[i]!);
      }
      if (missing !== null) missingArguments(func, missing, 'positional');
    }
    if (code.co_kwonlyargcount > 0) {
      let missing: string[] | null = null;
      for (let i = co_argcount; i < totalArgs; i++) {
        if (f[i] !== undefined) continue;
        const d = func.kwdefaults?.getStr(names[i]!);
        if (d !== undefined) {
          incref(d);
          f[i] = d;
        } else (missing ??= []).push(names[i]!);
      }
      if (missing !== null) missingArguments(func, missing, 'keyword-only');
    }
  } catch (e) {
    // The frame never ran: release whatever was bound.
    for (let i = 0; i < frame.code.nlocalsplus; i++) {
      const v = f[i];
      if (v !== undefined) { f[i] = undefined; decref(v); }
    }
    throw e;
  }
}

/** Each keyword argument's parameter index, for bindKeywordsMoving. */
const kwTargets = new Int32Array(32);

/**
 * The common keyword call of a function with plain parameters (f(a, b, c=2)): binds like
 * bindArguments but moves the arguments' references out of `src` (leaving undefined) instead of
 * taking new ones. Returns false, having changed nothing, for anything it does not handle (the
 * function's parameters are not all plain, an argument that would be an error); the caller then
 * binds the general way, which raises CPython's errors.
 */
export function bindKeywordsMoving(
  func: PyFunction, frame: Frame, src: (PyValue | undefined)[], start: number, argc: number, kwnames: readonly string[],
): boolean {
  const n = frame.code.simpleArgc;
  const nkw = kwnames.length;
  const npos = argc - nkw;
  if (n < 0 || npos > n || nkw > kwTargets.length) return false;
  const code = func.code.code;
  const names = code.co_localsplusnames;
  // (KW_NAMES never repeats a name: the compiler rejects that, so distinct names are distinct targets)
  const from = Math.max(code.co_posonlyargcount, npos);
  for (let k = 0; k < nkw; k++) {
    const name = kwnames[k]!;
    let j = from;
    while (j < n && names[j] !== name) j++;
    if (j === n) return false;
    kwTargets[k] = j;
  }
  const defaults = func.defaults?.items ?? NO_DEFAULTS;
  const firstDefault = n - defaults.length;
  if (npos + nkw < n) {
    for (let i = npos; i < firstDefault; i++) {
      let k = 0;
      while (k < nkw && kwTargets[k] !== i) k++;
      if (k === nkw) return false; // a required parameter not given
    }
  }
  const f = frame.f;
  for (let i = 0; i < npos; i++) {
    f[i] = src[start + i];
    src[start + i] = undefined;
  }
  for (let k = 0; k < nkw; k++) {
    f[kwTargets[k]!] = src[start + npos + k];
    src[start + npos + k] = undefined;
  }
  for (let i = npos; i < n; i++) {
    if (f[i] === undefined) {
      const d = defaults[i - firstDefault]!;
      incref(d);
      f[i] = d;
    }
  }
  return true;
}

function qualname(func: PyFunction): string {
  return func.qualname instanceof PyStr ? func.qualname.value : func.code.code.co_qualname;
}

function tooManyPositional(func: PyFunction, frame: Frame, given: number): never {
  const code = func.code.code;
  const co_argcount = code.co_argcount;
  const defcount = func.defaults?.items.length ?? 0;
  let kwonlyGiven = 0;
  for (let i = co_argcount; i < co_argcount + code.co_kwonlyargcount; i++) if (frame.f[i] !== undefined) kwonlyGiven++;
  const atLeast = co_argcount - defcount;
  const sig = defcount > 0 ? `from ${atLeast} to ${co_argcount} positional arguments` : `${co_argcount} positional argument${co_argcount === 1 ? '' : 's'}`;
  const kwonlyText = kwonlyGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})` : '';
  const were = given === 1 && kwonlyGiven === 0 ? 'was' : 'were';
  raise(TypeError, `${qualname(func)}() takes ${sig} but ${given}${kwonlyText} ${were} given`);
}

function missingArguments(func: PyFunction, missing: string[], kind: string): never {
  const quoted = missing.map((n) => `'${n}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0]!;
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  raise(TypeError, `${qualname(func)}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`);
}
