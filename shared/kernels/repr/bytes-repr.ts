// repr() of a Python bytes value, exactly as CPython 3.11 writes it.
//
// b'...' with the same quote choice as str (' unless the bytes contain ' and
// no "), backslash and the chosen quote escaped, \t \n \r as short escapes and
// every other byte outside printable ASCII (0x20..0x7e) as \xNN.
// bytearray's repr (Objects/bytearrayobject.c) differs in one way: it escapes
// ' even inside "...".

import { chooseQuote } from './str-repr.js';

const HEX = '0123456789abcdef';

/** The text each byte value stands for inside b'...' (index = byte), for one quote. */
function buildByteTable(quote: number, escapeSingle = false): readonly string[] {
  const table: string[] = [];
  for (let b = 0; b < 256; b++) {
    if (b === quote || b === 0x5c || (escapeSingle && b === 0x27)) table.push('\\' + String.fromCharCode(b));
    else if (b === 0x09) table.push('\\t');
    else if (b === 0x0a) table.push('\\n');
    else if (b === 0x0d) table.push('\\r');
    else if (b < 0x20 || b >= 0x7f) table.push('\\x' + HEX[b >> 4] + HEX[b & 0xf]);
    else table.push(String.fromCharCode(b));
  }
  return table;
}

const SINGLE_QUOTED = buildByteTable(0x27);
const DOUBLE_QUOTED = buildByteTable(0x22);
const DOUBLE_QUOTED_BYTEARRAY = buildByteTable(0x22, true);

/** repr(b) for a Python bytes value; `bytearray` escapes ' in "..." as bytearray's repr does. */
export function bytesRepr(bytes: Uint8Array, bytearray = false): string {
  const quote = chooseQuote(bytes.includes(0x27), bytes.includes(0x22));
  const table = quote === 0x27 ? SINGLE_QUOTED : bytearray ? DOUBLE_QUOTED_BYTEARRAY : DOUBLE_QUOTED;
  const q = String.fromCharCode(quote);
  const parts: string[] = new Array(bytes.length + 2);
  parts[0] = 'b' + q;
  for (let i = 0; i < bytes.length; i++) parts[i + 1] = table[bytes[i]];
  parts[bytes.length + 1] = q;
  return parts.join('');
}
