// The file objects open() returns: _io.FileIO (unbuffered binary), BufferedReader,
// BufferedWriter, BufferedRandom (binary) and TextIOWrapper (text). One JS class serves them
// all; the type decides which methods a file has. I/O goes straight to the descriptor with
// node:fs at a position the object tracks (writes are not buffered, so nothing is lost when
// a program forgets to close). Text mode decodes everything after the current position on the
// first read and serves reads from that string; tell() re-encodes what was consumed.

import * as fs from 'node:fs';
import { decref, newref, PyObject, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { builtinType } from '../builtin-types.js';
import { defineAttribute, defineGetSets, defineMethods } from '../define.js';
import { checkPositional } from '../args.js';
import { asIndex } from '../convert.js';
import { intern, newStr } from '../strings.js';
import { PyStr } from '../types/str.js';
import { PyBytes, PyByteArray } from '../types/bytes.js';
import { PyList } from '../types/sequences.js';
import { False, True } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { OSError, StopIteration, TypeError, ValueError } from '../types/exceptions.js';
import type { PyType } from '../type.js';
import { getIter, next } from '../protocols/iteration.js';
import { repr } from '../protocols/objects.js';
import { typeName } from '../protocols/type-of.js';
import { type TextCodec, utf8Length } from './builtins-file-codec.js';

export const fileIOType = builtinType('FileIO', { subclassable: false });
export const bufferedReaderType = builtinType('BufferedReader', { subclassable: false });
export const bufferedWriterType = builtinType('BufferedWriter', { subclassable: false });
export const bufferedRandomType = builtinType('BufferedRandom', { subclassable: false });
export const textIOWrapperType = builtinType('TextIOWrapper', { subclassable: false });

/** io.UnsupportedOperation(OSError, ValueError): reading a write-only file and the like. */
export const unsupportedOperation = ((): PyType => {
  const t = builtinType('UnsupportedOperation', { base: OSError });
  t.bases = [OSError, ValueError];
  t.mro = [t, OSError, ValueError, ...ValueError.mro.slice(1)];
  ValueError.subclasses.push(t);
  return t;
})();

export interface FileOptions {
  fd: number;
  /** The file argument as given (str, bytes or int), for `name`. */
  name: PyValue;
  /** What `mode` shows: open()'s mode for text files, FileIO's ('rb', 'wb', 'ab+', ...) for binary. */
  mode: string;
  readable: boolean;
  writable: boolean;
  appending: boolean;
  closefd: boolean;
  codec: TextCodec | null;
  errors: string;
  /** open()'s newline argument: null (universal, translated), '', '\n', '\r' or '\r\n'. */
  newline: string | null;
}

export class PyFile extends PyObject {
  closed = false;
  /** Byte position in the file (for text files: where the decoded buffer starts when one exists). */
  pos = 0;
  /** Text mode: the decoded rest of the file from `pos`, and how much of it has been consumed. */
  rbuf: string | null = null;
  rpos = 0;

  constructor(type: PyType, readonly o: FileOptions) {
    super(type);
    if (typeof o.name !== 'number') o.name.ob_refcnt++;
  }

  override releaseRefs(): void {
    super.releaseRefs();
    if (!this.closed) this.close();
    decref(this.o.name);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.rbuf = null;
    if (this.o.closefd) {
      try {
        fs.closeSync(this.o.fd);
      } catch {
        // already closed by someone else: CPython reports it, we stay quiet
      }
    }
  }
}

// --- low-level I/O ---------------------------------------------------------------------------

export function osError(e: unknown, filename: PyValue | null): unknown {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code !== 'string') return e;
  return osErrorHooks.fromErrno(ERRNO[err.code] ?? (err.errno !== undefined ? -err.errno : 5), err.code, filename);
}

/** OSError(errno, strerror[, filename]) of the right subclass; installed by builtins-open.ts. */
export const osErrorHooks = {
  fromErrno: ((_errno: number, _code: string, _filename: PyValue | null): unknown => new Error('unset')) as
    (errno: number, code: string, filename: PyValue | null) => unknown,
};

const ERRNO: Record<string, number> = {
  EPERM: 1, ENOENT: 2, EIO: 5, EBADF: 9, EAGAIN: 11, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22,
  EMFILE: 24, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EPIPE: 32, ENAMETOOLONG: 36, ELOOP: 40,
};

