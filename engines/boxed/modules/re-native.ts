// `_pyw_re`: the native half of the re module (shared/lib/re/__init__.py is the other half).
// compile(pattern, flags) makes a re.Pattern over the regex kernel (shared/kernels/regex); Pattern
// and Match are native types here because matching is a hot path (bench/programs/regex.py): a
// Match keeps its spans in one array and slices the subject only when a group is asked for.
//
// Subjects (re-subject.ts): str patterns match str, bytes patterns bytes-like objects.
// The Python layer registers re.error with set_error() so syntax errors are raised as re.error.

import { decref, incref, newref, PyObject, type PyValue } from '../object.js';
import { raise, newException } from '../errors.js';
import { builtinType, dictType, strType } from '../builtin-types.js';
import { defineAttribute, defineClassMethods, defineFunctions, defineGetSets, defineMethods, defineStatic } from '../define.js';
import { checkPositional, parseArgs } from '../args.js';
import { asSsize } from '../convert.js';
import { fromKernel } from '../kernel-errors.js';
import { intern, newStr } from '../strings.js';
import { classHooks } from '../class-hooks.js';
import { PyStr } from '../types/str.js';
import { PyBytes, PyByteArray } from '../types/bytes.js';
import { PyDict } from '../types/dict.js';
import { PyList, PyTuple } from '../types/sequences.js';
import { newTuple } from '../types/sequences/tuple-type.js';
import { False, True, intValue } from '../types/numbers.js';
import { None, NotImplemented } from '../types/singletons.js';
import { IndexError, NotImplementedError, StopIteration, TypeError } from '../types/exceptions.js';
import type { PyModule } from '../types/module.js';
import type { NativeMethod } from '../types/native.js';
import { classGetItemOf } from '../types/generic-alias.js';
import { latin1, Subject, subjectOf } from './re-subject.js';
import { call } from '../protocols/call.js';
import { hash, repr } from '../protocols/objects.js';
import { typeName } from '../protocols/type-of.js';
import { strRepr } from '../../../shared/kernels/repr/str-repr.js';
import { bytesRepr } from '../../../shared/kernels/repr/bytes-repr.js';
import {
  CompiledRegex, MODE_FULLMATCH, MODE_MATCH, MODE_SEARCH, parseTemplate, RegexError, RegexUnsupported, Scan,
  type TemplatePart,
} from '../../../shared/kernels/regex/index.js';

export const patternType = builtinType('Pattern', { subclassable: false });
export const matchType = builtinType('Match', { subclassable: false });
const scannerType = builtinType('SRE_Scanner', { subclassable: false });
const callableIteratorType = builtinType('callable_iterator', { subclassable: false });

/** re.error, registered by re/__init__.py. */
let errorClass: PyValue | null = null;

function regexError(e: RegexError, pattern: PyValue): never {
  if (errorClass === null) raise(TypeError, e.msg);
  // Errors without a position come from CPython's compiler stage, which gives no pattern either.
  const args: PyValue[] = e.pos === null ? [newStr(e.msg)] : [newStr(e.msg), newref(pattern), e.pos];
  const exc = call(errorClass, args);
  args.forEach(decref);
  throw exc;
}

function convertError(e: unknown, pattern: PyValue): never {
  if (e instanceof RegexError) regexError(e, pattern);
  if (e instanceof RegexUnsupported) raise(NotImplementedError, e.message);
  throw fromKernel(e);
}

// --- Pattern -----------------------------------------------------------------------------------

class PyPattern extends PyObject {
  groupIndexDict: PyDict | null = null;
  /** The last few parsed templates of sub() (repl text → parts). */
  readonly templates = new Map<string, TemplatePart[]>();
  constructor(readonly cr: CompiledRegex, readonly pattern: PyValue, readonly isBytes: boolean) {
    super(patternType);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.pattern);
    if (this.groupIndexDict !== null) decref(this.groupIndexDict);
  }
}

