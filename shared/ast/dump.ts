// ast.dump() of CPython 3.11 (Lib/ast.py), character for character.
//
// The layout rules reproduced here:
// - a node prints as `Name(field=value, ...)`; with annotateFields false the
//   field names are left out, until a field is skipped, after which every
//   later field is written with its name again;
// - an optional field (`?` in nodes.ts) whose value is None is skipped,
//   because CPython's node classes have None as the class default for every
//   optional field and optional attribute;
// - lists print as `[...]`, an empty one as `[]`;
// - with an indent, a node stays on one line when it has at most 3 fields and
//   all of them are "simple" (repr values, empty lists, nodes without fields,
//   e.g. `Load()`); otherwise each field goes on its own line, one indent
//   deeper per level of nesting; lists always break when non-empty;
// - position attributes follow the fields when includeAttributes is set.
//
// Field kinds come from the tables in nodes.ts, so enum values (stored as
// strings like 'Load') print as `Load()` and constants go through the repr
// kernels. Output is collected in one array of parts; the separators of a
// node are placeholders filled in once the node's fields are known (only
// then is it known whether the node stays on one line), so dumping is linear
// in the size of the output.

import { ENUM_TYPES, FIELDS_OF, POSITIONED_TYPES, POSITION_ATTRIBUTES, PRODUCT_TYPES, SUM_TYPES, TYPE_OF } from './nodes.js';
import { constantRepr } from '../kernels/repr/constant-repr.js';
import { intRepr } from '../kernels/repr/int-repr.js';
import { strRepr } from '../kernels/repr/str-repr.js';

export interface DumpOptions {
  /** null: one line; a number of spaces or a string: pretty-printed with that indent. */
  indent?: number | string | null;
  includeAttributes?: boolean;
  annotateFields?: boolean;
  /**
   * CPython's recursion counter in the frame that calls ast.dump's inner
   * `_format` on the root (default 0), for reproducing where a deep tree
   * raises RecursionError; `python3 -m ast` has 6 (see ast-main.ts).
   */
  recursionDepth?: number;
  /** sys.getrecursionlimit() (default 1000). */
  recursionLimit?: number;
}

/** How a field's value is printed. */
const enum Kind {
  Node,
  Enum,
  Str,
  Int,
  Constant,
}

interface FieldSpec {
  readonly name: string;
  /** `name=`, precomputed: it is written for every annotated field. */
  readonly label: string;
  readonly kind: Kind;
  readonly list: boolean;
  /** Optional (`?`): None is the class default, so a None value is not printed. */
  readonly optional: boolean;
}

interface NodeSpec {
  /** `Name(`. */
  readonly open: string;
  readonly fields: readonly FieldSpec[];
  readonly positioned: boolean;
}

const ENUM_NAMES: ReadonlySet<string> = new Set(Object.keys(ENUM_TYPES));

/** Enum value → its printed form, e.g. 'Load' → 'Load()'. */
const ENUM_TEXT: ReadonlyMap<string, string> = new Map(
  Object.values(ENUM_TYPES).flatMap((names) => names.map((n): [string, string] => [n, n + '()'])),
);

/** The kind of a field's base type, e.g. 'expr' → Node, 'cmpop' → Enum. */
function kindOf(base: string): Kind {
  if (ENUM_NAMES.has(base)) return Kind.Enum;
  if (base === 'identifier' || base === 'string') return Kind.Str;
  if (base === 'int') return Kind.Int;
  if (base === 'constant') return Kind.Constant;
  return Kind.Node;
}

function fieldSpec(name: string, spelling: string): FieldSpec {
  const list = spelling.endsWith('*');
  const optional = spelling.endsWith('?');
  const base = list || optional ? spelling.slice(0, -1) : spelling;
  return { name, label: name + '=', kind: kindOf(base), list, optional };
}

/** Constructor name → how to print it, derived once from the tables in nodes.ts. */
const NODE_SPECS: ReadonlyMap<string, NodeSpec> = (() => {
  const specs = new Map<string, NodeSpec>();
  const constructors: [string, Record<string, string>][] = [
    ...Object.values(SUM_TYPES).flatMap((ctors) => Object.entries(ctors) as [string, Record<string, string>][]),
    ...(Object.entries(PRODUCT_TYPES) as [string, Record<string, string>][]),
  ];
  for (const [name, fields] of constructors) {
    const order = FIELDS_OF.get(name)!;
    specs.set(name, {
      open: name + '(',
      fields: order.map((field) => fieldSpec(field, fields[field])),
      positioned: POSITIONED_TYPES.has(TYPE_OF.get(name)!),
    });
  }
  return specs;
})();

