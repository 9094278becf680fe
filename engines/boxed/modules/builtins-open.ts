// open(): _io.open's argument checks and mode decoding, the descriptor opened with node:fs, and
// the file object of the right kind (see builtins-files.ts). OS errors become the OSError
// subclass CPython picks by errno, with its strerror text and the filename as given.

import * as fs from 'node:fs';
import { decref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { parseArgs } from '../args.js';
import { asIndex } from '../convert.js';
import { newStr } from '../strings.js';
import { PyStr } from '../types/str.js';
import { PyBytes } from '../types/bytes.js';
import { PyBool } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { EXCEPTION_TYPES, OSError, TypeError, ValueError } from '../types/exceptions.js';
import type { NativeMethod } from '../types/native.js';
import type { PyType } from '../type.js';
import { call } from '../protocols/call.js';
import { truthy } from '../protocols/objects.js';
import { typeOf, typeName } from '../protocols/type-of.js';
import {
  bufferedRandomType, bufferedReaderType, bufferedWriterType, fileIOType, installFileTypes, osError, osErrorHooks,
  PyFile, textIOWrapperType,
} from './builtins-files.js';
import { textCodec, type TextCodec } from './builtins-file-codec.js';
import { checkTotalArgs } from './builtins-args.js';

const STRERROR: Record<number, string> = {
  1: 'Operation not permitted', 2: 'No such file or directory', 5: 'Input/output error', 9: 'Bad file descriptor',
  11: 'Resource temporarily unavailable', 13: 'Permission denied', 17: 'File exists', 20: 'Not a directory',
  21: 'Is a directory', 22: 'Invalid argument', 24: 'Too many open files', 28: 'No space left on device',
  29: 'Illegal seek', 30: 'Read-only file system', 32: 'Broken pipe', 36: 'File name too long',
  40: 'Too many levels of symbolic links',
};

/** The OSError subclass for an errno (PEP 3151's mapping). */
const ERRNO_TYPES: Record<number, string> = {
  1: 'PermissionError', 13: 'PermissionError', 2: 'FileNotFoundError', 17: 'FileExistsError', 20: 'NotADirectoryError',
  21: 'IsADirectoryError', 4: 'InterruptedError', 11: 'BlockingIOError', 32: 'BrokenPipeError', 10: 'ChildProcessError',
  3: 'ProcessLookupError', 110: 'TimeoutError', 104: 'ConnectionResetError', 111: 'ConnectionRefusedError',
};

/** OSError(errno, strerror[, filename]) as the subclass its errno selects (a new, unraised exception). */
export function osErrorFor(errno: number, code: string, filename: PyValue | null): unknown {
  const type: PyType = EXCEPTION_TYPES.get(ERRNO_TYPES[errno] ?? 'OSError') ?? OSError;
  const args: PyValue[] = [errno, newStr(STRERROR[errno] ?? code)];
  if (filename !== null) args.push(filename);
  try {
    return call(type, args);
  } finally {
    decref(args[1]!);
  }
}

const OPEN_PARAMS = {
  names: ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], required: 1,
};

function optionalString(v: PyValue | undefined, what: string): string | null {
  if (v === undefined || v === None) return null;
  if (v instanceof PyStr) return v.value;
  raise(TypeError, `open() argument '${what}' must be str or None, not ${typeName(v)}`);
}

