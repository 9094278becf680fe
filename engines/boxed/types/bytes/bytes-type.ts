// bytes: the constructor (bytes(), bytes(n), bytes(iterable), bytes(buffer), __bytes__,
// bytes(str, encoding[, errors])), the hash, repr and what bytes has that bytearray lacks
// (__bytes__, __getnewargs__).

import { newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { bytesType } from '../../builtin-types.js';
import { defineClassMethods, defineMethods, defineStatic } from '../../define.js';
import { PyType } from '../../type.js';
import { TypeError } from '../exceptions.js';
import { PyBytes } from '../bytes.js';
import { PyTuple } from '../sequences.js';
import { makeInt } from '../numbers.js';
import { newStr } from '../../strings.js';
import { typeName } from '../../protocols/type-of.js';
import { finishInstance } from '../sequences/common.js';
import { bytesRepr } from '../../../../shared/kernels/repr/bytes-repr.js';
import { HASH, hashByteRange, hashToNumberOrBigint } from '../../../../shared/kernels/hash.js';
import { bytesContents, constructorArgs } from './bytes-construct.js';
import { newBytes, noArgs } from './bytes-common.js';
import { commonClassMethods, commonMethods, commonStatics } from './bytes-methods.js';
import { sequenceMethods } from './bytes-sequence.js';

/** hash(b), cached on the object. */
export function bytesHash(b: PyBytes): number | bigint {
  let h = b.hash;
  if (h === undefined) {
    hashByteRange(b.value);
    h = b.hash = hashToNumberOrBigint(HASH[1]!, HASH[0]!);
  }
  return h;
}

/** An instance of bytes or a subclass holding `data` (a new reference). */
export function makeBytesOfType(cls: PyType, data: Uint8Array): PyBytes {
  if (cls === bytesType) return newBytes(data);
  return finishInstance(new PyBytes(data, cls), cls);
}

/** bytes.__new__(cls, source=b'', encoding=..., errors=...). */
function bytesNew(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (args.length === 0) raise(TypeError, 'bytes.__new__(): not enough arguments');
  const cls = args[0]!;
  if (!(cls instanceof PyType)) raise(TypeError, `bytes.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(bytesType)) raise(TypeError, `bytes.__new__(${cls.name}): ${cls.name} is not a subtype of bytes`);
  const [x, encoding, errors] = constructorArgs('bytes', args.slice(1), kwnames);
  if (cls === bytesType && x instanceof PyBytes && x.ob_type === bytesType && encoding === undefined && errors === undefined) return newref(x);
  return makeBytesOfType(cls, bytesContents(x, encoding, errors));
}

export function installBytesType(): void {
  bytesType.make = (t) => new PyBytes(new Uint8Array(0), t);
  defineStatic(bytesType, '__new__', bytesNew);
  defineStatic(bytesType, 'maketrans', commonStatics.maketrans!);
  defineMethods(bytesType, sequenceMethods('bytes'));
  defineMethods(bytesType, commonMethods('bytes'));
  defineClassMethods(bytesType, commonClassMethods);
  defineMethods(bytesType, {
    __hash__(self, args, kw) {
      noArgs(args, kw);
      const h = bytesHash(self as PyBytes);
      return typeof h === 'number' ? h : makeInt(h);
    },
    __repr__(self, args, kw) {
      noArgs(args, kw);
      return newStr(bytesRepr((self as PyBytes).value));
    },
    __str__(self, args, kw) {
      noArgs(args, kw);
      return newStr(bytesRepr((self as PyBytes).value));
    },
    __bytes__(self, args, kw) {
      if (args.length > 0 || (kw !== null && kw.length > 0)) raise(TypeError, `bytes.__bytes__() takes no arguments (${args.length} given)`);
      const b = self as PyBytes;
      return b.ob_type === bytesType ? newref(b) : newBytes(b.value);
    },
    __getnewargs__(self, args, kw) {
      if (args.length > 0 || (kw !== null && kw.length > 0)) raise(TypeError, `bytes.__getnewargs__() takes no arguments (${args.length} given)`);
      return new PyTuple([newBytes((self as PyBytes).value)]);
    },
    __sizeof__: (self) => 33 + (self as PyBytes).value.length,
  });
}
