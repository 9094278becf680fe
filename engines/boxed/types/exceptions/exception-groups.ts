// BaseExceptionGroup and ExceptionGroup (PEP 654, Objects/exceptions.c in 3.11): the __new__ rules
// (which class a group becomes, what it may contain), message/exceptions, str, derive, split and
// subgroup; and the two instructions of except*: CHECK_EG_MATCH (ceval.c's exception_group_match)
// and PREP_RERAISE_STAR (_PyExc_PrepReraiseStar), installed as the VM's exception-group hooks.

import { decref, newref, type PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineGetSets, defineMethods, defineStatic } from '../../define.js';
import { checkPositional } from '../../args.js';
import { PyType, TypeFlag } from '../../type.js';
import { charStr, newStr } from '../../strings.js';
import { PyStr } from '../str.js';
import { PyDict } from '../dict.js';
import { PyFunction } from '../functions.js';
import { PyList, PyTuple } from '../sequences.js';
import { None } from '../singletons.js';
import { EXCEPTION_TYPES, Exception, PyBaseException, TypeError, ValueError } from '../exceptions.js';
import { str, truthy } from '../../protocols/objects.js';
import { toArray } from '../../protocols/iteration.js';
import { call } from '../../protocols/call.js';
import { getAttr, getAttrOrUndefined, setAttr } from '../../protocols/attributes.js';
import { typeOf, typeName } from '../../protocols/type-of.js';
import { enterRecursiveCall, leaveRecursiveCall } from '../../recursion.js';
import { asException, newExceptionInstance, noKeywordArgs, positionalCount, replaceArgs, tupleOf } from './base-exception.js';
import { objectMembers } from './exception-attributes.js';
import { exceptionGroupHooks } from '../../../cpython/vm/exception-groups-hooks.js';
import { exceptionReportHooks } from '../../../cpython/runtime/exception-report-hooks.js';
import { threadState } from '../../../cpython/vm/frame.js';

const BaseExceptionGroup = EXCEPTION_TYPES.get('BaseExceptionGroup')!;
const ExceptionGroup = EXCEPTION_TYPES.get('ExceptionGroup')!;

/** Is `v` an instance of BaseExceptionGroup (or a subclass)? */
export function isGroup(v: PyValue): v is PyBaseException {
  return v instanceof PyBaseException && v.ob_type.isSubtype(BaseExceptionGroup);
}

