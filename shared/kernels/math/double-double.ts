// Double-double arithmetic: a value carried as an unevaluated sum hi + lo of
// two doubles, about 106 bits, for the functions that must round as glibc's
// correctly rounded libm does (accurate-exp-log.ts, accurate-trig.ts).
// Results go to the shared register DD instead of a fresh object, so nothing
// allocates; read DD.hi and DD.lo right after each call.

/** The last result: value = hi + lo with |lo| <= ulp(hi)/2 (normalised). */
export const DD = { hi: 0, lo: 0 };

/** Veltkamp's splitter for doubles: 2^27 + 1. */
const SPLIT = 134217729;

/** DD = a × b exactly (Dekker's product; |a|, |b| < 2^996 so the split cannot overflow). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  DD.hi = p;
  DD.lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** DD = (ah + al) × (bh + bl), to about 2^-104 relative. */
export function mulDD(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const lo = DD.lo + (ah * bl + al * bh);
  const hi = DD.hi + lo;
  DD.lo = lo - (hi - DD.hi);
  DD.hi = hi;
}

/** DD = (ah + al) + (bh + bl), normalised. */
export function addDD(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const v = s - ah;
  const e = (ah - (s - v)) + (bh - v) + al + bl;
  const hi = s + e;
  DD.lo = e - (hi - s);
  DD.hi = hi;
}

/** DD = (ah + al) / (bh + bl), to about 2^-104 relative. */
export function divDD(ah: number, al: number, bh: number, bl: number): void {
  const q = ah / bh;
  mulDD(q, 0, bh, bl);
  // The remainder a - q·b, then one correction term.
  const rem = ((ah - DD.hi) - DD.lo + al) / bh;
  const hi = q + rem;
  DD.lo = rem - (hi - q);
  DD.hi = hi;
}

/** DD = sqrt(ah + al) for a > 0, to about 2^-104 relative. */
export function sqrtDD(ah: number, al: number): void {
  const s = Math.sqrt(ah);
  twoProd(s, s);
  const corr = ((ah - DD.hi) - DD.lo + al) / (2 * s);
  const hi = s + corr;
  DD.lo = corr - (hi - s);
  DD.hi = hi;
}
