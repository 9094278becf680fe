// str % args, bytes % args and str.format against format-fixtures.json
// (written by scripts/generate-format-fixtures.py from python3). The
// arguments are simple tagged values; the callbacks below give them the
// str/repr/ascii, conversions and lookups python3 gives the real objects.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesFromHex, floatFromBits, intFromPyHex } from '../../../test/support/fixture-values.js';
import { intFromFloat } from '../numbers/int-float.js';
import { intToFloat } from '../int-ops.js';
import { KernelError } from '../py-error.js';
import { bytesRepr } from '../repr/bytes-repr.js';
import { floatRepr } from '../repr/float-repr.js';
import { strRepr } from '../repr/str-repr.js';
import { formatFloat, formatInt, intToDecimal } from './format-number.js';
import { formatStr } from './format-str.js';
import {
  bytesPercentFormat, INT_NUMBER, latin1String, percentFormat,
  type BytesPercentCallbacks, type StrPercentCallbacks,
} from './percent-format.js';
import { compileFormat, FormatError, strFormat, type StrFormatCallbacks } from './str-format.js';

/** A tagged value as the generator writes it. */
type V =
  | { i: string } | { f: string } | { s: string } | { b: boolean } | { n: null } | { y: string }
  | { t: V[] } | { l: V[] } | { d: [string, V][] };

type Outcome = { r: string; e?: undefined } | { e: [string, string]; r?: undefined };

interface Fixtures {
  percent: [string, V, Outcome][];
  bytesPercent: [string, V, Outcome][];
  strFormat: [string, V[] | null, [string, V][], Outcome][];
}

const fixtures: Fixtures = JSON.parse(readFileSync(new URL('./format-fixtures.json', import.meta.url), 'utf8'));

/** An exception the test's own callbacks raise, for types the kernels never raise. */
class CallbackError extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
  }
}

const fail = (pyType: string, message: string): never => {
  throw new CallbackError(pyType, message);
};

