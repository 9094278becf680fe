// Private name mangling (CPython's _Py_Mangle): inside `class C`, an
// identifier `__x` becomes `_C__x`.
//
// The symbol table stores names mangled, and the compiler must mangle every
// name it emits the same way, so both use this one function. It applies to
// any identifier, whatever its use, except dunder names (`__x__`) and dotted
// import names; leading underscores of the class name are dropped, and a
// class named only with underscores mangles nothing.

const UNDERSCORE = 0x5f;

/** `name` as it is stored and compiled inside a class named `privateName` (null outside classes). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !startsWithTwoUnderscores(name)) return name;
  const n = name.length;
  if ((name.charCodeAt(n - 1) === UNDERSCORE && name.charCodeAt(n - 2) === UNDERSCORE) || name.includes('.')) {
    return name;
  }
  let start = 0;
  while (start < privateName.length && privateName.charCodeAt(start) === UNDERSCORE) start++;
  if (start === privateName.length) return name;
  return `_${privateName.slice(start)}${name}`;
}

function startsWithTwoUnderscores(name: string): boolean {
  return name.charCodeAt(0) === UNDERSCORE && name.charCodeAt(1) === UNDERSCORE;
}