function compilePattern(pattern: PyValue, flags: number): PyPattern {
  let text: string;
  let isBytes = false;
  if (pattern instanceof PyStr) text = pattern.value;
  else if (pattern instanceof PyBytes) { text = latin1(pattern.value, pattern.value.length); isBytes = true; }
  else raise(TypeError, 'first argument must be string or compiled pattern');
  let cr: CompiledRegex;
  try {
    cr = new CompiledRegex(text, flags, isBytes);
  } catch (e) {
    convertError(e, pattern);
  }
  return new PyPattern(cr, newref(pattern), isBytes);
}

function groupIndexDict(p: PyPattern): PyDict {
  if (p.groupIndexDict === null) {
    const d = new PyDict(dictType);
    for (const [name, g] of p.cr.groupIndex) {
      const key = newStr(name);
      d.setStr(name, key, g);
      decref(key);
    }
    p.groupIndexDict = d;
  }
  return p.groupIndexDict;
}

/** (string, pos, endpos) arguments: the subject and clamped JS positions. */
interface Range { subject: Subject; pos: number; endpos: number }

function rangeArgs(p: PyPattern, fname: string, args: readonly PyValue[], kw: readonly string[] | null): Range {
  let s: PyValue | undefined;
  let posV: PyValue | undefined;
  let endV: PyValue | undefined;
  if (kw === null && args.length >= 1 && args.length <= 3) {
    [s, posV, endV] = args;
  } else {
    [s, posV, endV] = parseArgs(fname, args, kw, { names: ['string', 'pos', 'endpos'], required: 1 });
  }
  const subject = subjectOf(p.isBytes, s!);
  const n = subject.length;
  let pos = posV === undefined ? 0 : asSsize(posV);
  let endpos = endV === undefined ? n : asSsize(endV);
  if (pos < 0) pos = 0; else if (pos > n) pos = n;
  if (endpos < 0) endpos = 0; else if (endpos > n) endpos = n;
  return { subject, pos, endpos };
}

/** The text the kernel sees: cut at endpos (JS units). */
function cutText(r: Range): string {
  const end = r.subject.unit(r.endpos);
  return end === r.subject.text.length ? r.subject.text : r.subject.text.slice(0, end);
}

// --- Match -------------------------------------------------------------------------------------

class PyMatch extends PyObject {
  constructor(
    readonly pattern: PyPattern,
    readonly subject: Subject,
    /** [start, end] per group in JS units (−1 when unset). */
    readonly spans: number[],
    readonly pos: number,
    readonly endpos: number,
  ) {
    super(matchType);
    incref(pattern);
    incref(subject.obj);
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.pattern);
    decref(this.subject.obj);
  }
}

function newMatch(p: PyPattern, m: RegExpExecArray, r: Range): PyMatch {
  const spans: number[] = new Array(2 * (p.cr.groups + 1));
  p.cr.spans(m, spans);
  return new PyMatch(p, r.subject, spans, r.pos, r.endpos);
}

function runMatch(p: PyPattern, r: Range, mode: number): PyValue {
  if (r.pos > r.endpos) return None;
  const m = p.cr.exec(cutText(r), r.subject.unit(r.pos), mode, true);
  return m === null ? None : newMatch(p, m, r);
}

/** A group argument (int-like or name) as a group number; IndexError "no such group". */
function groupNumber(m: PyMatch, g: PyValue): number {
  if (typeof g === 'number') {
    if (g >= 0 && g <= m.pattern.cr.groups) return g;
  } else if (g instanceof PyStr) {
    const n = m.pattern.cr.groupIndex.get(g.value);
    if (n !== undefined) return n;
  } else {
    const n = intValue(g);
    if (n !== undefined && n >= 0 && n <= m.pattern.cr.groups) return Number(n);
  }
  raise(IndexError, 'no such group');
}

function groupValue(m: PyMatch, g: number, dflt: PyValue): PyValue {
  const s = m.spans[2 * g]!;
  if (s < 0) return newref(dflt);
  return m.subject.slice(s, m.spans[2 * g + 1]!);
}

