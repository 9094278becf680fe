// The errors of the regex kernel. A RegexError is Python's `re.error(msg, pattern, pos)`: the
// engine builds the re.error object from it (the message gets " at position N" there, as
// re.error.__init__ does). Other failures (ValueError for bad flag combinations, OverflowError
// for huge repeat counts, IndexError for unknown template group names) are KernelErrors.

export class RegexError extends Error {
  /** `msg` is re.error's .msg; `pos` a code-point index into the pattern, or null. */
  constructor(readonly msg: string, readonly pos: number | null) {
    super(msg);
  }
}

/** Python's re flags (re.RegexFlag values). */
export const FLAG_TEMPLATE = 1;
export const FLAG_IGNORECASE = 2;
export const FLAG_LOCALE = 4;
export const FLAG_MULTILINE = 8;
export const FLAG_DOTALL = 16;
export const FLAG_UNICODE = 32;
export const FLAG_VERBOSE = 64;
export const FLAG_DEBUG = 128;
export const FLAG_ASCII = 256;

export const MAXREPEAT = 4294967295;
export const MAXGROUPS = 1073741823;
