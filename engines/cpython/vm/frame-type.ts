// Frame and traceback objects as Python sees them (Objects/frameobject.c, Python/traceback.c):
// f_code, f_lineno, f_locals, f_back, ... and tb_frame, tb_lineno, tb_next, tb_lasti.
// Also the VM's answers to what the object model asks of frames: zero-argument super() and
// code objects' constants.

import { decref, newref, type PyValue } from '../../boxed/object.js';
import { raise } from '../../boxed/errors.js';
import { dictType, frameType, tracebackType } from '../../boxed/builtin-types.js';
import { defineGetSets, defineMethods } from '../../boxed/define.js';
import { newStr } from '../../boxed/strings.js';
import { identityHooks } from '../../boxed/identity.js';
import { PyType } from '../../boxed/type.js';
import { intFromNumber } from '../../boxed/types/numbers.js';
import { None } from '../../boxed/types/singletons.js';
import { PyDict } from '../../boxed/types/dict.js';
import { PyCell } from '../../boxed/types/functions.js';
import { RuntimeError, TypeError, ValueError } from '../../boxed/types/exceptions.js';
import { superHooks } from '../../boxed/types/callables/super.js';
import { codeHooks } from '../../boxed/types/callables/code-type.js';
import { typeName } from '../../boxed/protocols/type-of.js';
import { intern } from '../../boxed/strings.js';
import { LocalKind } from '../../../shared/bytecode/code.js';
import { threadState, type Frame } from './frame.js';
import { prepare } from './prepared.js';
import { frameObjectOf, PyFrameObject, PyTraceback } from './traceback-objects.js';

const fo = (self: PyValue): PyFrameObject => self as PyFrameObject;
const tb = (self: PyValue): PyTraceback => self as PyTraceback;

/** f_locals: the locals mapping of module and class frames; for a function, a snapshot dict. */
function frameLocals(frame: Frame): PyValue {
  if (frame.locals !== null) return newref(frame.locals);
  const d = new PyDict(dictType);
  const co = frame.code.code;
  const names = co.co_localsplusnames;
  const kinds = co.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    const kind = kinds[i]!;
    if (kind & LocalKind.HIDDEN) continue;
    let v = frame.f[i];
    if (v instanceof PyCell && kind & (LocalKind.CELL | LocalKind.FREE)) v = v.ref;
    if (v !== undefined) d.setStr(names[i]!, intern(names[i]!), v);
  }
  return d;
}

function frameRepr(f: PyFrameObject): string {
  const co = f.frame.code.code;
  return `<frame at ${identityHooks.addressHex(f)}, file '${co.co_filename}', line ${f.lineno}, code ${co.co_name}>`;
}

/** super() without arguments: the calling frame's first argument and its __class__ cell. */
function zeroArgSuper(): [PyType, PyValue] {
  const frame = threadState.frame;
  if (frame === null) raise(RuntimeError, 'super(): no current frame');
  const co = frame.code.code;
  if (co.co_argcount === 0) raise(RuntimeError, 'super(): no arguments');
  let first = frame.f[0];
  // The first argument may have been turned into a cell (a closure captures `self`).
  if (first instanceof PyCell && co.co_localspluskinds[0]! & LocalKind.CELL) first = first.ref;
  if (first === undefined) raise(RuntimeError, 'super(): arg[0] deleted');
  const names = co.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    if (names[i] !== '__class__' || !(co.co_localspluskinds[i]! & LocalKind.FREE)) continue;
    const cell = frame.f[i];
    if (!(cell instanceof PyCell)) raise(RuntimeError, 'super(): bad __class__ cell');
    const cls = cell.ref;
    if (cls === undefined) raise(RuntimeError, 'super(): empty __class__ cell');
    if (!(cls instanceof PyType)) raise(RuntimeError, `super(): __class__ is not a type (${typeName(cls)})`);
    return [cls, first];
  }
  raise(RuntimeError, 'super(): __class__ cell not found');
}

export function installFrameTypes(): void {
  superHooks.zeroArgs = zeroArgSuper;
  codeHooks.constants = (code) => prepare(code).consts;

  defineMethods(frameType, {
    __repr__: (self) => newStr(frameRepr(fo(self))),
    clear(self) {
      const f = fo(self).frame;
      if (!f.finished && f.generator === null) raise(RuntimeError, 'cannot clear an executing frame');
      return None;
    },
  });
  defineGetSets(frameType, {
    f_code: (self) => newref(fo(self).frame.code.pyCode),
    f_lineno: (self) => {
      const n = fo(self).lineno;
      return n < 0 ? None : intFromNumber(n);
    },
    f_lasti: (self) => intFromNumber(fo(self).frame.lasti * 2),
    f_globals: (self) => newref(fo(self).frame.globals),
    f_builtins: (self) => newref(fo(self).frame.builtins),
    f_locals: (self) => frameLocals(fo(self).frame),
    f_back: (self) => {
      const back = fo(self).frame.back;
      return back === null ? None : newref(frameObjectOf(back));
    },
    f_trace: { get: () => None, set: () => undefined },
    f_trace_lines: { get: () => intFromNumber(1), set: () => undefined },
    f_trace_opcodes: { get: () => intFromNumber(0), set: () => undefined },
  });

  defineGetSets(tracebackType, {
    tb_frame: (self) => newref(tb(self).frameObject),
    tb_lineno: (self) => {
      const n = tb(self).lineno;
      return n < 0 ? None : intFromNumber(n);
    },
    tb_lasti: (self) => intFromNumber(tb(self).lasti * 2),
    tb_next: {
      get: (self) => newref(tb(self).next),
      set(self, v) {
        if (v === undefined) raise(TypeError, "can't delete tb_next attribute");
        if (v !== None && !(v instanceof PyTraceback)) raise(TypeError, `expected traceback object or None, got '${typeName(v)}'`);
        for (let t: PyValue = v; t instanceof PyTraceback; t = t.next) {
          if (t === self) raise(ValueError, 'traceback loop detected');
        }
        const t = tb(self);
        const old = t.next;
        t.next = newref(v);
        decref(old);
      },
    },
  });
}