function spanOf(m: PyMatch, g: number): [number, number] {
  const s = m.spans[2 * g]!;
  if (s < 0) return [-1, -1];
  return [m.subject.py(s), m.subject.py(m.spans[2 * g + 1]!)];
}

function lastIndex(m: PyMatch): number {
  const cr = m.pattern.cr;
  let best = -1;
  let bestEnd = -1;
  for (let g = 1; g <= cr.groups; g++) {
    const e = m.spans[2 * g + 1]!;
    if (m.spans[2 * g]! < 0) continue;
    if (e > bestEnd || (e === bestEnd && cr.parsed.closeOrder[g]! > cr.parsed.closeOrder[best]!)) {
      best = g;
      bestEnd = e;
    }
  }
  return best;
}

function textRepr(subject: Subject, v: PyValue): string {
  if (v instanceof PyBytes) return bytesRepr(v.value);
  if (v instanceof PyStr) return strRepr(v.value);
  void subject;
  return repr(v);
}

const matchMethods: Record<string, NativeMethod> = {
  group(self, args, kw) {
    const m = self as PyMatch;
    if (kw !== null && kw.length) raise(TypeError, 'group() takes no keyword arguments');
    if (args.length === 0) return groupValue(m, 0, None);
    if (args.length === 1) return groupValue(m, groupNumber(m, args[0]!), None);
    return newTuple(args.map((a) => groupValue(m, groupNumber(m, a), None)));
  },
  __getitem__(self, args) {
    const m = self as PyMatch;
    return groupValue(m, groupNumber(m, args[0]!), None);
  },
  groups(self, args, kw) {
    const m = self as PyMatch;
    const [d] = parseArgs('groups', args, kw, { names: ['default'], required: 0 });
    const out: PyValue[] = [];
    for (let g = 1; g <= m.pattern.cr.groups; g++) out.push(groupValue(m, g, d ?? None));
    return newTuple(out);
  },
  groupdict(self, args, kw) {
    const m = self as PyMatch;
    const [d] = parseArgs('groupdict', args, kw, { names: ['default'], required: 0 });
    const out = new PyDict(dictType);
    for (const [name, g] of m.pattern.cr.groupIndex) {
      const v = groupValue(m, g, d ?? None);
      const key = newStr(name);
      out.setStr(name, key, v);
      decref(key);
      decref(v);
    }
    return out;
  },
  start(self, args, kw) {
    checkPositional('start', args, kw, 0, 1);
    const m = self as PyMatch;
    return spanOf(m, args.length ? groupNumber(m, args[0]!) : 0)[0];
  },
  end(self, args, kw) {
    checkPositional('end', args, kw, 0, 1);
    const m = self as PyMatch;
    return spanOf(m, args.length ? groupNumber(m, args[0]!) : 0)[1];
  },
  span(self, args, kw) {
    checkPositional('span', args, kw, 0, 1);
    const m = self as PyMatch;
    const [s, e] = spanOf(m, args.length ? groupNumber(m, args[0]!) : 0);
    return new PyTuple([s, e]);
  },
  expand(self, args, kw) {
    checkPositional('expand', args, kw, 1);
    const m = self as PyMatch;
    const parts = templateOf(m.pattern, args[0]!);
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') out += part;
      else {
        const s = m.spans[2 * part]!;
        if (s >= 0) out += m.subject.text.slice(s, m.spans[2 * part + 1]!);
      }
    }
    return m.subject.fromText(out);
  },
  __repr__(self) {
    const m = self as PyMatch;
    const [s, e] = spanOf(m, 0);
    const g0 = groupValue(m, 0, None);
    // CPython formats the group with %.50R: its repr cut to 50 characters.
    let text = textRepr(m.subject, g0);
    decref(g0);
    if (text.length > 50) text = Array.from(text).slice(0, 50).join('');
    return newStr(`<re.Match object; span=(${s}, ${e}), match=${text}>`);
  },
  __copy__: (self) => newref(self),
  __deepcopy__: (self) => newref(self),
};

