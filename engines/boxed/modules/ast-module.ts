// The native `_ast` module: the AST node classes (ast.AST, the abstract sum types such as `expr`,
// every constructor such as `Name`, the product types and the operator/context singletons' classes),
// generated from the node table in shared/ast/nodes.ts as CPython generates Python-ast.c from
// Python.asdl; and the two conversions compile() needs: our parser's JS tree to these Python
// objects (ast2obj) and back (obj2ast).

import {
  ELLIPSIS, ENUM_TYPES, POSITION_ATTRIBUTES, POSITIONED_TYPES, PRODUCT_TYPES, SUM_TYPES,
  PyBytes as AstBytes, PyComplex as AstComplex, PyFrozenset as AstFrozenset, PyStrCodePoints,
  PyTuple as AstTuple, type Mod, type PyConstant,
} from '../../../shared/ast/nodes.js';
import { decref, newref, type PyValue, type PyObject } from '../object.js';
import { raise } from '../errors.js';
import { defineMethods } from '../define.js';
import { dictType, objectType, typeType } from '../builtin-types.js';
import { intern, newStr } from '../strings.js';
import { PyType } from '../type.js';
import { PyDict } from '../types/dict.js';
import { PyModule } from '../types/module.js';
import { PyStr } from '../types/str.js';
import { PyBytes } from '../types/bytes.js';
import { PySet } from '../types/set.js';
import { PyList, PyTuple } from '../types/sequences.js';
import { PyBool, PyComplex, PyFloat, PyLong, False, True, intFromNumber, intValue, makeInt } from '../types/numbers.js';
import { Ellipsis, None } from '../types/singletons.js';
import { TypeError, ValueError } from '../types/exceptions.js';
import { call } from '../protocols/call.js';
import { getAttrOrUndefined, setAttr } from '../protocols/attributes.js';
import { repr } from '../protocols/objects.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import { toArray } from '../protocols/iteration.js';
import { runtimeHooks } from '../runtime-hooks.js';
import { engineText, fromEngineText } from '../../../shared/kernels/py-str.js';

/** One field of a node kind: its name, base type, and whether it is a list or may be None. */
interface FieldSpec { name: string; base: string; list: boolean; optional: boolean }

interface AstClasses {
  ast: PyType;
  /** Every class by name (AST, the sum types, constructors, products, enumerations and their members). */
  byName: Map<string, PyType>;
  /** Constructor or product name of each concrete class, for obj2ast. */
  kindOf: Map<PyType, string>;
  /** The shared instance of each enumeration member (Load, Add, ...), as ast2obj hands out. */
  singletons: Map<string, PyValue>;
}

const FIELD_SPECS = new Map<string, FieldSpec[]>();
/** The sum or product type of each constructor, and the enumeration of each enum member. */
const OWNER = new Map<string, string>();
const ENUM_OF = new Map<string, string>();

function parseSpec(name: string, spelling: string): FieldSpec {
  const list = spelling.endsWith('*');
  const s = list ? spelling.slice(0, -1) : spelling;
  const optional = s.endsWith('?');
  return { name, base: optional ? s.slice(0, -1) : s, list, optional };
}

for (const [sum, ctors] of Object.entries(SUM_TYPES)) {
  for (const [ctor, fields] of Object.entries(ctors)) {
    FIELD_SPECS.set(ctor, Object.entries(fields).map(([f, t]) => parseSpec(f, t as string)));
    OWNER.set(ctor, sum);
  }
}
for (const [prod, fields] of Object.entries(PRODUCT_TYPES)) {
  FIELD_SPECS.set(prod, Object.entries(fields).map(([f, t]) => parseSpec(f, t as string)));
  OWNER.set(prod, prod);
}
for (const [e, members] of Object.entries(ENUM_TYPES)) for (const m of members) ENUM_OF.set(m, e);

let classes: AstClasses | null = null;

function strTuple(names: readonly string[]): PyTuple {
  return new PyTuple(names.map((n) => intern(n)));
}

