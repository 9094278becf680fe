// str.format(*args, **kwargs) and str.format_map(mapping): the shared compileFormat/strFormat
// kernel, with each format string compiled once (a small cache keyed by the text) and callbacks
// that look fields up, convert and format Python values.

import { decref, type PyValue } from '../../object.js';
import { newException } from '../../errors.js';
import { defineMethods } from '../../define.js';
import { checkPositional } from '../../args.js';
import { strType } from '../../builtin-types.js';
import { newStr } from '../../strings.js';
import { KeyError } from '../exceptions.js';
import { PyStr } from '../str.js';
import { makeInt } from '../numbers.js';
import { getAttr } from '../../protocols/attributes.js';
import { getItem } from '../../protocols/items.js';
import { repr, str } from '../../protocols/objects.js';
import { fromKernel } from '../../kernel-errors.js';
import { compileFormat, strFormat, type FormatPart, type StrFormatCallbacks } from '../../../../shared/kernels/format/str-format.js';
import { asciiOf, formatObject } from './format-value.js';
import { makeStr } from './str-args.js';

const CACHE_LIMIT = 512;
const compiled = new Map<string, FormatPart[]>();

function compiledFormat(format: string): FormatPart[] {
  let parts = compiled.get(format);
  if (parts === undefined) {
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    parts = compileFormat(format);
    compiled.set(format, parts);
  }
  return parts;
}

/** The state of one format call: its arguments, and the values looked up (released at the end). */
interface FormatCall {
  args: PyValue[];
  npos: number;
  kwnames: readonly string[] | null;
  mapping: PyValue | null;
  held: PyValue[];
}

let current: FormatCall = { args: [], npos: 0, kwnames: null, mapping: null, held: [] };

const hold = (v: PyValue): PyValue => {
  current.held.push(v);
  return v;
};

const positional = (index: number): PyValue | undefined => (index < current.npos ? current.args[index] : undefined);

const callbacks: StrFormatCallbacks<PyValue> = {
  positional,
  keyword(name) {
    const c = current;
    if (c.mapping !== null) {
      const k = newStr(name);
      try {
        return hold(getItem(c.mapping, k));
      } finally {
        decref(k);
      }
    }
    const kw = c.kwnames;
    if (kw !== null) {
      for (let i = 0; i < kw.length; i++) if (kw[i] === name) return c.args[c.npos + i]!;
    }
    throw newException(KeyError, name);
  },
  getAttr: (obj, name) => hold(getAttr(obj, name)),
  getItem(obj, key) {
    const k = typeof key === 'string' ? newStr(key) : typeof key === 'bigint' ? makeInt(key) : key;
    try {
      return hold(getItem(obj, k));
    } finally {
      decref(k);
    }
  },
  convert: (obj, conversion) => (conversion === 0x72 ? repr(obj) : conversion === 0x73 ? str(obj) : asciiOf(obj)),
  format(obj, spec) {
    const r = formatObject(obj, spec) as PyStr;
    const s = r.value;
    decref(r);
    return s;
  },
};

function render(format: PyStr, call: FormatCall): PyValue {
  const outer = current;
  current = call;
  try {
    return makeStr(strFormat(compiledFormat(format.value), call.mapping === null ? callbacks : mapCallbacks));
  } catch (e) {
    throw fromKernel(e);
  } finally {
    for (const v of call.held) decref(v);
    current = outer;
  }
}

/** format_map has no positional arguments at all. */
const mapCallbacks: StrFormatCallbacks<PyValue> = { ...callbacks, positional: null };

export function installStrFormat(): void {
  defineMethods(strType, {
    format(self, args, kwnames) {
      const npos = args.length - (kwnames === null ? 0 : kwnames.length);
      return render(self as PyStr, { args, npos, kwnames, mapping: null, held: [] });
    },
    format_map(self, args, kw) {
      checkPositional('str.format_map', args, kw, 1);
      return render(self as PyStr, { args: [], npos: 0, kwnames: null, mapping: args[0]!, held: [] });
    },
  });
}