const matchGetSets = {
  pos: (self: PyValue) => (self as PyMatch).pos,
  endpos: (self: PyValue) => (self as PyMatch).endpos,
  re: (self: PyValue) => newref((self as PyMatch).pattern),
  string: (self: PyValue) => newref((self as PyMatch).subject.obj),
  lastindex: (self: PyValue) => {
    const g = lastIndex(self as PyMatch);
    return g < 0 ? None : g;
  },
  lastgroup: (self: PyValue) => {
    const m = self as PyMatch;
    const g = lastIndex(m);
    if (g < 0) return None;
    for (const [name, n] of m.pattern.cr.groupIndex) if (n === g) return newStr(name);
    return None;
  },
  regs: (self: PyValue) => {
    const m = self as PyMatch;
    const out: PyValue[] = [];
    for (let g = 0; g <= m.pattern.cr.groups; g++) {
      const [s, e] = spanOf(m, g);
      out.push(new PyTuple([s, e]));
    }
    return newTuple(out);
  },
};

// --- templates, sub, findall, split ------------------------------------------------------------

function templateOf(p: PyPattern, repl: PyValue): TemplatePart[] {
  let text: string;
  if (repl instanceof PyStr && !p.isBytes) text = repl.value;
  else if ((repl instanceof PyBytes || repl instanceof PyByteArray) && p.isBytes) {
    text = repl instanceof PyBytes ? latin1(repl.value, repl.value.length) : latin1(repl.buffer, repl.length);
  } else if (p.isBytes) {
    raise(TypeError, `a bytes-like object is required, not '${typeName(repl)}'`);
  } else {
    raise(TypeError, `decoding to str: need a bytes-like object, ${typeName(repl)} found`);
  }
  let parts = p.templates.get(text);
  if (parts === undefined) {
    try {
      parts = text.includes('\\') ? parseTemplate(text, p.cr.groups, p.cr.groupIndex) : [text];
    } catch (e) {
      convertError(e, repl);
    }
    if (p.templates.size > 16) p.templates.clear();
    p.templates.set(text, parts);
  }
  return parts;
}

function isCallable(v: PyValue): boolean {
  return typeof v !== 'number' && v.ob_type.lookup('__call__') !== null;
}

function subImpl(p: PyPattern, args: readonly PyValue[], kw: readonly string[] | null, fname: string, withCount: boolean): PyValue {
  const [repl, s, countV] = parseArgs(fname, args, kw, { names: ['repl', 'string', 'count'], required: 2 });
  const subject = subjectOf(p.isBytes, s!);
  const count = countV === undefined ? 0 : asSsize(countV);
  const cr = p.cr;
  const text = subject.text;
  const callable = !(repl instanceof PyStr || repl instanceof PyBytes) && isCallable(repl!);
  // A replacement of the other string type fails in CPython's final join, not at once.
  const mismatched = !callable && (p.isBytes ? repl instanceof PyStr : repl instanceof PyBytes);
  const parts = callable || mismatched ? null : templateOf(p, repl!);
  const literal = parts !== null && parts.length <= 1 && (parts.length === 0 || typeof parts[0] === 'string')
    ? (parts[0] as string | undefined) ?? '' : null;
  const scan = new Scan(0);
  let out = '';
  let last = 0;
  let n = 0;
  const range: Range = { subject, pos: 0, endpos: subject.length };
  let pieces = 0; // items of CPython's list of pieces so far (its join error names the index)
  const badPiece = (v: PyValue): never => raise(TypeError, subject.bytes === null
    ? `sequence item ${pieces}: expected str instance, ${typeName(v)} found`
    : `sequence item ${pieces}: expected a bytes-like object, ${typeName(v)} found`);
  // count < 0 replaces nothing, as in CPython.
  while (count === 0 || n < count) {
    const m = cr.next(text, scan, callable);
    if (m === null) break;
    if (m.index > last) pieces++;
    out += text.slice(last, m.index);
    if (literal !== null) out += literal;
    else if (parts !== null) out += cr.expand(parts, m);
    else if (mismatched) badPiece(repl!);
    else {
      const match = newMatch(p, m, range);
      let r: PyValue;
      try {
        r = call(repl!, [match]);
      } finally {
        decref(match);
      }
      if (r !== None) {
        if (subject.bytes === null ? !(r instanceof PyStr) : !(r instanceof PyBytes)) {
          try { badPiece(r); } finally { decref(r); }
        }
        out += r instanceof PyStr ? r.value : latin1((r as PyBytes).value, (r as PyBytes).value.length);
        decref(r);
      }
    }
    pieces++;
    last = m.index + m[0].length;
    n++;
  }
  let result: PyValue;
  if (n === 0 && s instanceof PyStr && s.ob_type === strType) {
    result = newref(s);
  } else {
    out += text.slice(last);
    result = subject.fromText(out);
  }
  if (!withCount) return result;
  return new PyTuple([result, n]);
}

