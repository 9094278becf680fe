// str.format() and str.format_map(): the format string parsed as CPython
// 3.11's Objects/stringlib/unicode_format.h parses it, and a driver that
// renders it through callbacks.
//
// CPython parses and renders in one pass, so an error late in the string
// comes only after the fields before it were looked up and formatted (whose
// own errors win). compileFormat keeps that order while parsing once: it
// returns the parts in rendering order and puts a parse error where CPython
// would meet it, as a FormatError part that the driver raises when it gets
// there. Automatic field numbers are assigned in the same order, nested
// specs ('{0:{1}}') included, so they are fixed at compile time; an engine
// may cache the compiled form per format string.

import { raise } from '../py-error.js';
import { decimalDigitValue } from '../numbers/unicode-numeric.js';
import { formatStr } from './format-str.js';
import { joinText } from '../str/code-points.js';

/** A ValueError that rendering raises when it reaches this point. */
export class FormatError {
  constructor(readonly message: string) {}
}

/** One '.name' or '[key]' step after the first name; a key of digits is an int. */
export interface FieldStep {
  attribute: boolean;
  key: string | number | bigint;
}

/** A replacement field, '{name.attr[key]!r:spec}'. */
export interface ReplacementField {
  /** Positional index, or -1 for a keyword field. */
  index: number | bigint;
  /** The keyword name (or '' for a positional field). */
  name: string;
  steps: FieldStep[];
  /** ValueError raised after the steps (a malformed step ends them). */
  stepError: string | null;
  /** 'r', 's', 'a' as char codes, or 0. */
  conversion: number;
  /** ValueError for an unknown conversion, raised after the lookup. */
  conversionError: string | null;
  /** The spec when it has no nested fields. */
  spec: string;
  /** The nested spec's parts when it has fields. */
  specParts: FormatPart[] | null;
}

export type FormatPart = string | ReplacementField | FormatError;

/** What rendering asks of the object model. Each callback raises its own exceptions (KeyError, AttributeError, ...). */
export interface StrFormatCallbacks<V> {
  /** args[index], or undefined when out of range; null for format_map, which has no positional arguments. */
  positional: ((index: number) => V | undefined) | null;
  /** kwargs[name] (format_map: mapping[name]); raises KeyError itself. */
  keyword(name: string): V;
  /** getattr(obj, name). */
  getAttr(obj: V, name: string): V;
  /** obj[key]: an int key for digits (the sequence protocol when obj is a sequence), else the str. */
  getItem(obj: V, key: string | number | bigint): V;
  /** repr(obj), str(obj) or ascii(obj) for conversion 'r', 's', 'a'. */
  convert(obj: V, conversion: number): string;
  /** format(obj, spec). */
  format(obj: V, spec: string): string;
}

const SSIZE_MAX = (1n << 63n) - 1n;
/** get_integer's answer for text that is not all digits. */
const NOT_INT = -1;
/** get_integer's answer when the digits overflow Py_ssize_t. */
const TOO_BIG = -2;