/** class name(*bases) with the given namespace entries, in module `ast`. */
function makeClass(name: string, bases: PyType[], entries: Record<string, PyValue>): PyType {
  const ns = new PyDict(dictType);
  ns.setStr('__module__', intern('__module__'), intern('ast'));
  for (const [k, v] of Object.entries(entries)) {
    ns.setStr(k, intern(k), v);
    decref(v);
  }
  const nameStr = newStr(name);
  const basesTuple = new PyTuple(bases.map((b) => newref(b)));
  const cls = call(typeType, [nameStr, basesTuple, ns]);
  decref(nameStr); decref(basesTuple); decref(ns);
  return cls as PyType;
}

function fieldNames(t: PyValue): string[] {
  const f = getAttrOrUndefined(t, '_fields');
  if (f === undefined) return [];
  const items = toArray(f);
  decref(f);
  const names = items.map((x) => (x instanceof PyStr ? x.value : ''));
  items.forEach(decref);
  return names;
}

/** AST.__init__(*args, **kwargs): positional arguments fill _fields in order, keywords set attributes. */
const astInit = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const fields = npos > 0 || nkw > 0 ? fieldNames(typeOf(self)) : [];
  if (npos > fields.length) {
    raise(TypeError, `${typeName(self)} constructor takes at most ${fields.length} positional argument${fields.length === 1 ? '' : 's'}`);
  }
  for (let i = 0; i < npos; i++) setAttr(self, fields[i]!, args[i]!);
  for (let i = 0; i < nkw; i++) {
    const key = kwnames![i]!;
    const at = fields.indexOf(key);
    if (at >= 0 && at < npos) raise(TypeError, `${typeName(self)} got multiple values for argument '${key}'`);
    setAttr(self, key, args[npos + i]!);
  }
  return None;
};

/** AST.__reduce__: (type(self), (), self.__dict__) so that copy and pickle rebuild nodes. */
const astReduce = (self: PyValue): PyValue => {
  const t = newref(typeOf(self));
  const empty = new PyTuple([]);
  const d = typeof self === 'number' ? null : (self as PyObject).dict;
  if (d instanceof PyDict && d.size > 0) return new PyTuple([t, empty, newref(d)]);
  return new PyTuple([t, empty]);
};

/** The node classes, built on first use (they need the type machinery up and running). */
export function astClasses(): AstClasses {
  if (classes !== null) return classes;
  const byName = new Map<string, PyType>();
  const kindOf = new Map<PyType, string>();
  const singletons = new Map<string, PyValue>();
  const ast = makeClass('AST', [objectType], { _fields: strTuple([]), _attributes: strTuple([]) });
  defineMethods(ast, { __init__: astInit, __reduce__: astReduce });
  byName.set('AST', ast);
  const positions = (t: string): PyTuple => strTuple(POSITIONED_TYPES.has(t) ? POSITION_ATTRIBUTES : []);
  // Optional fields and the end positions default to None on the class, as in CPython.
  const defaults = (specs: FieldSpec[], positioned: boolean): Record<string, PyValue> => {
    const out: Record<string, PyValue> = {};
    for (const s of specs) if (s.optional && !s.list) out[s.name] = None;
    if (positioned) { out.end_lineno = None; out.end_col_offset = None; }
    return out;
  };
  for (const [sum, ctors] of Object.entries(SUM_TYPES)) {
    const positioned = POSITIONED_TYPES.has(sum);
    const base = makeClass(sum, [ast], { _fields: strTuple([]), _attributes: positions(sum), ...defaults([], positioned) });
    byName.set(sum, base);
    for (const ctor of Object.keys(ctors)) {
      const specs = FIELD_SPECS.get(ctor)!;
      const names = specs.map((s) => s.name);
      const cls = makeClass(ctor, [base], {
        _fields: strTuple(names), __match_args__: strTuple(names), ...defaults(specs, false),
      });
      byName.set(ctor, cls);
      kindOf.set(cls, ctor);
    }
  }
  for (const prod of Object.keys(PRODUCT_TYPES)) {
    const specs = FIELD_SPECS.get(prod)!;
    const names = specs.map((s) => s.name);
    const positioned = POSITIONED_TYPES.has(prod);
    const cls = makeClass(prod, [ast], {
      _fields: strTuple(names), __match_args__: strTuple(names), _attributes: positions(prod),
      ...defaults(specs, positioned),
    });
    byName.set(prod, cls);
    kindOf.set(cls, prod);
  }
  for (const [e, members] of Object.entries(ENUM_TYPES)) {
    const base = makeClass(e, [ast], { _fields: strTuple([]), _attributes: strTuple([]) });
    byName.set(e, base);
    for (const m of members) {
      const cls = makeClass(m, [base], { _fields: strTuple([]), __match_args__: strTuple([]) });
      byName.set(m, cls);
      kindOf.set(cls, m);
      singletons.set(m, call(cls, []));
    }
  }
  classes = { ast, byName, kindOf, singletons };
  return classes;
}