function findallImpl(p: PyPattern, r: Range): PyValue {
  const cr = p.cr;
  const text = cutText(r);
  const scan = new Scan(r.subject.unit(r.pos));
  const out: PyValue[] = [];
  const groups = cr.groups;
  const sub = r.subject;
  if (r.pos <= r.endpos) {
    for (;;) {
      const m = cr.next(text, scan, false);
      if (m === null) break;
      if (groups === 0) out.push(sub.fromText(m[0]));
      else if (groups === 1) out.push(sub.fromText(m[cr.jsGroup(1)] ?? ''));
      else {
        const items: PyValue[] = [];
        for (let g = 1; g <= groups; g++) items.push(sub.fromText(m[cr.jsGroup(g)] ?? ''));
        out.push(new PyTuple(items));
      }
    }
  }
  return new PyList(out);
}

// --- iterators ---------------------------------------------------------------------------------

/** finditer()'s iterator (callable_iterator in CPython) and scanner objects: a scan with state. */
class PyScanner extends PyObject {
  readonly scan: Scan;
  readonly text: string;
  done = false;
  constructor(type: typeof scannerType, readonly pattern: PyPattern, readonly range: Range) {
    super(type);
    incref(pattern);
    incref(range.subject.obj);
    this.scan = new Scan(range.subject.unit(range.pos));
    this.text = cutText(range);
    if (range.pos > range.endpos) this.done = true;
  }

  override releaseRefs(): void {
    super.releaseRefs();
    decref(this.pattern);
    decref(this.range.subject.obj);
  }

  nativeNext(): PyValue | undefined {
    if (this.done) return undefined;
    const m = this.pattern.cr.next(this.text, this.scan, true);
    if (m === null) {
      this.done = true;
      return undefined;
    }
    return newMatch(this.pattern, m, this.range);
  }
}

/** scanner.match()/search(): one step, anchored at the scan position or searching from it. */
function scannerStep(sc: PyScanner, anchored: boolean): PyValue {
  if (sc.done) return None;
  const cr = sc.pattern.cr;
  if (!anchored) {
    const m = cr.next(sc.text, sc.scan, true);
    if (m === null) { sc.done = true; return None; }
    return newMatch(sc.pattern, m, sc.range);
  }
  if (sc.scan.pos > sc.text.length) { sc.done = true; return None; }
  const m = sc.scan.mustAdvance ? null : cr.exec(sc.text, sc.scan.pos, MODE_MATCH, true);
  if (m === null) { sc.done = true; return None; }
  const end = m.index + m[0].length;
  sc.scan.mustAdvance = end === m.index;
  sc.scan.pos = end;
  return newMatch(sc.pattern, m, sc.range);
}

// --- Pattern methods ---------------------------------------------------------------------------

