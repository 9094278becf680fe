// The analysis pass (CPython's symtable_analyze / analyze_block): decides each
// name's scope from the flags the first pass collected.
//
// Blocks are analysed top-down. A block receives the names bound by enclosing
// functions (`bound`), the names declared global around it (`global`), and
// returns the names its nested blocks use freely (`free`). A local of a
// function that some nested block uses freely becomes a CELL; a class turns a
// free `__class__` coming from its methods into its implicit `__class__`
// cell. Class bodies bind nothing visible to nested blocks, which is why a
// class passes down its parent's sets rather than its own names.

import type { SymtableBlock } from './block.js';
import { type ErrorSite, rangedError } from './errors.js';
import { BlockType, DEF_BOUND, DefFlag, SCOPE_OFF, Scope } from './flags.js';

type NameSet = Set<string>;

/** Resolves every block below `top` (symtable_analyze). */
export function analyzeSymtable(top: SymtableBlock, site: ErrorSite): void {
  analyzeBlock(top, null, new Set(), new Set(), site);
}

function analyzeBlock(block: SymtableBlock, bound: NameSet | null, free: NameSet, global: NameSet, site: ErrorSite): void {
  const local: NameSet = new Set();
  const scopes = new Map<string, number>();
  const isClass = block.type === BlockType.CLASS;
  // What nested blocks see. A class's own names are invisible to them, so it passes down what it received.
  const newGlobal: NameSet = isClass ? new Set(global) : new Set();
  const newBound: NameSet = isClass && bound !== null ? new Set(bound) : new Set();
  for (const [name, flags] of block.symbols) {
    analyzeName(block, scopes, name, flags, bound, local, free, global, site);
  }
  if (isClass) {
    newBound.add('__class__');
  } else {
    if (block.type === BlockType.FUNCTION) addAll(newBound, local);
    if (bound !== null) addAll(newBound, bound);
    addAll(newGlobal, global);
  }
  const newFree = analyzeChildren(block, newBound, newGlobal, site);
  if (block.type === BlockType.FUNCTION) markCells(scopes, newFree);
  else if (isClass && newFree.delete('__class__')) block.needsClassClosure = true;
  updateSymbols(block, scopes, bound, newFree, isClass);
  addAll(free, newFree);
}

/** Analyses each child with its own copies of the sets; returns the union of their free names. */
function analyzeChildren(block: SymtableBlock, bound: NameSet, global: NameSet, site: ErrorSite): NameSet {
  const allFree: NameSet = new Set();
  for (const child of block.children) {
    const childFree: NameSet = new Set();
    analyzeBlock(child, new Set(bound), childFree, new Set(global), site);
    addAll(allFree, childFree);
    if (child.free || child.childFree) block.childFree = true;
  }
  return allFree;
}

/** Decides one name's scope (analyze_name); may add to `local`, `free` and `global`, or drop from `bound`. */
function analyzeName(
  block: SymtableBlock, scopes: Map<string, number>, name: string, flags: number,
  bound: NameSet | null, local: NameSet, free: NameSet, global: NameSet, site: ErrorSite,
): void {
  if (flags & DefFlag.GLOBAL) {
    if (flags & DefFlag.NONLOCAL) throw directiveError(block, name, 'nonlocalAndGlobal', site);
    scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
  } else if (flags & DefFlag.NONLOCAL) {
    if (bound === null) throw directiveError(block, name, 'nonlocalAtModuleLevel', site);
    if (!bound.has(name)) throw directiveError(block, name, 'noBindingForNonlocal', site);
    scopes.set(name, Scope.FREE);
    block.free = true;
    free.add(name);
  } else if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
  } else if (bound !== null && bound.has(name)) {
    // Bound by an enclosing function: a free variable rather than a global one.
    scopes.set(name, Scope.FREE);
    block.free = true;
    free.add(name);
  } else {
    // Declared global around it or not bound anywhere: an implicit global either way.
    if (!global.has(name) && block.nested) block.free = true;
    scopes.set(name, Scope.GLOBAL_IMPLICIT);
  }
}

/** The error at the declaration that introduced `name` (error_at_directive). */
function directiveError(
  block: SymtableBlock, name: string, kind: 'nonlocalAndGlobal' | 'nonlocalAtModuleLevel' | 'noBindingForNonlocal',
  site: ErrorSite,
): Error {
  const directive = block.directives.find((d) => d.name === name);
  if (directive === undefined) return new Error('BUG: internal directive bookkeeping broken');
  return rangedError(site, kind, directive, name);
}

/** Locals that nested blocks use freely become cells, and stop being free (analyze_cells). */
function markCells(scopes: Map<string, number>, free: NameSet): void {
  for (const [name, scope] of scopes) {
    if (scope === Scope.LOCAL && free.has(name)) {
      scopes.set(name, Scope.CELL);
      free.delete(name);
    }
  }
}

/**
 * Writes the scopes into the flags words, then records the names free in
 * nested blocks that pass through this one (update_symbols).
 */
function updateSymbols(
  block: SymtableBlock, scopes: Map<string, number>, bound: NameSet | null, free: NameSet, isClass: boolean,
): void {
  const symbols = block.symbols;
  for (const [name, flags] of symbols) symbols.set(name, flags | (scopes.get(name)! << SCOPE_OFF));
  for (const name of free) {
    const flags = symbols.get(name);
    if (flags !== undefined) {
      // A method's free name that the class body also binds: the compiler must not take it from the class.
      if (isClass && flags & (DEF_BOUND | DefFlag.GLOBAL)) symbols.set(name, flags | DefFlag.FREE_CLASS);
      continue;
    }
    // Not bound by any enclosing function: a global, nothing to record.
    if (bound !== null && !bound.has(name)) continue;
    symbols.set(name, Scope.FREE << SCOPE_OFF);
  }
}

function addAll(target: NameSet, source: Iterable<string>): void {
  for (const name of source) target.add(name);
}
