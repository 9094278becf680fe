// SyntaxErrors between the front end and Python: a PySyntaxError (shared/errors) becomes a
// SyntaxError, IndentationError or TabError instance with its fields; and for printing, a
// SyntaxError instance's fields are read back as pythonrun.c's parse_syntax_error reads them
// (through getattr, so a subclass's properties count).

import { decref, type PyValue } from '../../object.js';
import { newStr } from '../../strings.js';
import { PyTuple } from '../sequences.js';
import { PyStr } from '../str.js';
import { PyLong, PyBool } from '../numbers.js';
import { None } from '../singletons.js';
import { EXCEPTION_TYPES, PyBaseException, SyntaxError } from '../exceptions.js';
import { call } from '../../protocols/call.js';
import { str } from '../../protocols/objects.js';
import { getAttrOrUndefined } from '../../protocols/attributes.js';
import { PySyntaxError, type SyntaxErrorKind } from '../../../../shared/errors/syntax-error.js';

const TabError = EXCEPTION_TYPES.get('TabError')!;
const IndentationError = EXCEPTION_TYPES.get('IndentationError')!;

/** The Python exception (not raised) for a front-end SyntaxError; a negative lineno stands for None. */
export function syntaxErrorFromFront(e: PySyntaxError): PyBaseException {
  const type = EXCEPTION_TYPES.get(e.kind) ?? SyntaxError;
  const known = e.lineno >= 0;
  const details = new PyTuple([
    newStr(e.filename), known ? e.lineno : None, known ? e.offset : None, e.text === null ? None : newStr(e.text),
    known ? e.endLineno : None, known ? e.endOffset : None,
  ]);
  const msg = newStr(e.msg);
  try {
    return call(type, [msg, details]) as PyBaseException;
  } finally {
    decref(msg);
    decref(details);
  }
}

/** An attribute as a Py_ssize_t (PyLong_AsSsize_t); undefined when missing or not an int. */
function ssizeAttr(e: PyBaseException, name: string): number | null | undefined {
  const v = getAttrOrUndefined(e, name);
  if (v === undefined) return undefined;
  try {
    if (v === None) return null;
    if (typeof v === 'number') return v;
    if (v instanceof PyBool) return v.value;
    if (v instanceof PyLong) return Number(v.value);
    return undefined;
  } finally {
    decref(v);
  }
}

function strAttr(e: PyBaseException, name: string): PyValue | undefined {
  return getAttrOrUndefined(e, name);
}

/**
 * parse_syntax_error for the printer: the fields of a SyntaxError instance, or undefined when
 * they cannot be read (CPython then prints the exception like any other).
 */
export function syntaxErrorFields(e: PyBaseException): PySyntaxError | undefined {
  if (!e.ob_type.isSubtype(SyntaxError)) return undefined;
  try {
    const msgObj = strAttr(e, 'msg');
    if (msgObj === undefined) return undefined;
    let msg: string;
    try {
      msg = str(msgObj);
    } finally {
      decref(msgObj);
    }
    const fileObj = strAttr(e, 'filename');
    if (fileObj === undefined) return undefined;
    let filename: string;
    try {
      filename = fileObj === None ? '<string>' : fileObj instanceof PyStr ? fileObj.value : str(fileObj);
    } finally {
      decref(fileObj);
    }
    const lineno = ssizeAttr(e, 'lineno');
    if (lineno === undefined || lineno === null || lineno < 0) return undefined;
    const offset = ssizeAttr(e, 'offset');
    if (offset === undefined) return undefined;
    const exact = e.ob_type === SyntaxError;
    let endLineno = lineno;
    let endOffset = -1;
    if (exact) {
      const el = ssizeAttr(e, 'end_lineno');
      if (typeof el === 'number') endLineno = el;
      const eo = ssizeAttr(e, 'end_offset');
      if (typeof eo === 'number') endOffset = eo;
    }
    const textObj = strAttr(e, 'text');
    if (textObj === undefined) return undefined;
    let text: string | null;
    try {
      text = textObj === None ? null : textObj instanceof PyStr ? textObj.value : null;
    } finally {
      decref(textObj);
    }
    const kind: SyntaxErrorKind = exact ? 'SyntaxError' : e.ob_type.isSubtype(TabError) ? 'TabError' : 'IndentationError';
    void IndentationError;
    return new PySyntaxError(kind, msg, lineno, offset ?? -1, text, endLineno, endOffset, filename);
  } catch (err) {
    if (err instanceof PyBaseException) {
      decref(err);
      return undefined;
    }
    throw err;
  }
}