const FLAG_NAMES: [string, number][] = [
  ['re.TEMPLATE', 1], ['re.IGNORECASE', 2], ['re.LOCALE', 4], ['re.MULTILINE', 8], ['re.DOTALL', 16],
  ['re.UNICODE', 32], ['re.VERBOSE', 64], ['re.DEBUG', 128], ['re.ASCII', 256],
];

function patternRepr(p: PyPattern): string {
  let flags = p.cr.flags;
  if (!p.isBytes && (flags & (4 | 32 | 256)) === 32) flags &= ~32;
  let text = p.pattern instanceof PyStr ? strRepr(p.pattern.value) : bytesRepr((p.pattern as PyBytes).value);
  const cps = Array.from(text);
  if (cps.length > 200) text = cps.slice(0, 200).join('');
  if (flags === 0) return `re.compile(${text})`;
  const names: string[] = [];
  for (const [name, bit] of FLAG_NAMES) {
    if (flags & bit) { names.push(name); flags &= ~bit; }
  }
  if (flags) names.push('0x' + flags.toString(16));
  return `re.compile(${text}, ${names.join('|')})`;
}

const patternMethods: Record<string, NativeMethod> = {
  match: (self, args, kw) => runMatch(self as PyPattern, rangeArgs(self as PyPattern, 'match', args, kw), MODE_MATCH),
  search: (self, args, kw) => runMatch(self as PyPattern, rangeArgs(self as PyPattern, 'search', args, kw), MODE_SEARCH),
  fullmatch: (self, args, kw) => runMatch(self as PyPattern, rangeArgs(self as PyPattern, 'fullmatch', args, kw), MODE_FULLMATCH),
  findall: (self, args, kw) => findallImpl(self as PyPattern, rangeArgs(self as PyPattern, 'findall', args, kw)),
  finditer(self, args, kw) {
    const p = self as PyPattern;
    return new PyScanner(callableIteratorType, p, rangeArgs(p, 'finditer', args, kw));
  },
  scanner(self, args, kw) {
    const p = self as PyPattern;
    return new PyScanner(scannerType, p, rangeArgs(p, 'scanner', args, kw));
  },
  sub: (self, args, kw) => subImpl(self as PyPattern, args, kw, 'sub', false),
  subn: (self, args, kw) => subImpl(self as PyPattern, args, kw, 'subn', true),
  split(self, args, kw) {
    const p = self as PyPattern;
    const [s, maxV] = parseArgs('split', args, kw, { names: ['string', 'maxsplit'], required: 1 });
    const subject = subjectOf(p.isBytes, s!);
    const pieces = p.cr.split(subject.text, maxV === undefined ? 0 : asSsize(maxV));
    return new PyList(pieces.map((x) => (x === undefined ? None : subject.fromText(x))));
  },
  __repr__: (self) => newStr(patternRepr(self as PyPattern)),
  __eq__(self, args) {
    const a = self as PyPattern;
    const b = args[0]!;
    if (!(b instanceof PyPattern)) return NotImplemented;
    if (a === b) return True;
    const same = a.cr.flags === b.cr.flags && a.isBytes === b.isBytes && a.cr.pattern === b.cr.pattern;
    return same ? True : False;
  },
  __ne__(self, args) {
    const b = args[0]!;
    if (!(b instanceof PyPattern)) return NotImplemented;
    return patternMethods.__eq__!(self, args, null) === True ? False : True;
  },
  __hash__(self) {
    const p = self as PyPattern;
    const h = hash(p.pattern);
    const n = typeof h === 'number' ? h : Number(BigInt.asIntN(32, h));
    return (n ^ p.cr.flags) === -1 ? -2 : n ^ p.cr.flags;
  },
  __copy__: (self) => newref(self),
  __deepcopy__: (self) => newref(self),
};

