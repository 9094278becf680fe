// One block of the symbol table (CPython's PySTEntryObject): a module, class,
// function, lambda or comprehension body, with what both passes learn of it.
//
// The first pass fills `symbols` with DEF_* flags and sets the block flags;
// the analysis pass then adds each name's resolved scope to its flags word.
// The compiler reads blocks through `scopeOf` and the flag fields; tests read
// them through the `symtable` module's vocabulary (type, name, lineno,
// nested, children, symbols).

import {
  BlockType, type BlockTypeKind, ComprehensionKind, type ComprehensionKindValue, scopeOfFlags,
} from './flags.js';
import type { Span } from './errors.js';

/** A `global`/`nonlocal` declaration (or a walrus's implicit one), kept to locate later errors. */
export interface Directive extends Span {
  name: string;
}

export class SymtableBlock {
  /** Names (mangled) to flags words, in first-seen order as CPython's dict keeps them. */
  readonly symbols = new Map<string, number>();
  /** Parameter names in order: positional-only, positional, keyword-only, *args, **kwargs. */
  readonly varnames: string[] = [];
  /** Nested blocks in source order (annotation blocks excluded, as in CPython). */
  readonly children: SymtableBlock[] = [];
  /** Global and nonlocal declarations, in order (`ste_directives`). */
  readonly directives: Directive[] = [];

  /** Inside a function, directly or through any enclosing block. */
  nested = false;
  /** Has free variables itself. */
  free = false;
  /** Some block nested in it has free variables. */
  childFree = false;
  /** Contains yield / yield from, or is a generator expression. */
  generator = false;
  /** Is `async def`, contains await, or an async comprehension. */
  coroutine = false;
  comprehension: ComprehensionKindValue = ComprehensionKind.NONE;
  varargs = false;
  varkeywords = false;
  /** Contains `return <value>`. */
  returnsValue = false;
  /** A class whose methods use `__class__` (or `super`): it needs the implicit `__class__` cell. */
  needsClassClosure = false;
  /** Visiting a comprehension's iteration target (first pass only). */
  compIterTarget = false;
  /** Depth of comprehension iterable expressions being visited (first pass only). */
  compIterExpr = 0;

  constructor(
    readonly type: BlockTypeKind,
    /** 'top', the def or class name, 'lambda', 'genexpr', 'listcomp', 'setcomp', 'dictcomp'. */
    readonly name: string,
    readonly span: Span,
  ) {}

  get lineno(): number {
    return this.span.lineno;
  }

  /** The flags word of a (mangled) name; 0 when the block does not know it. */
  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The resolved scope of a (mangled) name (a Scope value), 0 when unknown (_PyST_GetScope). */
  scopeOf(name: string): number {
    return scopeOfFlags(this.flagsOf(name));
  }

  /** The block type's name as `symtable.SymbolTable.get_type()` spells it. */
  get typeName(): 'function' | 'class' | 'module' | 'annotation' {
    return BLOCK_TYPE_NAMES[this.type];
  }

  get isFunction(): boolean {
    return this.type === BlockType.FUNCTION;
  }
}

const BLOCK_TYPE_NAMES = ['function', 'class', 'module', 'annotation'] as const;
