// tokenize.detect_encoding: the source encoding from a UTF-8 BOM and/or a PEP 263 cookie in
// the first two lines, with tokenize.py's own checks and messages (which differ from the C
// tokenizer's): the cookie line must be valid UTF-8, the codec must exist, a BOM only
// agrees with a utf-8 cookie, and the second line is read only when the first is blank
// or a comment. Lines are split the way a binary readline splits them: after each b'\n'.

import { codecExists } from '../../kernels/codecs.js';
import { EncodingDeclarationError } from './errors.js';
import { strRepr } from '../../kernels/repr/str-repr.js';

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

/** A binary file's readline results, in order (without the final b''). */
export function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

export interface DetectedEncoding {
  encoding: string;
  /** The lines detect_encoding read and hands back (the first without its BOM). */
  consumed: Uint8Array[];
  /** How many of the file's lines it read (a line stripped to nothing is not handed back). */
  linesRead: number;
}

// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` with ASCII \w; '.' does not cross '\n'.
const COOKIE = /^[ \t\f]*#[^\n]*?coding[:=][ \t]*([-\w.]+)/;

/** `_get_normal_name`: the C tokenizer's spelling of utf-8 and latin-1, from 12 characters. */
function normalName(orig: string): string {
  const enc = orig.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (enc === 'utf-8' || enc.startsWith('utf-8-')) return 'utf-8';
  const latin1 = ['latin-1', 'iso-8859-1', 'iso-latin-1'];
  if (latin1.includes(enc) || latin1.some((p) => enc.startsWith(p + '-'))) return 'iso-8859-1';
  return orig;
}

/** `blank_re`: only spaces, tabs and form feeds, then a comment, a newline or the end. */
function isBlankLine(line: Uint8Array): boolean {
  let i = 0;
  while (i < line.length && (line[i] === 0x20 || line[i] === 0x09 || line[i] === 0x0c)) i++;
  return i === line.length || line[i] === 0x23 || line[i] === 0x0d || line[i] === 0x0a;
}

const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `find_cookie(line)`: the declared encoding, or null; throws EncodingDeclarationError. */
function findCookie(line: Uint8Array, filename: string | null, bomFound: boolean): string | null {
  let text: string;
  try {
    text = UTF8_FATAL.decode(line);
  } catch {
    throw declarationError('invalid or missing encoding declaration', filename);
  }
  const match = COOKIE.exec(text);
  if (match === null) return null;
  const encoding = normalName(match[1]);
  if (!codecExists(encoding)) {
    throw new EncodingDeclarationError(
      filename === null ? `unknown encoding: ${encoding}` : `unknown encoding for ${strRepr(filename)}: ${encoding}`,
    );
  }
  if (!bomFound) return encoding;
  if (encoding !== 'utf-8') throw declarationError('encoding problem', filename, ': utf-8');
  return encoding + '-sig';
}

function declarationError(msg: string, filename: string | null, tail = ''): EncodingDeclarationError {
  return new EncodingDeclarationError(filename === null ? msg + tail : `${msg} for ${strRepr(filename)}${tail}`);
}

/** `detect_encoding(readline)` over the lines of a file. */
export function detectEncoding(lines: readonly Uint8Array[], filename: string | null): DetectedEncoding {
  let first = lines.length > 0 ? lines[0] : new Uint8Array(0);
  let bomFound = false;
  let fallback = 'utf-8';
  if (BOM_UTF8.every((b, i) => first[i] === b)) {
    bomFound = true;
    first = first.subarray(3);
    fallback = 'utf-8-sig';
  }
  const read1 = lines.length > 0 ? 1 : 0;
  if (first.length === 0) return { encoding: fallback, consumed: [], linesRead: read1 };

  const encoding = findCookie(first, filename, bomFound);
  if (encoding !== null) return { encoding, consumed: [first], linesRead: 1 };
  if (!isBlankLine(first) || lines.length < 2) return { encoding: fallback, consumed: [first], linesRead: 1 };

  const second = lines[1];
  const encoding2 = findCookie(second, filename, bomFound);
  return { encoding: encoding2 ?? fallback, consumed: [first, second], linesRead: 2 };
}