function checkOpen(f: PyFile): void {
  if (f.closed) raise(ValueError, 'I/O operation on closed file.');
}

function checkReadable(f: PyFile): void {
  checkOpen(f);
  if (!f.o.readable) raise(unsupportedOperation, f.ob_type === fileIOType ? 'File not open for reading' : 'not readable');
}

function checkWritable(f: PyFile): void {
  checkOpen(f);
  if (!f.o.writable) raise(unsupportedOperation, f.ob_type === fileIOType ? 'File not open for writing' : 'not writable');
}

function fileSize(f: PyFile): number {
  try {
    return fs.fstatSync(f.o.fd).size;
  } catch (e) {
    throw osError(e, null);
  }
}

function readBytes(f: PyFile, n: number): Uint8Array {
  if (n < 0) n = Math.max(0, fileSize(f) - f.pos);
  const buf = new Uint8Array(n);
  let got = 0;
  try {
    while (got < n) {
      const k = fs.readSync(f.o.fd, buf, got, n - got, f.pos + got);
      if (k === 0) break;
      got += k;
    }
  } catch (e) {
    throw osError(e, null);
  }
  f.pos += got;
  return got === n ? buf : buf.slice(0, got);
}

function writeBytes(f: PyFile, data: Uint8Array): void {
  try {
    if (f.o.appending) {
      let done = 0;
      while (done < data.length) done += fs.writeSync(f.o.fd, data, done, data.length - done, null);
      f.pos = fileSize(f);
      return;
    }
    let done = 0;
    while (done < data.length) done += fs.writeSync(f.o.fd, data, done, data.length - done, f.pos + done);
    f.pos += data.length;
  } catch (e) {
    throw osError(e, null);
  }
}

// --- text mode -------------------------------------------------------------------------------

const isText = (f: PyFile): boolean => f.o.codec !== null;

/** The decoded rest of the file (loaded on first use after open or seek). */
function textBuffer(f: PyFile): string {
  if (f.rbuf === null) {
    const start = f.pos;
    f.rbuf = f.o.codec!.decode(readBytes(f, -1));
    f.pos = start;
    f.rpos = 0;
  }
  return f.rbuf;
}

/** Drops the read buffer, moving `pos` to the byte position of what was consumed. */
function syncTextPosition(f: PyFile): void {
  if (f.rbuf === null) return;
  f.pos += encodedLength(f, f.rbuf.slice(0, f.rpos));
  f.rbuf = null;
  f.rpos = 0;
}

function encodedLength(f: PyFile, s: string): number {
  const name = f.o.codec!.name.toLowerCase().replace(/[-_]/g, '');
  if (name === 'utf8') return utf8Length(s);
  return f.o.codec!.encode(s).length;
}

function translate(s: string, newline: string | null): string {
  return newline === null && s.indexOf('\r') >= 0 ? s.replace(/\r\n?/g, '\n') : s;
}

/** Reads up to `n` characters (-1: all) with newline translation. */
function readText(f: PyFile, n: number): string {
  const buf = textBuffer(f);
  if (n < 0 || f.o.newline !== null) {
    const end = n < 0 ? buf.length : Math.min(buf.length, f.rpos + n);
    const s = buf.slice(f.rpos, end);
    f.rpos = end;
    return translate(s, f.o.newline);
  }
  let out = '';
  let i = f.rpos;
  while (out.length < n && i < buf.length) {
    const c = buf[i++]!;
    if (c === '\r') {
      if (buf[i] === '\n') i++;
      out += '\n';
    } else out += c;
  }
  f.rpos = i;
  return out;
}

/** Reads one line (limit < 0: no limit), ending as the newline mode says. */
function readLine(f: PyFile, limit: number): string {
  const buf = textBuffer(f);
  const start = f.rpos;
  const nl = f.o.newline;
  let end: number;
  if (nl === null || nl === '') {
    let i = start;
    while (i < buf.length && buf[i] !== '\n' && buf[i] !== '\r') i++;
    end = i < buf.length ? (buf[i] === '\r' && buf[i + 1] === '\n' ? i + 2 : i + 1) : buf.length;
  } else {
    const j = buf.indexOf(nl, start);
    end = j < 0 ? buf.length : j + nl.length;
  }
  if (limit >= 0 && end - start > limit) end = start + limit;
  f.rpos = end;
  return translate(buf.slice(start, end), nl);
}

