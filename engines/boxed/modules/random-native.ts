// `_pyw_random`: the native half of the random module (shared/lib/random.py is the other half), as
// CPython's `_random` is: a subclassable `Random` type holding a Mersenne Twister (MT19937) state,
// with seed(), random(), getrandbits(), getstate() and setstate() producing exactly CPython's
// numbers for the same seed, and `sha512(data)`, which random.seed() needs for str/bytes seeds.
// random.py keeps a pure-Python generator for engines without this module.

import { createHash, randomBytes } from 'node:crypto';
import { decref, incref, PyObject, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { builtinType, dictType } from '../builtin-types.js';
import { defineAttribute, defineFunctions, defineMethods, defineStatic } from '../define.js';
import { checkPositional } from '../args.js';
import { asIndex } from '../convert.js';
import { intern } from '../strings.js';
import { PyDict } from '../types/dict.js';
import { PyBytes, PyByteArray } from '../types/bytes.js';
import { PyTuple } from '../types/sequences.js';
import { newTuple } from '../types/sequences/tuple-type.js';
import { PyFloat, intValue, makeInt } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { OverflowError, TypeError, ValueError } from '../types/exceptions.js';
import type { PyModule } from '../types/module.js';
import type { NativeMethod } from '../types/native.js';
import { hash } from '../protocols/objects.js';
import { typeName } from '../protocols/type-of.js';
import { TypeFlag, type PyType } from '../type.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** An MT19937 generator: CPython's genrand_uint32, init_genrand and init_by_array. */
export class MersenneTwister {
  readonly mt = new Uint32Array(N);
  index = 0;

  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]!;
      mt[i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
    }
    this.index = N;
  }

  initByArray(key: ArrayLike<number>): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    const len = key.length;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) >>> 0) + key[j]! + j;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) >>> 0) - i;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk]! & UPPER_MASK) | (mt[kk + 1]! & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1]! & UPPER_MASK) | (mt[0]! & LOWER_MASK);
    mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.index = 0;
  }

  genrand(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) from 53 random bits (two draws), as random_random. */
  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** k random bits (k > 32), filled from the least significant 32-bit word up. */
  bigBits(k: number): bigint {
    const words = Math.floor((k - 1) / 32) + 1;
    const parts: string[] = new Array(words);
    for (let i = 0; i < words; i++, k -= 32) {
      let r = this.genrand();
      if (k < 32) r >>>= 32 - k;
      parts[words - 1 - i] = r.toString(16).padStart(8, '0');
    }
    return BigInt('0x' + parts.join(''));
  }

  /** Seeds from a non-negative integer: its 32-bit words, least significant first ([0] for 0). */
  seedInt(n: bigint): void {
    const key: number[] = [];
    do {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.initByArray(key);
  }

  seedRandom(): void {
    const bytes = randomBytes(N * 4);
    this.initByArray(new Uint32Array(bytes.buffer, bytes.byteOffset, N));
  }
}

export class PyRandom extends PyObject {
  readonly gen = new MersenneTwister();
}

export const randomType = builtinType('Random', { make: (t) => new PyRandom(t) });

function gen(self: PyValue): MersenneTwister {
  if (!(self instanceof PyRandom)) raise(TypeError, `descriptor requires a '_random.Random' object but received '${typeName(self)}'`);
  return self.gen;
}

/** random_seed: None from OS entropy; an int by its absolute value; anything else by its hash as a size_t. */
function seedFrom(g: MersenneTwister, arg: PyValue | undefined): void {
  if (arg === undefined || arg === None) { g.seedRandom(); return; }
  let n: bigint;
  const iv = intValue(arg);
  if (iv !== undefined) {
    n = BigInt(iv);
    if (n < 0n) n = -n;
  } else {
    n = BigInt(hash(arg));
    if (n < 0n) n += 1n << 64n;
  }
  g.seedInt(n);
}

/** An int of the state vector as PyLong_AsUnsignedLong converts it, truncated to 32 bits. */
function stateWord(v: PyValue): number {
  const iv = intValue(v);
  if (iv === undefined) raise(TypeError, 'an integer is required');
  const n = BigInt(iv);
  if (n < 0n) raise(OverflowError, "can't convert negative value to unsigned int");
  if (n >= 1n << 64n) raise(OverflowError, 'Python int too large to convert to C unsigned long');
  return Number(n & 0xffffffffn);
}

