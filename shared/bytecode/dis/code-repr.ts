// repr() of what a code object's co_consts may hold, as dis prints it in
// parentheses: constants through the repr kernels, code objects as
// `<code object NAME at 0x..., file "FILE", line N>`.
//
// A real address would make every run print differently, so each code object
// gets a fake one the first time it is shown, in a fixed sequence: output is
// deterministic, and the same object always shows the same address (as in
// python3, where the LOAD_CONST line and the "Disassembly of" header agree).
// Comparisons with python3 replace addresses with normalizeAddresses.

import { constantRepr } from '../../kernels/repr/constant-repr.js';
import { type CodeObject, type ConstValue, isCodeObject } from '../code.js';

/** Where fake addresses start, and how far apart they are (shaped like a 64-bit heap address). */
const FAKE_ADDRESS_BASE = 0x7f0000000000;
const FAKE_ADDRESS_STEP = 0x100;

const addresses = new WeakMap<CodeObject, number>();
let nextAddress = FAKE_ADDRESS_BASE;

function addressOf(co: CodeObject): string {
  let address = addresses.get(co);
  if (address === undefined) {
    address = nextAddress;
    nextAddress += FAKE_ADDRESS_STEP;
    addresses.set(co, address);
  }
  return `0x${address.toString(16)}`;
}

/** code.__repr__ (the %U fields print the strs as they are, unquoted). */
export function codeRepr(co: CodeObject): string {
  return `<code object ${co.co_name} at ${addressOf(co)}, file "${co.co_filename}", line ${co.co_firstlineno}>`;
}

/** repr() of a co_consts entry. */
export function constRepr(value: ConstValue): string {
  return isCodeObject(value) ? codeRepr(value) : constantRepr(value);
}

/** Replaces every `<code object NAME at 0x...` address by `0x?`, so outputs compare across runs. */
export function normalizeAddresses(text: string): string {
  return text.replace(/(<code object .*? at )0x[0-9a-fA-F]+/g, '$10x?');
}
