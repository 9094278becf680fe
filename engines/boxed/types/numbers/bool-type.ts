// bool and the three other singleton types: True/False with their reprs and the bool-preserving
// &, |, ^ (everything else is int's), bool(x) by truth value; None, NotImplemented and Ellipsis
// with their reprs, truth values and no-argument constructors returning the one instance.

import { newClassArg } from '../new-checks.js';
import type { PyValue } from '../../object.js';
import { raise } from '../../errors.js';
import { defineMethods, defineStatic } from '../../define.js';
import { boolType, ellipsisType, noneType, notImplementedType } from '../../builtin-types.js';
import { intern } from '../../strings.js';
import { TypeError } from '../exceptions.js';
import { False, PyBool, True } from '../numbers.js';
import { Ellipsis, None, NotImplemented } from '../singletons.js';
import type { NativeMethod } from '../native.js';
import { callUnbound } from '../../protocols/call.js';
import { truthy } from '../../protocols/objects.js';
import { intType } from '../../builtin-types.js';
import { noArgs, oneArg } from './number-util.js';

/** bool.__and__ and friends: a bool when both operands are bools, int's answer otherwise. */
function bitwise(name: string, intName: string, op: (a: number, b: number) => number): NativeMethod {
  return (self, args, kwnames) => {
    const other = oneArg(args, kwnames, name);
    if (self instanceof PyBool && other instanceof PyBool) return op(self.value, other.value) ? True : False;
    return callUnbound(intType.lookup(intName)!, self, [other]);
  };
}

function boolNew(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  newClassArg(boolType, args);
  if (kwnames !== null && kwnames.length > 0) raise(TypeError, 'bool() takes no keyword arguments');
  if (args.length > 2) raise(TypeError, `bool expected at most 1 argument, got ${args.length - 1}`);
  return args.length === 2 && truthy(args[1]!) ? True : False;
}

/** __new__ of a singleton type: no arguments, the one instance. */
function singletonNew(instance: PyValue, name: string): NativeMethod {
  return (_self, args, kwnames) => {
    if (args.length > 1 || (kwnames !== null && kwnames.length > 0)) raise(TypeError, `${name} takes no arguments`);
    return instance;
  };
}

function constant(name: string, value: PyValue): NativeMethod {
  return (_self, args, kwnames) => {
    noArgs(args, kwnames, name);
    return value;
  };
}

export function installBoolAndSingletons(): void {
  defineStatic(boolType, '__new__', boolNew);
  defineMethods(boolType, {
    __repr__: (self, args, kwnames) => {
      noArgs(args, kwnames, '__repr__');
      return intern(self === True ? 'True' : 'False');
    },
    __and__: bitwise('__and__', '__and__', (a, b) => a & b),
    __rand__: bitwise('__rand__', '__rand__', (a, b) => a & b),
    __or__: bitwise('__or__', '__or__', (a, b) => a | b),
    __ror__: bitwise('__ror__', '__ror__', (a, b) => a | b),
    __xor__: bitwise('__xor__', '__xor__', (a, b) => a ^ b),
    __rxor__: bitwise('__rxor__', '__rxor__', (a, b) => a ^ b),
  });

  defineStatic(noneType, '__new__', singletonNew(None, 'NoneType'));
  defineMethods(noneType, {
    __repr__: constant('__repr__', intern('None')),
    __bool__: constant('__bool__', False),
  });
  defineStatic(notImplementedType, '__new__', singletonNew(NotImplemented, 'NotImplementedType'));
  defineMethods(notImplementedType, {
    __repr__: constant('__repr__', intern('NotImplemented')),
    __reduce__: constant('__reduce__', intern('NotImplemented')),
    // CPython 3.11 also warns (DeprecationWarning) when NotImplemented is used as a truth value.
    __bool__: constant('__bool__', True),
  });
  defineStatic(ellipsisType, '__new__', singletonNew(Ellipsis, 'EllipsisType'));
  defineMethods(ellipsisType, {
    __repr__: constant('__repr__', intern('Ellipsis')),
    __reduce__: constant('__reduce__', intern('Ellipsis')),
  });
}