/** The members of a group (its `exceptions` tuple's items), borrowed. */
export function groupMembers(e: PyBaseException): PyValue[] {
  const excs = e.member('exceptions');
  return excs instanceof PyTuple ? excs.items : [];
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(v: PyValue): boolean {
  return !(v instanceof PyDict) && typeOf(v).lookup('__getitem__') !== null;
}

/** BaseExceptionGroup_new. */
function groupNew(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const cls0 = args[0];
  if (!(cls0 instanceof PyType) || !cls0.isSubtype(BaseExceptionGroup)) {
    raise(TypeError, 'BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup');
  }
  let cls: PyType = cls0;
  const npos = positionalCount(args, kwnames) - 1;
  if (npos !== 2) raise(TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${npos} given)`);
  const message = args[1]!;
  const given = args[2]!;
  if (!(message instanceof PyStr)) raise(TypeError, `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  if (!isSequence(given)) raise(TypeError, 'second argument (exceptions) must be a sequence');
  const excs = given instanceof PyTuple && given.ob_type.name === 'tuple' ? newref(given) : new PyTuple(toArray(given));
  try {
    if (excs.items.length === 0) raise(ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    excs.items.forEach((e, i) => {
      if (!(e instanceof PyBaseException)) raise(ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!e.ob_type.isSubtype(Exception)) nestedBase = true;
    });
    if (cls === ExceptionGroup) {
      if (nestedBase) raise(TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (cls === BaseExceptionGroup) {
      if (!nestedBase) cls = ExceptionGroup;
    } else if (nestedBase && cls.isSubtype(Exception)) {
      raise(TypeError, `Cannot nest BaseExceptions in '${cls.name}'`);
    }
    const self = newExceptionInstance(cls, args.slice(1), npos);
    self.setMember('message', message);
    self.setMember('exceptions', excs);
    return self;
  } finally {
    decref(excs);
  }
}

/** BaseExceptionGroup(message, excs) — the class it picks by the members (a new reference). */
export function createGroup(message: string, excs: PyValue): PyValue {
  const m = message === '' ? charStr('') : newStr(message);
  try {
    return call(BaseExceptionGroup, [m, excs]);
  } finally {
    decref(m);
  }
}

// --- split / subgroup ----------------------------------------------------------------------------

const enum Matcher { Type, Predicate, Leaves }

function matcherKind(v: PyValue): Matcher {
  if (v instanceof PyFunction) return Matcher.Predicate; // 3.11 takes Python functions only
  if (isExceptionClass(v)) return Matcher.Type;
  if (v instanceof PyTuple && v.ob_type.name === 'tuple' && v.items.every(isExceptionClass)) return Matcher.Type;
  raise(TypeError, 'expected a function, exception type or tuple of exception types');
}

const isExceptionClass = (v: PyValue): boolean => v instanceof PyType && v.hasFlag(TypeFlag.BASE_EXC_SUBCLASS);

/** PyErr_GivenExceptionMatches for an exception instance. */
function givenMatches(exc: PyValue, spec: PyValue): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => givenMatches(exc, s));
  return spec instanceof PyType && typeOf(exc).isSubtype(spec);
}

function checkMatch(exc: PyValue, kind: Matcher, value: PyValue | Set<PyValue>): boolean {
  switch (kind) {
    case Matcher.Type:
      return givenMatches(exc, value as PyValue);
    case Matcher.Predicate: {
      const r = call(value as PyValue, [exc]);
      try {
        return truthy(r);
      } finally {
        decref(r);
      }
    }
    case Matcher.Leaves:
      return !isGroup(exc) && (value as Set<PyValue>).has(exc);
  }
}

interface SplitResult { match: PyValue | null; rest: PyValue | null }

/** exceptiongroup_split_recursive: new references (or null) for the matching and other parts. */
function splitRecursive(exc: PyValue, kind: Matcher, value: PyValue | Set<PyValue>, constructRest: boolean): SplitResult {
  if (checkMatch(exc, kind, value)) return { match: newref(exc), rest: null };
  if (!isGroup(exc)) return { match: null, rest: constructRest ? newref(exc) : null };
  const matched: PyValue[] = [];
  const rest: PyValue[] = [];
  try {
    for (const e of groupMembers(exc)) {
      enterRecursiveCall(' in exceptiongroup_split_recursive');
      let r: SplitResult;
      try {
        r = splitRecursive(e, kind, value, constructRest);
      } finally {
        leaveRecursiveCall();
      }
      if (r.match !== null) matched.push(r.match);
      if (r.rest !== null) rest.push(r.rest);
    }
    const match = subset(exc, matched);
    let restGroup: PyValue | null = null;
    if (constructRest) {
      try {
        restGroup = subset(exc, rest);
      } catch (err) {
        if (match !== null) decref(match);
        throw err;
      }
    }
    return { match, rest: restGroup };
  } finally {
    for (const v of matched) decref(v);
    for (const v of rest) decref(v);
  }
}

/** exceptiongroup_subset: orig.derive(excs) with orig's traceback, cause, context and a copy of its notes. */
function subset(orig: PyBaseException, excs: PyValue[]): PyValue | null {
  if (excs.length === 0) return null;
  const list = new PyList(excs.map((v) => newref(v)));
  let eg: PyValue;
  try {
    const derive = getAttr(orig, 'derive');
    try {
      eg = call(derive, [list]);
    } finally {
      decref(derive);
    }
  } finally {
    decref(list);
  }
  try {
    if (!isGroup(eg)) raise(TypeError, 'derive must return an instance of BaseExceptionGroup');
    if (orig.traceback !== null) {
      const old = eg.traceback;
      eg.traceback = newref(orig.traceback);
      if (old !== null) decref(old);
    }
    const ctx = eg.context;
    eg.context = orig.context === null ? null : newref(orig.context);
    if (ctx !== null) decref(ctx);
    const cause = eg.cause;
    eg.cause = orig.cause === null ? null : newref(orig.cause);
    eg.suppressContext = true;
    if (cause !== null) decref(cause);
    const notes = getAttrOrUndefined(orig, '__notes__');
    if (notes !== undefined) {
      try {
        if (isSequence(notes)) {
          const copy = new PyList(toArray(notes));
          try {
            setAttr(eg, '__notes__', copy);
          } finally {
            decref(copy);
          }
        }
      } finally {
        decref(notes);
      }
    }
    return eg;
  } catch (err) {
    decref(eg);
    throw err;
  }
}

// --- except* ------------------------------------------------------------------------------------

const CANNOT_CATCH = 'catching classes that do not inherit from BaseException is not allowed';
const CANNOT_EXCEPT_STAR_EG = 'catching ExceptionGroup with except* is not allowed. Use except instead.';

/** check_except_star_type_valid. */
function checkExceptStarType(spec: PyValue): void {
  const items = spec instanceof PyTuple ? spec.items : [spec];
  for (const s of items) if (!isExceptionClass(s)) raise(TypeError, CANNOT_CATCH);
  for (const s of items) if ((s as PyType).isSubtype(BaseExceptionGroup)) raise(TypeError, CANNOT_EXCEPT_STAR_EG);
}

/** CHECK_EG_MATCH: [rest, match]; [exc, None] when nothing matched. Sets the handled exception to match. */
function checkEgMatch(exc: PyValue, matchType: PyValue): [PyValue, PyValue] {
  checkExceptStarType(matchType);
  let match: PyValue = None;
  let rest: PyValue = None;
  if (exc !== None) {
    if (givenMatches(exc, matchType)) {
      if (isGroup(exc)) {
        match = newref(exc);
      } else {
        const excs = new PyTuple([newref(exc)]);
        try {
          match = createGroup('', excs);
        } finally {
          decref(excs);
        }
      }
    } else if (isGroup(exc)) {
      const split = getAttr(exc, 'split');
      let pair: PyValue;
      try {
        pair = call(split, [matchType]);
      } finally {
        decref(split);
      }
      if (!(pair instanceof PyTuple) || pair.items.length !== 2) {
        decref(pair);
        raise(TypeError, 'split must return a 2-tuple');
      }
      match = newref(pair.items[0]!);
      rest = newref(pair.items[1]!);
      decref(pair);
    }
  }
  if (match === None) {
    decref(rest);
    return [newref(exc), None];
  }
  // PyErr_SetExcInfo(NULL, match, NULL): the handler sees the matched part as sys.exception().
  const old = threadState.excInfo;
  threadState.excInfo = newref(match);
  decref(old);
  return [rest, match];
}

/** Adds the leaf exceptions of `exc` to `leaves` (collect_exception_group_leaf_ids). */
function collectLeaves(exc: PyValue, leaves: Set<PyValue>): void {
  if (exc === None) return;
  if (!isGroup(exc)) { leaves.add(exc); return; }
  for (const e of groupMembers(exc)) {
    enterRecursiveCall(' in collect_exception_group_leaf_ids');
    try {
      collectLeaves(e, leaves);
    } finally {
      leaveRecursiveCall();
    }
  }
}

/** Same traceback, cause and context: an exception re-raised by an except* clause rather than raised anew. */
function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  const tb = (e: PyBaseException) => (e.traceback === None ? null : e.traceback);
  const cause = (e: PyBaseException) => (e.cause === None ? null : e.cause);
  const ctx = (e: PyBaseException) => (e.context === None ? null : e.context);
  return tb(a) === tb(b) && cause(a) === cause(b) && ctx(a) === ctx(b);
}

/** _PyExc_PrepReraiseStar: what a try/except* re-raises once its clauses ran (a new reference). */
export function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const items = excs instanceof PyList ? excs.items : [];
  if (items.length === 0) return None;
  if (!isGroup(orig)) return newref(items[0]!);
  const raised: PyValue[] = [];
  const reraised: PyValue[] = [];
  for (const e of items) {
    if (e === None) continue;
    (e instanceof PyBaseException && sameMetadata(e, orig) ? reraised : raised).push(e);
  }
  // exception_group_projection: the part of orig whose leaves were re-raised, keeping its nesting.
  const leaves = new Set<PyValue>();
  for (const e of reraised) collectLeaves(e, leaves);
  const projected = splitRecursive(orig, Matcher.Leaves, leaves, false).match;
  if (raised.length === 0) return projected ?? None;
  const all = projected === null ? raised.map((v) => newref(v)) : [...raised.map((v) => newref(v)), projected];
  if (all.length === 1) return all[0]!;
  const list = new PyList(all);
  try {
    return createGroup('', list);
  } finally {
    decref(list);
  }
}

