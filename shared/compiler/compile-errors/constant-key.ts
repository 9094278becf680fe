// A string that is equal for two constants exactly when Python's `==` (with
// equal hashes) makes them the same set element, as the set of already-seen
// mapping-pattern keys needs: numbers of every type compare by value
// (True == 1 == 1.0 == 1+0j, 0 == -0.0), str with str, bytes with bytes.
// NaN is never equal to another NaN literal, so each gets a key of its own.

import { ELLIPSIS, PyBytes, PyComplex, type PyConstant, PyFrozenset, PyStrCodePoints, PyTuple } from '../../ast/nodes.js';

let nanCount = 0;

function numberKey(real: number | bigint, imag = 0): string {
  if (typeof real === 'number' && Number.isNaN(real)) return `nan:${nanCount++}`;
  if (Number.isNaN(imag)) return `nan:${nanCount++}`;
  const r = typeof real === 'bigint' ? real.toString()
    : Number.isInteger(real) ? BigInt(real).toString() : String(real);
  return imag === 0 ? `n:${r}` : `c:${r}:${Number.isInteger(imag) ? BigInt(imag).toString() : String(imag)}`;
}

export function constantKey(value: PyConstant): string {
  if (value === null) return 'None';
  if (value === ELLIPSIS) return 'Ellipsis';
  switch (typeof value) {
    case 'boolean': return numberKey(value ? 1n : 0n);
    case 'bigint': case 'number': return numberKey(value);
    case 'string': return `s:${value}`;
  }
  if (value instanceof PyStrCodePoints) return `s:${String.fromCodePoint(...value.codePoints)}`;
  if (value instanceof PyBytes) return `b:${Array.from(value.bytes).join(',')}`;
  if (value instanceof PyComplex) return numberKey(value.real, value.imag);
  if (value instanceof PyTuple) return `t:(${value.items.map(constantKey).join(',')})`;
  if (value instanceof PyFrozenset) return `f:{${value.items.map(constantKey).sort().join(',')}}`;
  return 'object';
}
