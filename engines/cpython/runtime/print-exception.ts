// Printing an uncaught exception as CPython 3.11's default sys.excepthook does: the exception
// objects become the plain reports shared/errors/traceback formats.

import { decref, newref, type PyValue } from '../../boxed/object.js';
import { interp } from '../../boxed/interpreter-state.js';
import type { PyModule } from '../../boxed/types/module.js';
import { intValue } from '../../boxed/types/numbers.js';
import { PyBaseException } from '../../boxed/types/exceptions.js';
import { PyStr } from '../../boxed/types/str.js';
import { PyTuple, PyList } from '../../boxed/types/sequences.js';
import { None } from '../../boxed/types/singletons.js';
import { str } from '../../boxed/protocols/objects.js';
import { typeOf } from '../../boxed/protocols/type-of.js';
import { formatException, formatUnraisable, exceptionTypeName, type ExceptionReport, type FrameSummary } from '../../../shared/errors/traceback/index.js';
import { PyTraceback } from '../vm/traceback-objects.js';
import { getSourceLine } from './source-lines.js';
import { exceptionReportHooks } from './exception-report-hooks.js';

/**
 * The text CPython prints to stderr for an uncaught `exc` (PyErr_Display). `tb` is the traceback
 * argument of sys.excepthook: used only when the exception has none of its own. sys.tracebacklimit,
 * when it is an int, limits the frames printed.
 */
export function formatUncaught(exc: PyValue, tb: PyValue | null = null): string {
  if (exc instanceof PyBaseException && (exc.traceback === null || exc.traceback === None) && tb instanceof PyTraceback) {
    if (exc.traceback !== null) decref(exc.traceback);
    exc.traceback = newref(tb);
  }
  const seen = new Map<PyValue, ExceptionReport>();
  return formatException(reportOf(exc, seen), getSourceLine, { tracebackLimit: tracebackLimit() });
}

/** The traceback and `Type: message` lines the default sys.unraisablehook prints for `exc`. */
export function formatUnraisableException(exc: PyBaseException): string {
  return formatUnraisable(reportOf(exc, new Map()), getSourceLine, { tracebackLimit: tracebackLimit() });
}

/** sys.tracebacklimit as an int, or undefined when unset or not an int. */
function tracebackLimit(): number | undefined {
  const sys = interp.sys as PyModule | null;
  const v = sys?.ns.getStr('tracebacklimit');
  if (v === undefined) return undefined;
  const n = intValue(v);
  if (n === undefined) return undefined;
  return typeof n === 'bigint' ? (n > 0n ? Number.MAX_SAFE_INTEGER : -1) : n;
}

function safeStr(v: PyValue): string | null {
  try {
    return str(v);
  } catch (e) {
    if (e instanceof PyBaseException) { decref(e); return null; }
    throw e;
  }
}

export function framesOf(tb: PyValue | null): FrameSummary[] {
  const frames: FrameSummary[] = [];
  for (let t = tb; t instanceof PyTraceback; t = t.next) {
    const code = t.frameObject.frame.code;
    const [line, endLine, col, endCol] = code.positionsAt(t.lasti);
    frames.push({
      filename: code.code.co_filename,
      lineno: t.lineno,
      name: code.code.co_name,
      startLineno: line < 0 ? undefined : line,
      endLineno: endLine < 0 ? undefined : endLine,
      colOffset: col < 0 ? undefined : col,
      endColOffset: endCol < 0 ? undefined : endCol,
    });
  }
  return frames;
}

function reportOf(exc: PyValue, seen: Map<PyValue, ExceptionReport>): ExceptionReport {
  const known = seen.get(exc);
  if (known) return known;
  const t = typeOf(exc);
  const mod = t.ns.getStr('__module__');
  const typeName = exceptionTypeName(mod instanceof PyStr ? mod.value : mod === undefined ? 'builtins' : null, t.qualname);
  if (!(exc instanceof PyBaseException)) {
    const r: ExceptionReport = { typeName, message: safeStr(exc), frames: [] };
    seen.set(exc, r);
    return r;
  }
  const report: { -readonly [K in keyof ExceptionReport]: ExceptionReport[K] } = {
    typeName,
    message: safeStr(exc),
    frames: framesOf(exc.traceback),
    suppressContext: exc.suppressContext,
  };
  seen.set(exc, report);
  const notes = exc.dict?.getStr('__notes__');
  if (notes !== undefined) {
    if (notes instanceof PyList || notes instanceof PyTuple) report.notes = notes.items.map(safeStr);
    else if (notes instanceof PyStr) report.notes = [...notes.value];
    else report.notesRepr = safeStr(notes) ?? '<__notes__ repr() failed>';
  }
  report.suggestion = exceptionReportHooks.suggestion(exc);
  const syntax = exceptionReportHooks.syntaxError(exc);
  if (syntax) report.syntaxError = syntax;
  const members = exceptionReportHooks.groupMembers(exc);
  if (members) report.exceptions = members.map((m) => reportOf(m, seen));
  if (exc.cause !== null && exc.cause !== None) report.cause = reportOf(exc.cause, seen);
  if (exc.context !== null && exc.context !== None) report.context = reportOf(exc.context, seen);
  return report;
}