const methods: Record<string, NativeMethod> = {
  __init__(self, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0) {
      const t = (self as PyObject).ob_type;
      if (t === randomType || t.lookup('__init__') === randomType.ns.getStr('__init__')) raise(TypeError, 'Random() takes no keyword arguments');
    }
    const n = args.length - (kwnames?.length ?? 0);
    if (n > 1) raise(TypeError, 'Random() requires 0 or 1 argument');
    seedFrom(gen(self), n === 1 ? args[0] : undefined);
    return None;
  },
  seed(self, args, kwnames) {
    checkPositional('seed', args, kwnames, 0, 1);
    seedFrom(gen(self), args[0]);
    return None;
  },
  random(self, args, kwnames) {
    checkPositional('random', args, kwnames, 0, 0);
    return new PyFloat(gen(self).random());
  },
  getrandbits(self, args, kwnames) {
    checkPositional('getrandbits', args, kwnames, 1, 1);
    const kv = asIndex(args[0]!);
    if (typeof kv !== 'number' || kv > 0x7fffffff || kv < -0x80000000) raise(OverflowError, 'Python int too large to convert to C int');
    const k = kv;
    if (k < 0) raise(ValueError, 'number of bits must be non-negative');
    const g = gen(self);
    if (k === 0) return 0;
    if (k <= 32) return g.genrand() >>> (32 - k);
    return makeInt(g.bigBits(k));
  },
  getstate(self, args, kwnames) {
    checkPositional('getstate', args, kwnames, 0, 0);
    const g = gen(self);
    const items: PyValue[] = Array.from(g.mt);
    items.push(g.index);
    return newTuple(items);
  },
  setstate(self, args, kwnames) {
    checkPositional('setstate', args, kwnames, 1, 1);
    const state = args[0]!;
    if (!(state instanceof PyTuple)) raise(TypeError, 'state vector must be a tuple');
    if (state.items.length !== N + 1) raise(ValueError, 'state vector is the wrong size');
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) words[i] = stateWord(state.items[i]!);
    const iv = intValue(state.items[N]!);
    if (iv === undefined) raise(TypeError, 'an integer is required');
    if (iv < 0 || iv > N) raise(ValueError, 'invalid state');
    const g = gen(self);
    g.mt.set(words);
    g.index = Number(iv);
    return None;
  },
};

function bytesArg(v: PyValue | undefined): Uint8Array {
  if (v instanceof PyBytes) return v.value;
  if (v instanceof PyByteArray) return v.value;
  raise(TypeError, `object supporting the buffer API required, not ${v === undefined ? 'nothing' : typeName(v)}`);
}

const functions: Record<string, NativeMethod> = {
  /** sha512(data) -> the 64-byte digest of bytes or bytearray data. */
  sha512(_self, args, kwnames) {
    checkPositional('sha512', args, kwnames, 1, 1);
    return new PyBytes(new Uint8Array(createHash('sha512').update(bytesArg(args[0])).digest()));
  },
};

let installed = false;

function installType(): void {
  if (installed) return;
  installed = true;
  defineStatic(randomType, '__new__', (_self, args) => {
    const cls = args[0] as PyType;
    const o = cls.make(cls);
    if (cls.hasFlag(TypeFlag.HEAPTYPE)) {
      incref(cls);
      if (o.dict === null) o.dict = new PyDict(dictType);
    }
    const g = (o as PyRandom).gen;
    g.initGenrand(5489);
    return o;
  });
  defineMethods(randomType, methods);
  defineAttribute(randomType, '__module__', intern('_random'));
}

/** Registers `_pyw_random` with the import system (the caller passes registerBuiltinModule). */
export function registerRandomModule(register: (name: string, init: (mod: PyModule) => void) => void): void {
  register('_pyw_random', (mod) => {
    installType();
    defineFunctions(mod.ns, mod, functions);
    mod.ns.setStr('Random', intern('Random'), randomType);
  });
}