/** CPython's get_integer on s[start:end]: its value, NOT_INT, or TOO_BIG (overflow comes before a later non-digit). */
function getInteger(s: string, start: number, end: number): number | bigint {
  if (start >= end) return NOT_INT;
  let value = 0;
  let big: bigint | null = null;
  for (let i = start; i < end;) {
    let d = s.charCodeAt(i) - 0x30;
    let w = 1;
    if (d < 0 || d > 9) {
      const cp = s.codePointAt(i)!;
      d = cp < 0x80 ? -1 : decimalDigitValue(cp);
      if (d < 0) return NOT_INT;
      w = cp > 0xffff ? 2 : 1;
    }
    i += w;
    if (big === null && value < 1e14) {
      value = value * 10 + d;
    } else {
      if (big === null) big = BigInt(value);
      big = big * 10n + BigInt(d);
      if (big > SSIZE_MAX) return TOO_BIG;
    }
  }
  return big === null ? value : big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

const ANS_INIT = 0;
const ANS_AUTO = 1;
const ANS_MANUAL = 2;

/** The auto-numbering state shared by a format string and its nested specs. */
interface AutoNumber {
  state: number;
  next: number;
}

/** Parses a format string into parts (see the file comment). */
export function compileFormat(format: string): FormatPart[] {
  const parts: FormatPart[] = [];
  compileInto(parts, format, 0, format.length, 2, { state: ANS_INIT, next: 0 });
  return parts;
}

/** MarkupIterator over s[pos:end] into parts; true when it stopped at an error. */
function compileInto(parts: FormatPart[], s: string, pos: number, end: number, depth: number, auto: AutoNumber): boolean {
  if (depth <= 0) return fail(parts, 'Max string recursion exceeded');
  let literal = '';
  while (pos < end) {
    let j = pos;
    let c = 0;
    while (j < end) {
      c = s.charCodeAt(j++);
      if (c === 0x7b || c === 0x7d) break;
      c = 0;
    }
    const atEnd = j >= end;
    if (c === 0x7d && (atEnd || s.charCodeAt(j) !== 0x7d)) return fail(parts, "Single '}' encountered in format string");
    if (c === 0x7b && atEnd) return fail(parts, "Single '{' encountered in format string");
    if (c === 0) {
      literal += s.slice(pos, j);
      break;
    }
    if (s.charCodeAt(j) === c) {
      // '{{' or '}}': one brace of literal text.
      literal += s.slice(pos, j);
      pos = j + 1;
      continue;
    }
    literal += s.slice(pos, j - 1);
    if (literal !== '') {
      parts.push(literal);
      literal = '';
    }
    pos = compileField(parts, s, j, end, depth, auto);
    if (pos < 0) return true;
  }
  if (literal !== '') parts.push(literal);
  return false;
}

function fail(parts: FormatPart[], message: string): true {
  parts.push(new FormatError(message));
  return true;
}

/** parse_field and field_name_split from `pos` (after the '{'): pushes the field; the position after it, or -1 after an error. */
function compileField(parts: FormatPart[], s: string, pos: number, end: number, depth: number, auto: AutoNumber): number {
  const nameStart = pos;
  let c = 0;
  while (pos < end) {
    c = s.charCodeAt(pos++);
    if (c === 0x7b) return fail(parts, "unexpected '{' in field name") && -1;
    if (c === 0x5b) {
      while (pos < end && s.charCodeAt(pos) !== 0x5d) pos++;
      continue;
    }
    if (c === 0x7d || c === 0x3a || c === 0x21) break;
  }
  const nameEnd = pos - 1;
  let conversion = 0;
  let specStart = pos;
  let specEnd = pos;
  let nested = false;
  if (c === 0x21 || c === 0x3a) {
    let done = false;
    if (c === 0x21) {
      if (pos >= end) return fail(parts, 'end of string while looking for conversion specifier') && -1;
      conversion = s.codePointAt(pos)!;
      pos += conversion > 0xffff ? 2 : 1;
      if (pos < end) {
        const next = s.charCodeAt(pos++);
        if (next === 0x7d) done = true;
        else if (next !== 0x3a) return fail(parts, "expected ':' after conversion specifier") && -1;
      }
    }
    if (!done) {
      specStart = pos;
      let count = 1;
      for (;;) {
        if (pos >= end) return fail(parts, "unmatched '{' in format spec") && -1;
        const k = s.charCodeAt(pos++);
        if (k === 0x7b) {
          nested = true;
          count++;
        } else if (k === 0x7d && --count === 0) {
          break;
        }
      }
      specEnd = pos - 1;
    } else {
      specStart = specEnd = pos;
    }
  } else if (c !== 0x7d) {
    return fail(parts, "expected '}' before end of string") && -1;
  }

  // field_name_split: the first name up to '.' or '['.
  let firstEnd = nameStart;
  while (firstEnd < nameEnd) {
    const k = s.charCodeAt(firstEnd);
    if (k === 0x2e || k === 0x5b) break;
    firstEnd++;
  }
  let index = getInteger(s, nameStart, firstEnd);
  if (index === TOO_BIG) return fail(parts, 'Too many decimal digits in format string') && -1;
  const empty = firstEnd === nameStart;
  if (empty || index !== NOT_INT) {
    if (auto.state === ANS_INIT) auto.state = empty ? ANS_AUTO : ANS_MANUAL;
    if (auto.state === ANS_MANUAL && empty) {
      return fail(parts, 'cannot switch from manual field specification to automatic field numbering') && -1;
    }
    if (auto.state === ANS_AUTO && !empty) {
      return fail(parts, 'cannot switch from automatic field numbering to manual field specification') && -1;
    }
    if (empty) index = auto.next++;
  }
  const field: ReplacementField = {
    index,
    name: index === NOT_INT ? s.slice(nameStart, firstEnd) : '',
    steps: [],
    stepError: null,
    conversion: 0,
    conversionError: null,
    spec: nested ? '' : s.slice(specStart, specEnd),
    specParts: null,
  };
  parts.push(field);
  field.stepError = compileSteps(field.steps, s, firstEnd, nameEnd);
  if (field.stepError !== null) return -1;
  if (conversion !== 0) {
    if (conversion === 0x72 || conversion === 0x73 || conversion === 0x61) {
      field.conversion = conversion;
    } else {
      const shown = conversion > 32 && conversion < 127 ? String.fromCharCode(conversion) : '\\x' + conversion.toString(16);
      field.conversionError = `Unknown conversion specifier ${shown}`;
      return -1;
    }
  }
  if (nested) {
    field.specParts = [];
    if (compileInto(field.specParts, s, specStart, specEnd, depth - 1, auto)) return -1;
  }
  return pos;
}

/** FieldNameIterator over s[pos:end] into steps; the error that ends them, or null. */
function compileSteps(steps: FieldStep[], s: string, pos: number, end: number): string | null {
  while (pos < end) {
    const c = s.charCodeAt(pos++);
    const start = pos;
    let key: string | number | bigint;
    if (c === 0x2e) {
      while (pos < end) {
        const k = s.charCodeAt(pos);
        if (k === 0x2e || k === 0x5b) break;
        pos++;
      }
      if (pos === start) return 'Empty attribute in format string';
      steps.push({ attribute: true, key: s.slice(start, pos) });
      continue;
    }
    if (c !== 0x5b) return "Only '.' or '[' may follow ']' in format field specifier";
    while (pos < end && s.charCodeAt(pos) !== 0x5d) pos++;
    if (pos >= end) return "Missing ']' in format string";
    const index = getInteger(s, start, pos);
    if (index === TOO_BIG) return 'Too many decimal digits in format string';
    if (pos === start) return 'Empty attribute in format string';
    key = index === NOT_INT ? s.slice(start, pos) : index;
    pos++;
    steps.push({ attribute: false, key });
  }
  return null;
}

/** fmt.format(...) / fmt.format_map(...): the compiled parts rendered through the callbacks. */
export function strFormat<V>(format: string | FormatPart[], callbacks: StrFormatCallbacks<V>): string {
  return render(typeof format === 'string' ? compileFormat(format) : format, callbacks);
}

function render<V>(parts: FormatPart[], cb: StrFormatCallbacks<V>): string {
  let out = '';
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (typeof part === 'string') {
      out = joinText(out, part);
      continue;
    }
    if (part instanceof FormatError) raise('ValueError', part.message);
    let obj: V;
    const index = part.index;
    if (index === NOT_INT) {
      obj = cb.keyword(part.name);
    } else {
      if (cb.positional === null) raise('ValueError', 'Format string contains positional fields');
      const found = typeof index === 'number' ? cb.positional(index) : undefined;
      if (found === undefined) raise('IndexError', `Replacement index ${index} out of range for positional args tuple`);
      obj = found;
    }
    const steps = part.steps;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      obj = step.attribute ? cb.getAttr(obj, step.key as string) : cb.getItem(obj, step.key);
    }
    if (part.stepError !== null) raise('ValueError', part.stepError);
    if (part.conversionError !== null) raise('ValueError', part.conversionError);
    // Conversions give an exact str, which str.__format__ formats.
    const text = part.conversion !== 0 ? cb.convert(obj, part.conversion) : null;
    const spec = part.specParts !== null ? render(part.specParts, cb) : part.spec;
    // joinText: a lone high surrogate meeting a lone low one gets a pair break (str/code-points.ts).
    out = joinText(out, text !== null ? formatStr(text, spec) : cb.format(obj, spec));
  }
  return out;
}