const ATTRIBUTE_LABELS = Object.fromEntries(POSITION_ATTRIBUTES.map((n) => [n, n + '='])) as Record<string, string>;

type AnyNode = { readonly _type: string } & Record<string, unknown>;

/** RecursionError messages, by the kind of step that went past the limit. */
const RECURSION_MESSAGES = {
  frame: 'maximum recursion depth exceeded',
  call: 'maximum recursion depth exceeded while calling a Python object',
  repr: 'maximum recursion depth exceeded while getting the repr of an object',
} as const;

/** The RecursionError that CPython's recursive ast.dump raises on a deep tree. */
export class DumpRecursionError extends Error {
  readonly pyType = 'RecursionError';
}

/** CPython's default sys.getrecursionlimit(). */
export const PY_RECURSION_LIMIT = 1000;

/**
 * The state of one dump: output parts and the per-level separators, plus a
 * model of CPython's recursion counter. ast.dump recurses through `_format`,
 * and CPython counts, besides each Python frame, the builtin calls that check
 * the limit on the way (in 3.11 with specialised bytecode: `repr()` and
 * `str.join`, not `len` or `list.append`), so a tree about 330 to 990 levels
 * deep, depending on its shape, makes python3 fail with RecursionError. The
 * counter below follows `_format` step by step, so the same trees fail, at
 * the same step, with the same message:
 * - a node: its `_format` frame (+1); its fields; then `sep.join(args)` (+1);
 * - a non-empty list: its frame (+1), `sep.join(genexpr)` (+2), the
 *   generator's frame (+3), each element one deeper than that;
 * - any other value: its frame (+1), the `repr()` call (+2), repr itself (+3).
 */
class Dumper {
  readonly parts: string[] = [];
  private readonly prefixes: string[] = [];
  private readonly separators: string[] = [];
  /** Indices in `parts` of separator placeholders of the nodes being printed. */
  private readonly slots: number[] = [];

  constructor(
    private readonly indent: string | null,
    private readonly includeAttributes: boolean,
    private readonly annotateFields: boolean,
    private readonly recursionLimit: number,
  ) {}

  /** What goes before the first item at `level` (Python's `prefix`). */
  prefix(level: number): string {
    if (this.indent === null) return '';
    return (this.prefixes[level] ??= '\n' + this.indent.repeat(level));
  }

  /** What goes between items at `level` (Python's `sep`). */
  separator(level: number): string {
    if (this.indent === null) return ', ';
    return (this.separators[level] ??= ',\n' + this.indent.repeat(level));
  }

  /** CPython's recursion check for a step that brings the counter to `depth`. */
  private check(depth: number, step: keyof typeof RECURSION_MESSAGES): void {
    if (depth > this.recursionLimit) throw new DumpRecursionError(RECURSION_MESSAGES[step]);
  }

  /**
   * Writes a node; returns whether it is "simple" (Python's `_format` second
   * result). `outerLevel` is the caller's indent level, `outerDepth` its
   * recursion counter.
   */
  node(node: AnyNode, outerLevel: number, outerDepth: number): boolean {
    const level = this.indent === null ? outerLevel : outerLevel + 1;
    const depth = outerDepth + 1;
    this.check(depth, 'frame');
    const spec = NODE_SPECS.get(node._type);
    if (spec === undefined) throw new TypeError(`expected AST, got ${String(node._type)}`);
    const parts = this.parts;
    parts.push(spec.open);
    const base = this.slots.length;
    let allSimple = true;
    let keywords = this.annotateFields;
    for (const field of spec.fields) {
      const value = node[field.name];
      // A missing field, or None where None is the class default, is skipped,
      // and from then on fields are written with their names.
      if (value === undefined || (value === null && field.optional)) {
        keywords = true;
        continue;
      }
      this.slots.push(parts.length);
      parts.push('');
      if (keywords) parts.push(field.label);
      if (!this.value(value, field, level, depth)) allSimple = false;
    }
    if (this.includeAttributes && spec.positioned) this.attributes(node, depth);
    this.check(depth + 1, 'call');
    return this.closeNode(base, allSimple, level);
  }