const patternGetSets = {
  pattern: (self: PyValue) => newref((self as PyPattern).pattern),
  flags: (self: PyValue) => (self as PyPattern).cr.flags,
  groups: (self: PyValue) => (self as PyPattern).cr.groups,
  groupindex: (self: PyValue) => classHooks.mappingProxy(groupIndexDict(self as PyPattern)),
};

const moduleFunctions: Record<string, NativeMethod> = {
  compile(_self, args, kw) {
    checkPositional('compile', args, kw, 2);
    const f = intValue(args[1]!);
    if (f === undefined) raise(TypeError, `flags must be int, not ${typeName(args[1]!)}`);
    return compilePattern(args[0]!, Number(f));
  },
  /** warnings(pattern) -> the FutureWarning messages of its parse (re/__init__.py issues them). */
  warnings(_self, args, kw) {
    checkPositional('warnings', args, kw, 1);
    const p = args[0]!;
    if (!(p instanceof PyPattern)) raise(TypeError, 'expected a compiled pattern');
    return new PyList(p.cr.parsed.warnings.map((w) => newStr(w)));
  },
  set_error(_self, args, kw) {
    checkPositional('set_error', args, kw, 1);
    if (errorClass !== null) decref(errorClass);
    errorClass = newref(args[0]!);
    return None;
  },
  /** template(pattern, repl) -> list of str/bytes literals and int group numbers (Match.expand's parts). */
  template(_self, args, kw) {
    checkPositional('template', args, kw, 2);
    const p = args[0]!;
    if (!(p instanceof PyPattern)) raise(TypeError, 'expected a compiled pattern');
    const parts = templateOf(p, args[1]!);
    return new PyList(parts.map((x) => (typeof x === 'number' ? x : p.isBytes ? new Subject(None, '', new Uint8Array(0), 0, null).fromText(x) : newStr(x))));
  },
};

function initRe(mod: PyModule): void {
  defineFunctions(mod.ns, mod, moduleFunctions);
  for (const [name, t] of [['Pattern', patternType], ['Match', matchType]] as const) {
    mod.ns.setStr(name, intern(name), t);
  }
  mod.ns.setStr('MAXREPEAT', intern('MAXREPEAT'), 4294967295);
  mod.ns.setStr('MAXGROUPS', intern('MAXGROUPS'), 1073741823);
}

let installed = false;

function installTypes(): void {
  if (installed) return;
  installed = true;
  defineMethods(patternType, patternMethods);
  defineGetSets(patternType, patternGetSets);
  defineClassMethods(patternType, { __class_getitem__: classGetItemOf('Pattern') });
  defineAttribute(patternType, '__module__', intern('re'));
  defineMethods(matchType, matchMethods);
  defineGetSets(matchType, matchGetSets);
  defineClassMethods(matchType, { __class_getitem__: classGetItemOf('Match') });
  defineAttribute(matchType, '__module__', intern('re'));
  for (const [t, name] of [[patternType, 're.Pattern'], [matchType, 're.Match'], [scannerType, '_sre.SRE_Scanner'], [callableIteratorType, 'callable_iterator']] as const) {
    defineStatic(t, '__new__', () => raise(TypeError, `cannot create '${name}' instances`));
  }
  defineMethods(callableIteratorType, {
    __iter__: (self) => newref(self),
    __next__: (self) => {
      const v = (self as PyScanner).nativeNext();
      if (v === undefined) throw newException(StopIteration);
      return v;
    },
  });
  defineMethods(scannerType, {
    match: (self) => scannerStep(self as PyScanner, true),
    search: (self) => scannerStep(self as PyScanner, false),
  });
  defineGetSets(scannerType, { pattern: (self: PyValue) => newref((self as PyScanner).pattern) });
  defineAttribute(scannerType, '__module__', intern('_sre'));
}

/** Registers `_pyw_re` with the import system (the caller passes registerBuiltinModule). */
export function registerReModule(register: (name: string, init: (mod: PyModule) => void) => void): void {
  register('_pyw_re', (mod) => {
    installTypes();
    initRe(mod);
  });
}