export function installExceptionGroups(): void {
  defineStatic(BaseExceptionGroup, '__new__', groupNew);
  defineMethods(BaseExceptionGroup, {
    __init__(self, args, kwnames) {
      const e = asException(self, '__init__');
      noKeywordArgs(e, kwnames);
      replaceArgs(e, tupleOf(args, args.length));
      return None;
    },
    __str__(self) {
      const e = asException(self, '__str__');
      const n = groupMembers(e).length;
      return newStr(`${str(e.member('message') ?? None)} (${n} sub-exception${n > 1 ? 's' : ''})`);
    },
    derive(self, args, kwnames) {
      checkPositional('derive', args, kwnames, 1);
      const e = asException(self, 'derive');
      return call(BaseExceptionGroup, [e.member('message') ?? None, args[0]!]);
    },
    split(self, args, kwnames) {
      checkPositional('split', args, kwnames, 1);
      const kind = matcherKind(args[0]!);
      const r = splitRecursive(self, kind, args[0]!, true);
      return new PyTuple([r.match ?? None, r.rest ?? None]);
    },
    subgroup(self, args, kwnames) {
      checkPositional('subgroup', args, kwnames, 1);
      const kind = matcherKind(args[0]!);
      return splitRecursive(self, kind, args[0]!, false).match ?? None;
    },
  });
  defineGetSets(BaseExceptionGroup, objectMembers(['message', 'exceptions'], true));
  exceptionGroupHooks.checkEgMatch = checkEgMatch;
  exceptionGroupHooks.prepReraiseStar = prepReraiseStar;
  exceptionReportHooks.groupMembers = (e) => (isGroup(e) ? groupMembers(e) : undefined);
}