function intOf(v: V): number | bigint {
  const n = intFromPyHex((v as { i: string }).i);
  return n >= -BigInt(Number.MAX_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

function typeName(v: V): string {
  if ('i' in v) return 'int';
  if ('f' in v) return 'float';
  if ('s' in v) return 'str';
  if ('b' in v) return 'bool';
  if ('n' in v) return 'NoneType';
  if ('y' in v) return 'bytes';
  if ('t' in v) return 'tuple';
  if ('l' in v) return 'list';
  return 'dict';
}

function repr(v: V): string {
  if ('i' in v) return intToDecimal(intOf(v));
  if ('f' in v) return floatRepr(floatFromBits(v.f));
  if ('s' in v) return strRepr(v.s);
  if ('b' in v) return v.b ? 'True' : 'False';
  if ('n' in v) return 'None';
  if ('y' in v) return bytesRepr(bytesFromHex(v.y));
  if ('t' in v) return '(' + v.t.map(repr).join(', ') + (v.t.length === 1 ? ',)' : ')');
  if ('l' in v) return '[' + v.l.map(repr).join(', ') + ']';
  return '{' + v.d.map(([k, x]) => strRepr(k) + ': ' + repr(x)).join(', ') + '}';
}

const str = (v: V): string => ('s' in v ? v.s : repr(v));

function ascii(v: V): string {
  let out = '';
  for (const ch of repr(v)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

function toInt(v: V, how: number): number | bigint | null {
  if ('i' in v) return intOf(v);
  if ('b' in v) return v.b ? 1 : 0;
  if ('f' in v && how === INT_NUMBER) return intFromFloat(floatFromBits(v.f));
  return null;
}

function toFloat(v: V): number | null {
  if ('i' in v) { const n = intOf(v); return typeof n === 'number' ? n : intToFloat(n); }
  if ('b' in v) return v.b ? 1 : 0;
  if ('f' in v) return floatFromBits(v.f);
  return null;
}

function getItem(mapping: V, key: string): V {
  if ('l' in mapping) return fail('TypeError', 'list indices must be integers or slices, not str');
  const found = (mapping as { d: [string, V][] }).d.find(([k]) => k === key);
  return found ? found[1] : fail('KeyError', strRepr(key));
}

const strCallbacks: StrPercentCallbacks<V> = {
  tupleItems: (v) => ('t' in v ? v.t : null),
  isMapping: (v) => 'd' in v || 'l' in v,
  typeName, ascii, toInt, toFloat, getItem, str, repr,
  strValue: (v) => ('s' in v ? v.s : null),
};

const bytesCallbacks: BytesPercentCallbacks<V> = {
  tupleItems: (v) => ('t' in v ? v.t : null),
  isMapping: (v) => 'd' in v || 'l' in v,
  typeName, ascii, toInt, toFloat,
  getItem: (mapping, key) => getItem(mapping, latin1String(key)),
  bytesValue: (v) => ('y' in v ? bytesFromHex(v.y) : null),
  toBytes: (v) => ('y' in v ? bytesFromHex(v.y) : null),
};

function formatCallbacks(args: V[] | null, kwargs: [string, V][]): StrFormatCallbacks<V> {
  return {
    positional: args === null ? null : (i) => args[i],
    keyword: (name) => {
      const found = kwargs.find(([k]) => k === name);
      return found ? found[1] : fail('KeyError', strRepr(name));
    },
    getAttr: (obj, name) => {
      if (('i' in obj || 'b' in obj) && name === 'real') return obj;
      if (('i' in obj || 'b' in obj) && name === 'imag') return { i: '0x0' };
      if ('f' in obj && name === 'real') return obj;
      return fail('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
    },
    getItem: (obj, key) => {
      if ('l' in obj || 't' in obj) {
        const items = 'l' in obj ? obj.l : obj.t;
        const kind = 'l' in obj ? 'list' : 'tuple';
        if (typeof key === 'string') return fail('TypeError', `${kind} indices must be integers or slices, not str`);
        const item = items[Number(key)];
        return item ?? fail('IndexError', `${kind} index out of range`);
      }
      if ('d' in obj) {
        const found = typeof key === 'string' ? obj.d.find(([k]) => k === key) : undefined;
        return found ? found[1] : fail('KeyError', typeof key === 'string' ? strRepr(key) : String(key));
      }
      return fail('TypeError', `'${typeName(obj)}' object is not subscriptable`);
    },
    convert: (obj, c) => (c === 0x72 ? repr(obj) : c === 0x73 ? str(obj) : ascii(obj)),
    format: (obj, spec) => {
      if ('i' in obj) return formatInt(intOf(obj), spec);
      if ('b' in obj) return spec === '' ? str(obj) : formatInt(obj.b ? 1 : 0, spec, 'bool');
      if ('f' in obj) return formatFloat(floatFromBits(obj.f), spec);
      if ('s' in obj) return formatStr(obj.s, spec);
      if (spec !== '') fail('TypeError', `unsupported format string passed to ${typeName(obj)}.__format__`);
      return str(obj);
    },
  };
}

function run(thunk: () => string): string {
  try {
    return thunk();
  } catch (e) {
    if (e instanceof KernelError || e instanceof CallbackError) return `!${e.pyType}: ${e.message}`;
    throw e;
  }
}

const want = (o: Outcome): string => (o.e ? `!${o.e[0]}: ${o.e[1]}` : o.r!);

function mismatches<T>(cases: T[], check: (c: T) => string | null): string[] {
  const out: string[] = [];
  for (const c of cases) {
    const problem = check(c);
    if (problem !== null && out.length < 10) out.push(problem);
  }
  return out;
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('formatting drivers match python3', () => {
  it(`str % args (${fixtures.percent.length} cases)`, () => {
    const bad = mismatches(fixtures.percent, ([format, args, o]) => {
      const got = run(() => percentFormat(format, args, strCallbacks));
      return got === want(o) ? null : `${JSON.stringify(format)} % ${repr(args).slice(0, 60)}: got ${JSON.stringify(got.slice(0, 300))}, want ${JSON.stringify(want(o).slice(0, 300))}`;
    });
    expect(bad).toEqual([]);
  });

  it(`bytes % args (${fixtures.bytesPercent.length} cases)`, () => {
    const bad = mismatches(fixtures.bytesPercent, ([format, args, o]) => {
      const got = run(() => hex(bytesPercentFormat(bytesFromHex(format), args, bytesCallbacks)));
      return got === want(o) ? null : `${format} % ${repr(args).slice(0, 60)}: got ${got}, want ${want(o)}`;
    });
    expect(bad).toEqual([]);
  });

  it(`str.format (${fixtures.strFormat.length} cases)`, () => {
    const bad = mismatches(fixtures.strFormat, ([format, args, kwargs, o]) => {
      const got = run(() => strFormat(format, formatCallbacks(args, kwargs)));
      return got === want(o) ? null : `${JSON.stringify(format)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want(o))}`;
    });
    expect(bad).toEqual([]);
  });

  it('compiles once: literals merged, nested specs kept, a late parse error ends the parts', () => {
    const parts = compileFormat('a{{b{0:{1}}}}c{');
    expect(parts[0]).toBe('a{b');
    expect(typeof parts[1]).toBe('object');
    expect(parts[2]).toBeInstanceOf(FormatError);
    expect((parts[2] as FormatError).message).toBe("Single '{' encountered in format string");
    expect(parts.length).toBe(3);
  });
});
