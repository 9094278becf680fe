// Case variants of a character, for IGNORECASE where the translation cannot use JS's 'i' flag:
// ASCII-only folding (re.ASCII and bytes patterns) and scoped (?i:...) groups. Unicode variants
// join a character with its single-character lower and upper case and with the extra pairs
// CPython's re._casefix lists (i/ı, s/ſ, µ/μ, the Greek symbol forms, ...).

const EXTRA_PAIRS: readonly [number, number][] = [
  [0x69, 0x131], [0x73, 0x17f], [0xb5, 0x3bc], [0x345, 0x3b9], [0x345, 0x1fbe], [0x390, 0x1fd3], [0x3b0, 0x1fe3],
  [0x3b2, 0x3d0], [0x3b5, 0x3f5], [0x3b8, 0x3d1], [0x3ba, 0x3f0], [0x3c0, 0x3d6], [0x3c1, 0x3f1], [0x3c2, 0x3c3],
  [0x3c6, 0x3d5], [0x1e61, 0x1e9b], [0xfb05, 0xfb06],
  // U+0130's simple lowercase is 'i' (JS's toLowerCase gives the two-character full mapping).
  [0x69, 0x130],
];

/** I, i, İ, ı: one class under CPython's IGNORECASE, which JS's 'i' flag (simple case folding) splits. */
export const DOTTED_I = [0x49, 0x69, 0x130, 0x131] as const;

export function isDottedI(cp: number): boolean {
  return cp === 0x49 || cp === 0x69 || cp === 0x130 || cp === 0x131;
}

let classes: Map<number, number[]> | null = null;

function single(s: string): number {
  const cp = s.codePointAt(0)!;
  return s.length === (cp > 0xffff ? 2 : 1) ? cp : -1;
}

/** cp → every code point equivalent to it under Unicode IGNORECASE (only those with variants). */
function unicodeClasses(): Map<number, number[]> {
  if (classes !== null) return classes;
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: number, b: number): void => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (let cp = 0; cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo !== ch) { const l = single(lo); if (l >= 0) union(cp, l); }
    if (up !== ch) { const u = single(up); if (u >= 0) union(cp, u); }
  }
  for (const [a, b] of EXTRA_PAIRS) union(a, b);
  const groups = new Map<number, number[]>();
  for (const cp of parent.keys()) {
    const r = find(cp);
    let g = groups.get(r);
    if (g === undefined) groups.set(r, (g = []));
    g.push(cp);
  }
  classes = new Map();
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    for (const cp of g) classes.set(cp, g);
  }
  return classes;
}

/** The code points equal to `cp` ignoring case (cp itself included). */
export function caseVariants(cp: number, ascii: boolean): readonly number[] {
  if (ascii) {
    if (cp >= 0x41 && cp <= 0x5a) return [cp, cp + 32];
    if (cp >= 0x61 && cp <= 0x7a) return [cp - 32, cp];
    return [cp];
  }
  return unicodeClasses().get(cp) ?? [cp];
}