/** The path of a str, bytes or os.PathLike file argument. */
function pathOf(v: PyValue): string {
  if (v instanceof PyStr) return v.value;
  if (v instanceof PyBytes) return Buffer.from(v.value).toString('utf8');
  const f = typeOf(v).lookup('__fspath__');
  if (f !== null) {
    const r = call(f, [v]);
    try {
      if (r instanceof PyStr) return r.value;
      if (r instanceof PyBytes) return Buffer.from(r.value).toString('utf8');
      raise(TypeError, `expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
    } finally {
      decref(r);
    }
  }
  raise(TypeError, `expected str, bytes or os.PathLike object, not ${typeName(v)}`);
}

interface Mode {
  creating: boolean; reading: boolean; writing: boolean; appending: boolean; updating: boolean; text: boolean; binary: boolean;
}

function parseMode(mode: string): Mode {
  const m: Mode = { creating: false, reading: false, writing: false, appending: false, updating: false, text: false, binary: false };
  const keys: Record<string, keyof Mode> = { x: 'creating', r: 'reading', w: 'writing', a: 'appending', '+': 'updating', t: 'text', b: 'binary' };
  for (let i = 0; i < mode.length; i++) {
    const k = keys[mode[i]!];
    if (k === undefined || mode.indexOf(mode[i]!, i + 1) >= 0) raise(ValueError, `invalid mode: '${mode}'`);
    m[k] = true;
  }
  if (m.text && m.binary) raise(ValueError, "can't have text and binary mode at once");
  if (Number(m.creating) + Number(m.reading) + Number(m.writing) + Number(m.appending) > 1) {
    raise(ValueError, 'must have exactly one of create/read/write/append mode');
  }
  return m;
}

/** FileIO's own mode string. */
function rawModeString(m: Mode): string {
  if (m.creating) return m.updating ? 'xb+' : 'xb';
  if (m.appending) return m.updating ? 'ab+' : 'ab';
  if (m.reading || m.updating) return m.updating ? 'rb+' : 'rb';
  return 'wb';
}

function openFlags(m: Mode): number {
  const c = fs.constants;
  let flags = m.updating ? c.O_RDWR : m.reading ? c.O_RDONLY : c.O_WRONLY;
  if (m.writing) flags |= c.O_CREAT | c.O_TRUNC;
  if (m.appending) flags |= c.O_CREAT | c.O_APPEND;
  if (m.creating) flags |= c.O_CREAT | c.O_EXCL;
  return flags;
}

export const openBuiltins: Record<string, NativeMethod> = {
  open(_self, args, kwnames) {
    checkTotalArgs('open', args.length, kwnames?.length ?? 0, 8);
    const [fileArg, modeArg, bufArg, encArg, errArg, nlArg, closefdArg, openerArg] = parseArgs('open', args, kwnames, OPEN_PARAMS);
    const file = fileArg!;
    if (modeArg !== undefined && !(modeArg instanceof PyStr)) raise(TypeError, `open() argument 'mode' must be str, not ${typeName(modeArg)}`);
    const modeText = modeArg === undefined ? 'r' : modeArg.value;
    const buffering = bufArg === undefined ? -1 : Number(asIndex(bufArg));
    const encoding = optionalString(encArg, 'encoding');
    const errors = optionalString(errArg, 'errors');
    const newline = optionalString(nlArg, 'newline');
    const closefd = closefdArg === undefined ? true : truthy(closefdArg);
    const isFd = typeof file === 'number' || file instanceof PyBool || (typeof file !== 'number' && typeName(file) === 'int');
    const path = isFd ? null : pathOf(file);
    const m = parseMode(modeText);
    if (m.binary && encoding !== null) raise(ValueError, "binary mode doesn't take an encoding argument");
    if (m.binary && errors !== null) raise(ValueError, "binary mode doesn't take an errors argument");
    if (m.binary && newline !== null) raise(ValueError, "binary mode doesn't take a newline argument");
    if (!(m.creating || m.reading || m.writing || m.appending)) {
      raise(ValueError, 'Must have exactly one of create/read/write/append mode and at most one plus');
    }
    if (!closefd && !isFd) raise(ValueError, 'Cannot use closefd=False with file name');
    let fd: number;
    if (isFd) fd = Number(asIndex(file));
    else if (openerArg !== undefined && openerArg !== None) {
      const r = call(openerArg, [file, openFlags(m)]);
      fd = Number(asIndex(r));
      decref(r);
    } else {
      try {
        fd = fs.openSync(path!, openFlags(m), 0o666);
      } catch (e) {
        throw osError(e, file);
      }
    }
    try {
      if (fs.fstatSync(fd).isDirectory()) throw osErrorFor(21, 'EISDIR', file);
    } catch (e) {
      if (!isFd) fs.closeSync(fd);
      throw e instanceof Error ? osError(e, file) : e;
    }
    // What the buffered and text layers check comes after the raw file is open, as in _io.open.
    let codec: TextCodec | null = null;
    try {
      if (buffering === 0 && !m.binary) raise(ValueError, "can't have unbuffered text I/O");
      if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) raise(ValueError, `illegal newline value: ${newline}`);
      if (!m.binary) codec = textCodec(encoding ?? 'UTF-8', errors ?? 'strict');
    } catch (e) {
      if (closefd) fs.closeSync(fd);
      throw e;
    }
    const type = !m.binary ? textIOWrapperType
      : buffering === 0 ? fileIOType
        : m.updating ? bufferedRandomType
          : m.reading ? bufferedReaderType : bufferedWriterType;
    const f = new PyFile(type, {
      fd, name: file, mode: m.binary ? rawModeString(m) : modeText,
      readable: m.reading || m.updating, writable: !m.reading || m.updating, appending: m.appending, closefd,
      codec, errors: errors ?? 'strict', newline,
    });
    if (m.appending) f.pos = fs.fstatSync(fd).size;
    return f;
  },
};

export function installOpen(): void {
  osErrorHooks.fromErrno = osErrorFor;
  installFileTypes();
}