function writeText(f: PyFile, s: string): void {
  syncTextPosition(f);
  const nl = f.o.newline;
  if (nl !== null && nl !== '' && nl !== '\n') s = s.replace(/\n/g, nl);
  writeBytes(f, f.o.codec!.encode(s));
}

// --- the methods -----------------------------------------------------------------------------

const file = (self: PyValue): PyFile => self as PyFile;

function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeof v !== 'number' && typeName(v) !== 'int' && typeName(v) !== 'bool') {
    raise(TypeError, `argument should be integer or None, not '${typeName(v)}'`);
  }
  const n = asIndex(v);
  return typeof n === 'bigint' ? (n < 0n ? -1 : Number.MAX_SAFE_INTEGER) : n;
}

function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.value;
  // Other buffers (memoryview) keep their bytes in `value` too.
  const b = v as unknown as { value?: unknown };
  if (typeof v !== 'number' && b.value instanceof Uint8Array) return b.value;
  raise(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
}

function readResult(f: PyFile, data: string | Uint8Array): PyValue {
  return typeof data === 'string' ? newStr(data) : new PyBytes(data);
}

function readLineAny(f: PyFile, limit: number): string | Uint8Array {
  if (isText(f)) return readLine(f, limit);
  // Binary lines end at b'\n'.
  const size = fileSize(f);
  const chunk: number[] = [];
  const one = new Uint8Array(1);
  while (f.pos < size && (limit < 0 || chunk.length < limit)) {
    fs.readSync(f.o.fd, one, 0, 1, f.pos);
    f.pos++;
    chunk.push(one[0]!);
    if (one[0] === 10) break;
  }
  return Uint8Array.from(chunk);
}

function lineIsEmpty(line: string | Uint8Array): boolean {
  return line.length === 0;
}

/** next(f): one line, or undefined at the end (the iteration protocol's nativeNext). */
function nextLine(f: PyFile): PyValue | undefined {
  checkReadable(f);
  const line = readLineAny(f, -1);
  if (lineIsEmpty(line)) return undefined;
  return readResult(f, line);
}

Object.defineProperty(PyFile.prototype, 'nativeNext', {
  value(this: PyFile) {
    return nextLine(this);
  },
});

function fileRepr(f: PyFile): string {
  const t = f.ob_type;
  const name = repr(f.o.name);
  if (t === textIOWrapperType) return `<_io.TextIOWrapper name=${name} mode='${f.o.mode}' encoding='${f.o.codec!.name}'>`;
  if (t === fileIOType) {
    if (f.closed) return '<_io.FileIO [closed]>';
    return `<_io.FileIO name=${name} mode='${f.o.mode}' closefd=${f.o.closefd ? 'True' : 'False'}>`;
  }
  return `<_io.${t.name} name=${name}>`;
}

