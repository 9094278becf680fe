// The math module, built from the kernels' MATH_FUNCTIONS table: each function's arguments are
// converted as the table says (__float__, __index__, __floor__/__ceil__/__trunc__ dispatch,
// iteration), the kernel computes, and the result becomes a Python value. Kernel errors become
// Python exceptions (ValueError "math domain error", OverflowError "math range error").

import { decref, newref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { checkPositional, parseArgs, type ParamSpec } from '../args.js';
import { asIndex } from '../convert.js';
import { fromKernel } from '../kernel-errors.js';
import { defineFunctions } from '../define.js';
import { intern } from '../strings.js';
import { floatType, intType } from '../builtin-types.js';
import { PyFloat, PyLong, PyBool, intFromNumber, intValue, makeInt, pyBool } from '../types/numbers.js';
import { PyTuple, PyList } from '../types/sequences.js';
import { None } from '../types/singletons.js';
import { TypeError } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import type { PyModule } from '../types/module.js';
import { callUnbound } from '../protocols/call.js';
import { forEach } from '../protocols/iteration.js';
import { binaryOp, BinOp } from '../protocols/numbers.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import {
  FsumAccumulator, MATH_CONSTANTS, MATH_FUNCTIONS, type MathArgKind, type MathFunction,
} from '../../../shared/kernels/math/index.js';

type FloatArg = number | bigint;

/** PyFloat_AsDouble's view of v: a float's value, an int as number|bigint, else __float__ / __index__. */
export function asFloatArg(v: PyValue): FloatArg {
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyLong) return v.value;
  if (v instanceof PyBool) return v.value;
  const t = typeOf(v);
  const f = t.lookup('__float__');
  if (f !== null) {
    const r = callUnbound(f, v, []);
    if (!(r instanceof PyFloat)) {
      decref(r);
      raise(TypeError, `${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    }
    const x = r.value;
    decref(r);
    return x;
  }
  if (t.lookup('__index__') !== null) return asIndex(v);
  raise(TypeError, `must be real number, not ${typeName(v)}`);
}

function asFloatArray(v: PyValue): FloatArg[] {
  const out: FloatArg[] = [];
  if (v instanceof PyTuple || v instanceof PyList) {
    for (const item of v.items) out.push(asFloatArg(item));
  } else forEach(v, (item) => out.push(asFloatArg(item)));
  return out;
}

function convert(kind: MathArgKind, v: PyValue | undefined, fname: string): unknown {
  if (v === undefined) return undefined;
  switch (kind) {
    case 'float':
    case 'number':
      return asFloatArg(v);
    case 'int':
      return asIndex(v);
    case 'int-or-none':
      return v === None ? undefined : asIndex(v);
    case 'int-exact': {
      const n = intValue(v);
      if (n === undefined) raise(TypeError, `Expected an int as second argument to ${fname}.`);
      return n;
    }
    case 'floats':
      return asFloatArray(v);
    default:
      return v;
  }
}

function result(f: MathFunction, r: unknown): PyValue {
  switch (f.result) {
    case 'float':
      return new PyFloat(r as number);
    case 'int':
      return typeof r === 'number' ? intFromNumber(r) : makeInt(r as bigint);
    case 'bool':
      return pyBool(r as boolean);
    case 'float-int-pair': {
      const [m, e] = r as [number, number];
      return new PyTuple([new PyFloat(m), intFromNumber(e)]);
    }
    case 'float-pair': {
      const [a, b] = r as [number, number];
      return new PyTuple([new PyFloat(a), new PyFloat(b)]);
    }
    default:
      return r as PyValue;
  }
}

/** Exact floats and ints take the kernel's path; anything else (subclasses too) dispatches its special method. */
const isExactNumber = (v: PyValue): boolean =>
  typeof v === 'number' || v instanceof PyBool || ((v instanceof PyFloat || v instanceof PyLong) && v.ob_type === (v instanceof PyFloat ? floatType : intType));

/** math.floor/ceil/trunc: exact numbers go to the kernel, others dispatch their special method. */
function roundingFunction(f: MathFunction): NativeMethod {
  const impl = f.impl as (x: FloatArg) => number | bigint;
  const special = f.dispatch!;
  return (_self, args, kw) => {
    checkPositional(`math.${f.name}`, args, kw, 1);
    const v = args[0]!;
    if (!isExactNumber(v)) {
      const m = typeOf(v).lookup(special);
      if (m !== null) return callUnbound(m, v, []);
      if (special === '__trunc__') raise(TypeError, `type ${typeName(v)} doesn't define __trunc__ method`);
    }
    try {
      return result(f, impl(asFloatArg(v)));
    } catch (e) {
      throw fromKernel(e);
    }
  };
}