/** Fills the `_ast` module: the classes and the compile() flags. */
export function initAstModule(mod: PyModule): void {
  const c = astClasses();
  for (const [name, cls] of c.byName) mod.ns.setStr(name, intern(name), cls);
  const flags: Record<string, number> = {
    PyCF_ONLY_AST: 0x400, PyCF_TYPE_COMMENTS: 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT: 0x2000,
  };
  for (const [k, v] of Object.entries(flags)) mod.ns.setStr(k, intern(k), v);
}

export function isAstObject(v: PyValue): boolean {
  // Before the classes exist no object can be a node (and compile() of plain source must not build them).
  return classes !== null && typeof v !== 'number' && typeOf(v).isSubtype(classes.ast);
}

// --- ast2obj: JS tree -> Python objects ----------------------------------------------------------

function constantToPy(c: PyConstant): PyValue {
  if (c === null) return None;
  switch (typeof c) {
    case 'boolean': return c ? True : False;
    case 'bigint': return makeInt(c);
    case 'number': return new PyFloat(c);
    case 'string': return newStr(engineText(c));
    case 'symbol': return Ellipsis;
  }
  if (c instanceof AstBytes) return new PyBytes(c.bytes);
  if (c instanceof AstComplex) return new PyComplex(c.real, c.imag);
  if (c instanceof PyStrCodePoints) return newStr(engineText(c));
  if (c instanceof AstTuple) return new PyTuple(c.items.map(constantToPy));
  if (c instanceof AstFrozenset) {
    const items = c.items.map(constantToPy);
    const fs = runtimeHooks.makeFrozenset(items);
    items.forEach(decref);
    return fs;
  }
  if (c === ELLIPSIS) return Ellipsis;
  throw new Error(`unknown constant ${String(c)}`);
}

function valueToPy(v: unknown, spec: FieldSpec, c: AstClasses): PyValue {
  if (v === null || v === undefined) return None;
  switch (spec.base) {
    case 'identifier': case 'string': return newStr(v as string);
    case 'int': return intFromNumber(v as number);
    case 'constant': return constantToPy(v as PyConstant);
  }
  if (typeof v === 'string') return newref(c.singletons.get(v)!);
  return nodeToPy(v as Record<string, unknown>, c);
}

function nodeToPy(node: Record<string, unknown>, c: AstClasses): PyValue {
  const kind = node._type as string;
  const obj = call(c.byName.get(kind)!, []);
  for (const spec of FIELD_SPECS.get(kind)!) {
    const v = node[spec.name];
    const py = spec.list
      ? new PyList((v as unknown[]).map((x) => valueToPy(x, spec, c)))
      : valueToPy(v, spec, c);
    setAttr(obj, spec.name, py);
    decref(py);
  }
  if (POSITIONED_TYPES.has(OWNER.get(kind)!)) {
    for (const a of POSITION_ATTRIBUTES) setAttr(obj, a, intFromNumber(node[a] as number));
  }
  return obj;
}

/** The Python ast objects of a parsed module (a new reference). */
export function astToPy(mod: Mod): PyValue {
  return nodeToPy(mod as unknown as Record<string, unknown>, astClasses());
}

// --- obj2ast: Python objects -> JS tree ----------------------------------------------------------

/** The node kind of an object: the first class along its MRO that the table defines. */
function kindOfObject(v: PyValue, c: AstClasses): string | undefined {
  if (typeof v === 'number') return undefined;
  for (const t of typeOf(v).mro) {
    const k = c.kindOf.get(t as PyType);
    if (k !== undefined) return k;
  }
  return undefined;
}

