import { describe, expect, it } from 'vitest';
import { BASE_OPCODES } from '../../../shared/bytecode/opcodes.js';
import { readFileSync } from 'node:fs';

describe('the const enum of opcode numbers', () => {
  it('lists every real opcode of the table with its number', () => {
    const text = readFileSync(new URL('./opcode-numbers.ts', import.meta.url), 'utf8');
    const declared = new Map([...text.matchAll(/^ {2}([A-Z_]+) = (\d+),$/gm)].map((m) => [m[1]!, Number(m[2])]));
    const table = new Map(BASE_OPCODES.filter((s) => s.code >= 0).map((s) => [s.name as string, s.code]));
    expect(declared).toEqual(table);
  });
});