function prod(_self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [iterable, start] = parseArgs('prod', args, kw, { names: ['iterable', 'start'], required: 1, maxPositional: 1, positionalOnly: 1 });
  let acc: PyValue = start === undefined ? 1 : newref(start);
  try {
    forEach(iterable!, (item) => {
      const next = binaryOp(acc, item, BinOp.MULTIPLY);
      decref(acc);
      acc = next;
    });
  } catch (e) {
    decref(acc);
    throw e;
  }
  return acc;
}

/** math.fsum: iterates lazily, each item converted as it comes (its __float__ may run Python). */
function fsum(_self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  checkPositional('math.fsum', args, kw, 1);
  const acc = new FsumAccumulator();
  try {
    forEach(args[0]!, (item) => acc.add(asFloatArg(item)));
    return new PyFloat(acc.result());
  } catch (e) {
    throw fromKernel(e);
  }
}

function generic(f: MathFunction): NativeMethod {
  const impl = f.impl as (...a: unknown[]) => unknown;
  const kinds = f.args;
  const qualified = f.required === 1 && kinds.length === 1 && !f.variadic;
  const spec: ParamSpec | null = f.keywords
    ? {
      names: [...(f.argNames ?? kinds.map((_, i) => `_${i}`)), ...f.keywords.map((k) => k.name)],
      required: f.required, maxPositional: kinds.length, positionalOnly: f.argNames ? 0 : kinds.length,
    }
    : null;
  return (_self, args, kw) => {
    let conv: unknown[];
    try {
      if (f.variadic) {
        if (kw !== null && kw.length > 0) raise(TypeError, `${f.name}() takes no keyword arguments`);
        const list = args.map((a) => convert(kinds[0]!, a, f.name));
        return result(f, impl(list));
      }
      if (spec !== null) {
        const vals = parseArgs(f.name, args, kw, spec);
        conv = vals.map((v, i) => {
          if (i < kinds.length) return convert(kinds[i]!, v, f.name);
          const k = f.keywords![i - kinds.length]!;
          return v === undefined ? k.default : convert(k.kind, v, f.name);
        });
      } else {
        checkPositional(qualified ? `math.${f.name}` : f.name, args, kw, f.required, kinds.length);
        conv = args.map((a, i) => convert(kinds[i]!, a, f.name));
      }
      return result(f, impl(...conv));
    } catch (e) {
      throw fromKernel(e);
    }
  };
}

export function initMathModule(mod: PyModule): void {
  const ns = mod.ns;
  ns.setStr('__doc__', intern('__doc__'), intern('This module provides access to the mathematical functions\ndefined by the C standard.'));
  const table: Record<string, NativeMethod> = {};
  for (const f of MATH_FUNCTIONS) {
    if (f.name === 'prod') table[f.name] = prod;
    else if (f.name === 'fsum') table[f.name] = fsum;
    else if (f.dispatch !== undefined) table[f.name] = roundingFunction(f);
    else table[f.name] = generic(f);
  }
  defineFunctions(ns, mod, table);
  for (const [name, value] of Object.entries(MATH_CONSTANTS)) {
    const v = new PyFloat(value);
    ns.setStr(name, intern(name), v);
    decref(v);
  }
}