  /** The position attributes, always written with their names. */
  private attributes(node: AnyNode, depth: number): void {
    for (const name of POSITION_ATTRIBUTES) {
      const value = node[name];
      if (value === undefined || value === null) continue;
      this.leafChecks(depth);
      this.slots.push(this.parts.length);
      this.parts.push('', ATTRIBUTE_LABELS[name], String(value));
    }
  }

  /** Fills the node's separator placeholders and writes ')'. */
  private closeNode(base: number, allSimple: boolean, level: number): boolean {
    const count = this.slots.length - base;
    const oneLine = allSimple && count <= 3;
    const first = oneLine ? '' : this.prefix(level);
    const between = oneLine ? ', ' : this.separator(level);
    for (let i = base; i < this.slots.length; i++) this.parts[this.slots[i]] = i === base ? first : between;
    this.slots.length = base;
    this.parts.push(')');
    return oneLine && count === 0;
  }

  /** Writes one field value; returns whether it is simple. */
  private value(value: unknown, field: FieldSpec, level: number, depth: number): boolean {
    if (!field.list) return this.item(value, field.kind, level, depth);
    const items = value as readonly unknown[];
    const listDepth = depth + 1;
    this.check(listDepth, 'frame');
    if (items.length === 0) {
      this.parts.push('[]');
      return true;
    }
    this.check(listDepth + 1, 'call');
    this.check(listDepth + 2, 'frame');
    const listLevel = this.indent === null ? level : level + 1;
    this.parts.push('[', this.prefix(listLevel));
    const between = this.separator(listLevel);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.parts.push(between);
      this.item(items[i], field.kind, listLevel, listDepth + 2);
    }
    this.parts.push(']');
    return false;
  }

  /** The recursion checks of a value printed with repr(), called from a frame at `depth`. */
  private leafChecks(depth: number): void {
    this.check(depth + 1, 'frame');
    this.check(depth + 2, 'call');
    this.check(depth + 3, 'repr');
  }

  /** Writes a single (non-list) value of the given kind. */
  private item(value: unknown, kind: Kind, level: number, depth: number): boolean {
    if (kind === Kind.Node && value !== null) return this.node(value as AnyNode, level, depth);
    if (kind === Kind.Enum && value !== null) {
      // Enum values are field-less nodes in Python: a frame and an empty join.
      this.check(depth + 1, 'frame');
      this.check(depth + 2, 'call');
      this.parts.push(ENUM_TEXT.get(value as string) ?? (value as string) + '()');
      return true;
    }
    this.leafChecks(depth);
    // None inside a list (e.g. Dict.keys for `**d`) or in a required field.
    if (value === null) {
      this.parts.push('None');
      return true;
    }
    switch (kind) {
      case Kind.Str:
        this.parts.push(strRepr(value as string));
        return true;
      case Kind.Int:
        this.parts.push(typeof value === 'bigint' ? intRepr(value) : String(value));
        return true;
      default:
        this.parts.push(constantRepr(value as never));
        return true;
    }
  }
}

/** Python's `indent` argument normalised: a string, or null for one-line output. */
function indentString(indent: number | string | null | undefined): string | null {
  if (indent === undefined || indent === null) return null;
  if (typeof indent === 'string') return indent;
  // ' ' * n in Python: a negative count gives the empty string.
  return indent > 0 ? ' '.repeat(indent) : '';
}

/**
 * ast.dump(node, annotate_fields, include_attributes, indent=...) of CPython 3.11.
 * Throws IntStrDigitsError (Python's ValueError) for an int constant with more
 * than 4300 digits, and DumpRecursionError where CPython's recursion limit
 * stops ast.dump, as CPython does.
 */
export function dump(node: { readonly _type: string }, options: DumpOptions = {}): string {
  const dumper = new Dumper(
    indentString(options.indent),
    options.includeAttributes ?? false,
    options.annotateFields ?? true,
    options.recursionLimit ?? PY_RECURSION_LIMIT,
  );
  dumper.node(node as AnyNode, 0, options.recursionDepth ?? 0);
  return dumper.parts.join('');
}
