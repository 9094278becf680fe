// Where a program's standard streams go: file descriptors of this process (the CLI), or strings
// collected for a caller (the conformance runner, tests).

import { readSync, writeSync } from 'node:fs';
import type { TextSink } from '../boxed/streams.js';

/** Buffered output to a file descriptor; flushed when the buffer fills, on flush() and at exit. */
export class FdSink implements TextSink {
  private buffer = '';
  constructor(private readonly fd: number, private readonly lineBuffered: boolean) {}

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length > 8192 || (this.lineBuffered && text.includes('\n'))) this.flush();
  }

  flush(): void {
    if (this.buffer === '') return;
    const data = Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
    let off = 0;
    while (off < data.length) {
      try {
        off += writeSync(this.fd, data, off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw e;
      }
    }
  }

  isatty(): boolean {
    return false;
  }
}

/** Collects everything written. */
export class StringSink implements TextSink {
  text = '';
  write(text: string): void {
    this.text += text;
  }
  flush(): void {}
  isatty(): boolean {
    return false;
  }
}

/** Standard input from a string given up front. */
export class StringSource implements TextSink {
  private pos = 0;
  constructor(private readonly input: string) {}
  write(): void {}
  flush(): void {}
  isatty(): boolean {
    return false;
  }
  readline(): string {
    if (this.pos >= this.input.length) return '';
    const nl = this.input.indexOf('\n', this.pos);
    const end = nl < 0 ? this.input.length : nl + 1;
    const line = this.input.slice(this.pos, end);
    this.pos = end;
    return line;
  }
  read(): string {
    const rest = this.input.slice(this.pos);
    this.pos = this.input.length;
    return rest;
  }
}

/** Standard input read from a file descriptor on demand (the terminal or a pipe). */
export class FdSource implements TextSink {
  private pending = '';
  private eof = false;
  constructor(private readonly fd: number) {}
  write(): void {}
  flush(): void {}
  isatty(): boolean {
    return false;
  }
  private fill(): boolean {
    if (this.eof) return false;
    const buf = Buffer.alloc(65536);
    let n: number;
    try {
      n = readSync(this.fd, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') return true;
      if (code === 'EOF') n = 0;
      else throw e;
    }
    if (n === 0) {
      this.eof = true;
      return false;
    }
    this.pending += buf.subarray(0, n).toString('utf8');
    return true;
  }
  readline(): string {
    for (;;) {
      const nl = this.pending.indexOf('\n');
      if (nl >= 0) {
        const line = this.pending.slice(0, nl + 1);
        this.pending = this.pending.slice(nl + 1);
        return line;
      }
      if (!this.fill()) {
        const rest = this.pending;
        this.pending = '';
        return rest;
      }
    }
  }
  read(): string {
    while (this.fill());
    const rest = this.pending;
    this.pending = '';
    return rest;
  }
}
