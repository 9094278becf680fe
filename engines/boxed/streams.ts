// The text streams behind sys.stdin, sys.stdout and sys.stderr, as objects with write(),
// flush() and readline(); where their text goes (a terminal, or strings a test collects) is a
// `TextSink` the engine supplies.

import { decref, newref, PyObject, type PyValue } from './object.js';
import { encodeStr, LONE_SURROGATE } from './types/str/str-codecs.js';
import { raise } from './errors.js';
import { builtinType } from './builtin-types.js';
import { defineGetSets, defineMethods } from './define.js';
import { checkPositional } from './args.js';
import { newStr, intern } from './strings.js';
import { PyStr } from './types/str.js';
import { False, True } from './types/numbers.js';
import { None } from './types/singletons.js';
import { StopIteration, TypeError, ValueError } from './types/exceptions.js';
import { PyList } from './types/sequences.js';
import { typeName } from './protocols/type-of.js';

export interface TextSink {
  write(text: string): void;
  flush(): void;
  /** Reads one line including its newline ('' at end of input); only for input streams. */
  readline?(): string;
  /** Reads everything that is left. */
  read?(): string;
  isatty(): boolean;
}

export const textIOType = builtinType('TextIOWrapper', { subclassable: false });

export class PyTextStream extends PyObject {
  closed = false;
  /**
   * The UTF-8 error handler, as python3 sets it up under the C.UTF-8 locale the expectations
   * are made in: backslashreplace for stderr, surrogateescape for stdin and stdout.
   */
  readonly errors: string;
  constructor(readonly sink: TextSink, readonly name: string, readonly mode: string) {
    super(textIOType);
    this.errors = name === '<stderr>' ? 'backslashreplace' : 'surrogateescape';
  }

  /** Writes text as CPython's encoder would let it through: a lone surrogate goes to the error handler. */
  writeText(text: string): void {
    if (LONE_SURROGATE.test(text)) {
      const s = newStr(text);
      try {
        // Raises UnicodeEncodeError for what the handler cannot take. (surrogateescape's raw
        // bytes 0x80-0xff cannot pass through a text sink; they come out as U+FFFD.)
        text = UTF8_DECODER.decode(encodeStr(s, 'utf-8', this.errors));
      } finally {
        decref(s);
      }
    }
    this.sink.write(text);
  }
}

const UTF8_DECODER = new TextDecoder();

function stream(self: PyValue): PyTextStream {
  return self as PyTextStream;
}

export function installStreams(): void {
  defineMethods(textIOType, {
    write(self, args, kw) {
      checkPositional('write', args, kw, 1);
      const s = args[0]!;
      if (!(s instanceof PyStr)) raise(TypeError, `write() argument must be str, not ${typeName(s)}`);
      const st = stream(self);
      if (st.closed) raise(ValueError, 'I/O operation on closed file.');
      st.writeText(s.value);
      return s.length;
    },
    flush(self) {
      stream(self).sink.flush();
      return None;
    },
    readline(self) {
      const st = stream(self);
      if (!st.sink.readline) raise(ValueError, 'not readable');
      return newStr(st.sink.readline());
    },
    read(self) {
      const st = stream(self);
      if (!st.sink.read) raise(ValueError, 'not readable');
      return newStr(st.sink.read());
    },
    isatty: (self) => (stream(self).sink.isatty() ? True : False),
    fileno: (self) => (stream(self).name === '<stdin>' ? 0 : stream(self).name === '<stdout>' ? 1 : 2),
    writable: (self) => (stream(self).mode === 'w' ? True : False),
    readable: (self) => (stream(self).mode === 'r' ? True : False),
    __repr__: (self) => newStr(`<_io.TextIOWrapper name='${stream(self).name}' mode='${stream(self).mode}' encoding='utf-8'>`),
    __iter__: (self) => newref(self),
    __next__(self) {
      const st = stream(self);
      if (!st.sink.readline) raise(ValueError, 'not readable');
      const line = st.sink.readline();
      if (line === '') raise(StopIteration);
      return newStr(line);
    },
    readlines(self) {
      const st = stream(self);
      if (!st.sink.readline) raise(ValueError, 'not readable');
      const lines: PyValue[] = [];
      for (let line = st.sink.readline(); line !== ''; line = st.sink.readline()) lines.push(newStr(line));
      return new PyList(lines);
    },
    __enter__: (self) => newref(self),
    __exit__: () => None,
  });
  defineGetSets(textIOType, {
    name: (self) => newStr(stream(self).name),
    mode: (self) => newStr(stream(self).mode),
    encoding: () => intern('utf-8'),
    errors: (self) => newStr(stream(self).errors),
    closed: (self) => (stream(self).closed ? True : False),
  });
}
