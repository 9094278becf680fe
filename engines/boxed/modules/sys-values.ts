// The sys module's constant attributes (version, version_info, flags, float_info, int_info,
// hash_info, implementation, maxsize, ...) with CPython 3.11.7's values on 64-bit Linux, and the
// int max str digits setting behind sys.get/set_int_max_str_digits.

import { type PyValue } from '../object.js';
import { builtinType, dictType, PyInstance } from '../builtin-types.js';
import { defineMethods } from '../define.js';
import { intern, newStr } from '../strings.js';
import { PyDict } from '../types/dict.js';
import { PyFloat, False, intFromNumber, makeInt } from '../types/numbers.js';
import { PyList, PyTuple } from '../types/sequences.js';
import { None } from '../types/singletons.js';
import { PyStr } from '../types/str.js';
import { repr } from '../protocols/objects.js';
import { makeStructSeq, structSeqType } from './sys-structseq.js';
import type { PyType } from '../type.js';

/** sys.get_int_max_str_digits(): read by int↔str conversions (0 means no limit). */
export const intMaxStrDigits = { value: 4300 };

export const VERSION = '3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]';
export const HEXVERSION = 0x030b07f0;

const versionInfoType = structSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
const flagsType = structSeqType('sys.flags', [
  'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site', 'ignore_environment',
  'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
  'safe_path', 'int_max_str_digits',
]);
const floatInfoType = structSeqType('sys.float_info', [
  'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
]);
const intInfoType = structSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
const hashInfoType = structSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);

/** types.SimpleNamespace's repr for sys.implementation ("namespace(name='cpython', ...)"). */
const namespaceType: PyType = builtinType('SimpleNamespace', {
  make: (t) => { const o = new PyInstance(t); o.dict = new PyDict(dictType); return o; },
});
defineMethods(namespaceType, {
  __repr__(self) {
    const d = (self as PyInstance).dict!;
    const parts: string[] = [];
    for (let i = d.next(-1); i >= 0; i = d.next(i)) parts.push(`${(d.keyAt(i) as PyStr).value}=${repr(d.values[i]!)}`);
    return newStr(`namespace(${parts.join(', ')})`);
  },
});

const f = (x: number): PyValue => new PyFloat(x);
const s = (x: string): PyValue => newStr(x);
const n = (x: number): PyValue => intFromNumber(x);

export function versionInfo(): PyValue {
  return makeStructSeq(versionInfoType, [3, 11, 7, s('final'), 0]);
}

/** The sys attributes that are plain values, in the order they are added. */
export function sysValues(): [string, PyValue][] {
  const impl = namespaceType.make(namespaceType) as PyInstance;
  const put = (k: string, v: PyValue): void => impl.dict!.setStr(k, intern(k), v);
  put('name', s('cpython'));
  put('cache_tag', s('cpython-311'));
  put('version', versionInfo());
  put('hexversion', n(HEXVERSION));
  put('_multiarch', s('x86_64-linux-gnu'));
  return [
    ['version', s(VERSION)],
    ['version_info', versionInfo()],
    ['hexversion', n(HEXVERSION)],
    ['api_version', n(1013)],
    ['implementation', impl],
    ['maxsize', makeInt(2n ** 63n - 1n)],
    ['maxunicode', n(0x10ffff)],
    ['byteorder', s('little')],
    ['platform', s('linux')],
    ['abiflags', s('')],
    ['prefix', s('/usr/local')],
    ['base_prefix', s('/usr/local')],
    ['exec_prefix', s('/usr/local')],
    ['base_exec_prefix', s('/usr/local')],
    ['platlibdir', s('lib')],
    ['float_repr_style', s('short')],
    ['copyright', s('Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.')],
    ['flags', makeStructSeq(flagsType, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1])],
    ['float_info', makeStructSeq(floatInfoType, [
      f(Number.MAX_VALUE), 1024, 308, f(2.2250738585072014e-308), -1021, -307, 15, 53, f(Number.EPSILON), 2, 1,
    ])],
    ['int_info', makeStructSeq(intInfoType, [30, 4, 4300, 640])],
    ['hash_info', makeStructSeq(hashInfoType, [64, makeInt(2n ** 61n - 1n), 314159, 0, 1000003, s('siphash13'), 64, 128, 0])],
    ['dont_write_bytecode', False],
    ['meta_path', new PyList([])],
    ['path_hooks', new PyList([])],
    ['path_importer_cache', new PyDict(dictType)],
    ['warnoptions', new PyList([])],
    ['_xoptions', new PyDict(dictType)],
    ['pycache_prefix', None],
    ['_git', new PyTuple([s('CPython'), s(''), s('')])],
  ];
}