export function installFileTypes(): void {
  const all = [fileIOType, bufferedReaderType, bufferedWriterType, bufferedRandomType, textIOWrapperType];
  for (const t of all) {
    defineAttribute(t, '__module__', intern('_io'));
    defineMethods(t, {
      close(self) {
        file(self).close();
        return None;
      },
      flush(self) {
        checkOpen(file(self));
        return None;
      },
      fileno(self) {
        checkOpen(file(self));
        return file(self).o.fd;
      },
      isatty(self) {
        checkOpen(file(self));
        return fs.fstatSync(file(self).o.fd).isCharacterDevice() ? True : False;
      },
      readable: (self) => (checkOpen(file(self)), file(self).o.readable ? True : False),
      writable: (self) => (checkOpen(file(self)), file(self).o.writable ? True : False),
      seekable: (self) => (checkOpen(file(self)), True),
      seek(self, args, kw) {
        checkPositional('seek', args, kw, 1, 2);
        const f = file(self);
        checkOpen(f);
        const offset = Number(asIndex(args[0]!));
        const whence = args.length > 1 ? Number(asIndex(args[1]!)) : 0;
        if (whence < 0 || whence > 2) raise(ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
        if (isText(f)) {
          if (whence === 1 && offset !== 0) raise(unsupportedOperation, "can't do nonzero cur-relative seeks");
          if (whence === 2 && offset !== 0) raise(unsupportedOperation, "can't do nonzero end-relative seeks");
          if (whence === 0 && offset < 0) raise(ValueError, `negative seek position ${offset}`);
          syncTextPosition(f);
        }
        if (whence === 0) {
          if (offset < 0) raise(OSError, 'Invalid argument');
          f.pos = offset;
        } else if (whence === 1) f.pos = Math.max(0, f.pos + offset);
        else f.pos = Math.max(0, fileSize(f) + offset);
        return f.pos;
      },
      tell(self) {
        const f = file(self);
        checkOpen(f);
        if (isText(f) && f.rbuf !== null) return f.pos + encodedLength(f, f.rbuf.slice(0, f.rpos));
        return f.pos;
      },
      truncate(self, args, kw) {
        checkPositional('truncate', args, kw, 0, 1);
        const f = file(self);
        checkWritable(f);
        if (isText(f)) syncTextPosition(f);
        const size = args.length && args[0] !== None ? Number(asIndex(args[0]!)) : f.pos;
        try {
          fs.ftruncateSync(f.o.fd, size);
        } catch (e) {
          throw osError(e, null);
        }
        return size;
      },
      read(self, args, kw) {
        checkPositional('read', args, kw, 0, 1);
        const f = file(self);
        checkReadable(f);
        const n = sizeArg(args[0]);
        return readResult(f, isText(f) ? readText(f, n) : readBytes(f, n));
      },
      readline(self, args, kw) {
        checkPositional('readline', args, kw, 0, 1);
        const f = file(self);
        checkReadable(f);
        return readResult(f, readLineAny(f, sizeArg(args[0])));
      },
      readlines(self, args, kw) {
        checkPositional('readlines', args, kw, 0, 1);
        const f = file(self);
        checkReadable(f);
        const hint = sizeArg(args[0]);
        const lines: PyValue[] = [];
        let total = 0;
        for (;;) {
          const line = readLineAny(f, -1);
          if (line.length === 0) break;
          lines.push(readResult(f, line));
          total += line.length;
          if (hint > 0 && total >= hint) break;
        }
        return new PyList(lines);
      },
      write(self, args, kw) {
        checkPositional('write', args, kw, 1);
        const f = file(self);
        const v = args[0]!;
        if (isText(f)) {
          if (!(v instanceof PyStr)) raise(TypeError, `write() argument must be str, not ${typeName(v)}`);
          checkWritable(f);
          writeText(f, v.value);
          return v.length;
        }
        const data = bytesOf(v);
        checkWritable(f);
        writeBytes(f, data);
        return data.length;
      },
      writelines(self, args, kw) {
        checkPositional('writelines', args, kw, 1);
        const f = file(self);
        checkWritable(f);
        const it = getIter(args[0]!);
        try {
          for (let v = next(it); v !== undefined; v = next(it)) {
            try {
              if (isText(f)) {
                if (!(v instanceof PyStr)) raise(TypeError, `write() argument must be str, not ${typeName(v)}`);
                writeText(f, v.value);
              } else writeBytes(f, bytesOf(v));
            } finally {
              decref(v);
            }
          }
        } finally {
          decref(it);
        }
        return None;
      },
      __enter__(self) {
        checkOpen(file(self));
        return newref(self);
      },
      __exit__(self) {
        file(self).close();
        return None;
      },
      __iter__(self) {
        checkOpen(file(self));
        return newref(self);
      },
      __next__(self) {
        const v = nextLine(file(self));
        if (v === undefined) raise(StopIteration);
        return v;
      },
      __repr__: (self) => newStr(fileRepr(file(self))),
    });
    defineGetSets(t, {
      closed: (self) => (file(self).closed ? True : False),
      name: (self) => newref(file(self).o.name),
      mode: (self) => newStr(file(self).o.mode),
    });
  }
  defineGetSets(textIOWrapperType, {
    encoding: (self) => newStr(file(self).o.codec!.name),
    errors: (self) => newStr(file(self).o.errors),
    line_buffering: () => False,
    newlines: () => None,
  });
  defineGetSets(fileIOType, { closefd: (self) => (file(self).o.closefd ? True : False) });
}