function constantFromPy(v: PyValue): PyConstant {
  if (v === None) return null;
  if (v instanceof PyBool) return v === True;
  if (typeof v === 'number') return BigInt(v);
  if (v instanceof PyLong) return v.value;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyComplex) return new AstComplex(v.real, v.imag);
  if (v instanceof PyStr) return fromEngineText(v.value);
  if (v instanceof PyBytes) return new AstBytes(v.value);
  if (v === Ellipsis) return ELLIPSIS;
  if (v instanceof PyTuple) return new AstTuple(v.items.map(constantFromPy));
  if (v instanceof PySet) {
    const items = toArray(v);
    const r = new AstFrozenset(items.map(constantFromPy));
    items.forEach(decref);
    return r;
  }
  raise(TypeError, `got an invalid type in Constant: ${typeName(v)}`);
}

function valueFromPy(v: PyValue, spec: FieldSpec, c: AstClasses): unknown {
  switch (spec.base) {
    case 'identifier':
      if (!(v instanceof PyStr)) raise(TypeError, 'AST identifier must be of type str');
      return v.value;
    case 'string':
      if (!(v instanceof PyStr)) raise(TypeError, 'AST string must be of type str');
      return v.value;
    case 'int': {
      const n = typeof v === 'number' || v instanceof PyLong || v instanceof PyBool ? intValue(v) : undefined;
      if (n === undefined) raise(ValueError, `invalid integer value: ${repr(v)}`);
      return Number(n);
    }
    case 'constant': return constantFromPy(v);
  }
  const kind = kindOfObject(v, c);
  const expected = spec.base;
  if (kind === undefined || (ENUM_OF.get(kind) ?? OWNER.get(kind)) !== expected) {
    raise(TypeError, `expected some sort of ${expected}, but got ${repr(v)}`);
  }
  if (ENUM_OF.has(kind)) return kind;
  return nodeFromPy(v, kind, c);
}

function nodeFromPy(obj: PyValue, kind: string, c: AstClasses): Record<string, unknown> {
  const node: Record<string, unknown> = { _type: kind };
  // As obj2ast does: the position attributes first, then the constructor's fields (but the JS node
  // keeps the parser's key order: fields, then positions).
  const owner = OWNER.get(kind)!;
  const pos: Record<string, number | undefined> = {};
  if (POSITIONED_TYPES.has(owner)) {
    for (const a of POSITION_ATTRIBUTES) {
      const v = getAttrOrUndefined(obj, a);
      if (v === undefined || v === None) {
        if (a === 'lineno' || a === 'col_offset') raise(TypeError, `required field "${a}" missing from ${owner}`);
        pos[a] = undefined;
      } else {
        const n = intValue(v);
        decref(v);
        if (n === undefined) raise(ValueError, `invalid integer value: ${repr(v)}`);
        pos[a] = Number(n);
      }
    }
  }
  for (const spec of FIELD_SPECS.get(kind)!) {
    const v = getAttrOrUndefined(obj, spec.name);
    try {
      if (v === undefined || (v === None && (spec.optional || spec.list))) {
        if (spec.optional && !spec.list) { node[spec.name] = null; continue; }
        raise(TypeError, `required field "${spec.name}" missing from ${kind}`);
      }
      if (spec.list) {
        if (!(v instanceof PyList)) raise(TypeError, `${kind} field "${spec.name}" must be a list, not a ${typeName(v)}`);
        node[spec.name] = v.items.map((x) => (x === None && spec.optional ? null : valueFromPy(x, spec, c)));
      } else {
        node[spec.name] = valueFromPy(v, spec, c);
      }
    } finally {
      if (v !== undefined) decref(v);
    }
  }
  if (POSITIONED_TYPES.has(owner)) {
    // A missing end position stands for the start position.
    node.lineno = pos.lineno;
    node.col_offset = pos.col_offset;
    node.end_lineno = pos.end_lineno ?? pos.lineno;
    node.end_col_offset = pos.end_col_offset ?? pos.col_offset;
  }
  return node;
}

const MODE_NODES: Record<string, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive', func_type: 'FunctionType' };

/** The JS tree of a Python ast.mod object for compile() in `mode`, checked as CPython's obj2ast does. */
export function pyToAst(obj: PyValue, mode: string): Mod {
  const c = astClasses();
  const expected = MODE_NODES[mode] ?? 'Module';
  const kind = kindOfObject(obj, c);
  if (kind !== expected) raise(TypeError, `expected ${expected} node, got ${typeName(obj)}`);
  return nodeFromPy(obj, kind, c) as unknown as Mod;
}

