// What sys.stdin/stdout/stderr offer beyond write/flush/readline (streams.ts): writelines,
// readlines, iteration, seekable/tell answers of a terminal stream, close.

import { newref, type PyValue } from '../object.js';
import { raise } from '../errors.js';
import { checkPositional } from '../args.js';
import { defineMethods } from '../define.js';
import { newStr } from '../strings.js';
import { PyTextStream, textIOType } from '../streams.js';
import { PyStr } from '../types/str.js';
import { PyList } from '../types/sequences.js';
import { False } from '../types/numbers.js';
import { None } from '../types/singletons.js';
import { StopIteration, TypeError, ValueError } from '../types/exceptions.js';
import { forEach } from '../protocols/iteration.js';
import { typeName } from '../protocols/type-of.js';

export function installSysStreams(): void {
  defineMethods(textIOType, {
    writelines(self, args, kw) {
      checkPositional('writelines', args, kw, 1);
      const st = self as PyTextStream;
      const write = (v: PyValue): void => {
        if (!(v instanceof PyStr)) raise(TypeError, `write() argument must be str, not ${typeName(v)}`);
        st.writeText(v.value);
      };
      if (args[0] instanceof PyList) for (const v of args[0].items.slice()) write(v);
      else forEach(args[0]!, write);
      return None;
    },
    readlines(self) {
      const st = self as PyTextStream;
      if (!st.sink.readline) raise(ValueError, 'not readable');
      const lines: PyValue[] = [];
      for (let line = st.sink.readline(); line !== ''; line = st.sink.readline()) lines.push(newStr(line));
      return new PyList(lines);
    },
    __iter__: (self) => newref(self),
    __next__(self) {
      const st = self as PyTextStream;
      if (!st.sink.readline) raise(ValueError, 'not readable');
      const line = st.sink.readline();
      if (line === '') raise(StopIteration);
      return newStr(line);
    },
    seekable: () => False,
    close(self) {
      (self as PyTextStream).sink.flush();
      return None;
    },
  });
}
