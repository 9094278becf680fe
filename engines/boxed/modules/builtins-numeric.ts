// Builtin functions on numbers and characters: abs, divmod, pow, round, bin, oct, hex, chr, ord,
// hash, ascii, format. Most dispatch to a dunder of the operand's type (the numbers helper's
// methods); small ints get a fast path first.

import { type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { checkPositional, parseArgs } from '../args.js';
import { checkTotalArgs } from './builtins-args.js';
import { asIndex } from '../convert.js';
import { charStr, newStr } from '../strings.js';
import { fromKernel } from '../kernel-errors.js';
import { PyStr } from '../types/str.js';
import { PyBytes, PyByteArray } from '../types/bytes.js';
import { PyTuple } from '../types/sequences.js';
import { makeInt } from '../types/numbers.js';
import { None, NotImplemented } from '../types/singletons.js';
import { OverflowError, TypeError, ValueError } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import { TypeFlag } from '../type.js';
import { callUnbound } from '../protocols/call.js';
import { binaryOp, BinOp } from '../protocols/numbers.js';
import { hash } from '../protocols/objects.js';
import { ascii, formatObject } from '../types/str/format-value.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import { divmodInt } from '../../../shared/kernels/numbers/int-arith.js';
import { intBin, intHex, intOct } from '../../../shared/kernels/numbers/int-string.js';
import type { PyInt } from '../../../shared/kernels/numbers/py-int.js';

/** A kernel int result as a Python int (a new reference). */
export function pyInt(n: PyInt): PyValue {
  return typeof n === 'number' ? n : makeInt(n);
}

const POW_PARAMS = { names: ['base', 'exp', 'mod'], required: 2 };
const ROUND_PARAMS = { names: ['number', 'ndigits'], required: 1 };

/** divmod(a, b) through __divmod__/__rdivmod__, as binary_op1 with nb_divmod. */
function divmod(a: PyValue, b: PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup('__divmod__');
  let fb = ta === tb ? null : tb.lookup('__rdivmod__');
  if (fb !== null && fa !== null && fb === ta.lookup('__rdivmod__')) fb = null;
  if (fa !== null) {
    if (fb !== null && tb.isSubtype(ta)) {
      const r = callUnbound(fb, b, [a]);
      if (r !== NotImplemented) return r;
      fb = null;
    }
    const r = callUnbound(fa, a, [b]);
    if (r !== NotImplemented) return r;
  }
  if (fb !== null) {
    const r = callUnbound(fb, b, [a]);
    if (r !== NotImplemented) return r;
  }
  raise(TypeError, `unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * pow(a, b, m), CPython's ternary_op: a's __pow__, then (for a builtin type of b only; a class's
 * __rpow__ never takes three arguments) b's __rpow__ with the modulus.
 */
function ternaryPow(a: PyValue, b: PyValue, m: PyValue): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = ta.lookup('__pow__');
  if (fa !== null) {
    const r = callUnbound(fa, a, [b, m]);
    if (r !== NotImplemented) return r;
  }
  if (tb !== ta && !tb.hasFlag(TypeFlag.HEAPTYPE)) {
    const fb = tb.lookup('__rpow__');
    if (fb !== null) {
      const r = callUnbound(fb, b, [a, m]);
      if (r !== NotImplemented) return r;
    }
  }
  raise(TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(b)}', '${typeName(m)}'`);
}

function ordOf(v: PyValue): number {
  if (v instanceof PyStr) {
    const n = v.length;
    if (n === 1) return v.value.codePointAt(0)!;
    raise(TypeError, `ord() expected a character, but string of length ${n} found`);
  }
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    const b = v.value;
    if (b.length === 1) return b[0]!;
    raise(TypeError, `ord() expected a character, but string of length ${b.length} found`);
  }
  raise(TypeError, `ord() expected string of length 1, but ${typeName(v)} found`);
}

function chrOf(v: PyValue): PyValue {
  const n = typeof v === 'number' ? v : asIndex(v);
  if (typeof n === 'bigint' || n < -0x80000000 || n > 0x7fffffff) raise(OverflowError, 'Python int too large to convert to C int');
  if (n < 0 || n > 0x10ffff) raise(ValueError, 'chr() arg not in range(0x110000)');
  return n < 0x100 ? charStr(String.fromCharCode(n)) : newStr(String.fromCodePoint(n));
}

export const numericBuiltins: Record<string, NativeMethod> = {
  abs(_self, args, kw) {
    checkPositional('abs', args, kw, 1);
    const v = args[0]!;
    if (typeof v === 'number') return v < 0 ? -v : v;
    const f = typeOf(v).lookup('__abs__');
    if (f === null) raise(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
    return callUnbound(f, v, []);
  },
  divmod(_self, args, kw) {
    checkPositional('divmod', args, kw, 2);
    const a = args[0]!;
    const b = args[1]!;
    if (typeof a === 'number' && typeof b === 'number') {
      let q: [PyInt, PyInt];
      try {
        q = divmodInt(a, b);
      } catch (e) {
        throw fromKernel(e);
      }
      return new PyTuple([pyInt(q[0]), pyInt(q[1])]);
    }
    return divmod(a, b);
  },
  pow(_self, args, kwnames) {
    let base: PyValue, exp: PyValue, mod: PyValue | undefined;
    if (kwnames === null && (args.length === 2 || args.length === 3)) [base, exp, mod] = args as [PyValue, PyValue, PyValue?];
    else {
      checkTotalArgs('pow', args.length, kwnames?.length ?? 0, 3);
      [base, exp, mod] = parseArgs('pow', args, kwnames, POW_PARAMS) as [PyValue, PyValue, PyValue?];
    }
    if (mod === undefined || mod === None) return binaryOp(base, exp, BinOp.POWER);
    return ternaryPow(base, exp, mod);
  },
  round(_self, args, kwnames) {
    checkTotalArgs('round', args.length, kwnames?.length ?? 0, 2);
    const [v, nd] = kwnames === null && args.length >= 1 ? args : parseArgs('round', args, kwnames, ROUND_PARAMS);
    const f = typeOf(v!).lookup('__round__');
    if (f === null) raise(TypeError, `type ${typeName(v!)} doesn't define __round__ method`);
    return callUnbound(f, v!, nd === undefined || nd === None ? [] : [nd]);
  },
  bin(_self, args, kw) {
    checkPositional('bin', args, kw, 1);
    return newStr(intBin(asIndex(args[0]!)));
  },
  oct(_self, args, kw) {
    checkPositional('oct', args, kw, 1);
    return newStr(intOct(asIndex(args[0]!)));
  },
  hex(_self, args, kw) {
    checkPositional('hex', args, kw, 1);
    return newStr(intHex(asIndex(args[0]!)));
  },
  chr(_self, args, kw) {
    checkPositional('chr', args, kw, 1);
    return chrOf(args[0]!);
  },
  ord(_self, args, kw) {
    checkPositional('ord', args, kw, 1);
    return ordOf(args[0]!);
  },
  hash(_self, args, kw) {
    checkPositional('hash', args, kw, 1);
    return pyInt(hash(args[0]!));
  },
  ascii(_self, args, kw) {
    checkPositional('ascii', args, kw, 1);
    return ascii(args[0]!);
  },
  format(_self, args, kw) {
    checkPositional('format', args, kw, 1, 2);
    const spec = args.length > 1 ? args[1]! : charStr('');
    if (!(spec instanceof PyStr)) raise(TypeError, `format() argument 2 must be str, not ${typeName(spec)}`);
    return formatObject(args[0]!, spec);
  },
};
