// CPython 3.11's set/frozenset hash table (Objects/setobject.c), slot for slot,
// so that iteration order, pop() and repr() come out as CPython's: the same
// probing (home slot, up to LINEAR_PROBES neighbours, then i*5 + 1 + perturb
// with perturb shifted right 5 bits each time), dummies left by deletion, the
// fill/used counts and the same resize rule and reinsertion order.
//
// Keys are opaque (K); the caller gives each key's hash as signed int32 halves
// (lo, hi) from hash.ts and an equality callback, called only when hashes are
// equal and the keys are not identical (===). Identity is Python identity, so
// an engine must store boxed objects (a NaN float must be one object, equal to
// itself only by identity). The callback may run Python code that mutates the
// table; lookups then restart as CPython's do. A real hash is never -1, which
// marks a dummy slot.
//
// Which CPython entry point maps to which method (the engine follows these so
// that the order of insertions, hence iteration order, is CPython's):
//
//   set.add / BUILD_SET / SET_ADD / PySet_Add      add
//   x in s                                          contains
//   discard / remove (KeyError when absent)         discard
//   pop / clear                                     pop / clear
//   update, |=, SET_UPDATE, set(it), frozenset(it)  set_update_internal:
//     other a set or frozenset                      merge(otherTable)       (table copy, not re-adding)
//     other an exact dict                           reserveForMerge(len(d)), then add each key with
//                                                   the hash the dict stores, in dict order
//     any other iterable                            add each item in iteration order
//   s.copy(), set(s), frozenset(s) for a set s      copy()  (frozenset(f) and f.copy() of an exact
//                                                   frozenset return f itself)
//   s | t, s.union(*others)                         copy(), then per other as update (skip other === s)
//   s & t, s.intersection(t)                        intersection(t) for a set t; for an iterable:
//                                                   intersectionOfIterable recipe below
//   s &= t, intersection_update                     r = s & t (as above), then s.swapBodies(r)
//   s - t, s.difference(t)                          difference(t) for a set t; differenceBy(inDict)
//                                                   for an exact dict when !(len(s) >> 2 > len(d)),
//                                                   else copy() then differenceUpdate...
//   s -= t, difference_update(t)                    differenceUpdate(t) for a set t; for other
//                                                   iterables: discard each item, then purgeDummies()
//   s ^= t, symmetric_difference_update(t)          symmetricDifferenceUpdate(t) for a set t; for an
//                                                   exact dict: per key, discard, add when absent; for
//                                                   other iterables: first build a table from it (add
//                                                   each), then symmetricDifferenceUpdate(thatTable)
//   s ^ t, symmetric_difference(t)                  u = table of t (t.copy() for a set, else built by
//                                                   add), then u.symmetricDifferenceUpdate(s); u is it
//   hash(frozenset)                                 hash()
//
// s.intersection(iterable): r = new table; for each item x (hash h): if s.contains(x, h): r.add(x, h),
// and stop once r.size >= s.size. Multiple arguments chain left to right (CPython's *_multi).

import { HASH } from '../hash.js';
import { raise } from '../py-error.js';

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
const TWO_32 = 4294967296;

/** Marks a deleted slot (CPython's dummy key); such a slot's hash is -1. */
const DUMMY: unknown = Object.freeze({ dummy: true });

export type KeyEquality<K> = (a: K, b: K) => boolean;

export class SetTable<K> {
  /** Slot keys: null when never used, DUMMY when deleted. */
  keys: (K | null)[];
  /** Slot hashes as [lo, hi] pairs: 0 for empty slots, -1 for dummies. */
  hashes: Int32Array;
  mask = MIN_SIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots: len(s). */
  used = 0;
  /** Where pop() starts looking; stays with the object (swapBodies does not move it). */
  finger = 0;

  constructor(readonly eq: KeyEquality<K>) {
    this.keys = new Array<K | null>(MIN_SIZE).fill(null);
    this.hashes = new Int32Array(2 * MIN_SIZE);
  }

  get size(): number {
    return this.used;
  }

  /** Adds key unless an equal key is there (set_add_entry); true when added. */
  add(key: K, lo: number, hi: number): boolean {
    restart: for (;;) {
      const keys = this.keys;
      const hashes = this.hashes;
      let mask = this.mask;
      let i = lo & mask;
      let freeslot = -1;
      let pl = lo >>> 0, ph = hi >>> 0;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const there = keys[j]!;
          if (there === null) {
            // The last dummy passed on the way is reused; then fill is unchanged and no resize.
            if (freeslot >= 0) {
              keys[freeslot] = key; hashes[2 * freeslot] = lo; hashes[2 * freeslot + 1] = hi;
              this.used++;
              return true;
            }
            keys[j] = key; hashes[2 * j] = lo; hashes[2 * j + 1] = hi;
            this.fill++;
            this.used++;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (hashes[2 * j] === lo && hashes[2 * j + 1] === hi) {
            if (there === key) return false;
            if (this.eq(there, key)) return false;
            if (this.keys !== keys || keys[j] !== there) continue restart;
            mask = this.mask;
          } else if (there === DUMMY) {
            freeslot = j;
          }
          j++;
        } while (probes-- > 0);
        pl = ((pl >>> 5) | (ph << 27)) >>> 0;
        ph >>>= 5;
        i = (i * 5 + 1 + pl) & mask; // ToInt32 keeps the low 32 bits, all the mask needs
      }
    }
  }

  /** The slot holding a key equal to `key`, or -1 (set_lookkey). */
  lookup(key: K, lo: number, hi: number): number {
    restart: for (;;) {
      const keys = this.keys;
      const hashes = this.hashes;
      let mask = this.mask;
      let i = lo & mask;
      let pl = lo >>> 0, ph = hi >>> 0;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
          const there = keys[j]!;
          if (there === null) return -1;
          if (hashes[2 * j] === lo && hashes[2 * j + 1] === hi) {
            if (there === key) return j;
            const same = this.eq(there, key);
            if (this.keys !== keys || keys[j] !== there) continue restart;
            if (same) return j;
            mask = this.mask;
          }
          j++;
        } while (probes-- > 0);
        pl = ((pl >>> 5) | (ph << 27)) >>> 0;
        ph >>>= 5;
        i = (i * 5 + 1 + pl) & mask; // ToInt32 keeps the low 32 bits, all the mask needs
      }
    }
  }

  contains(key: K, lo: number, hi: number): boolean {
    return this.lookup(key, lo, hi) >= 0;
  }

  /** Removes the key equal to `key`, leaving a dummy (set_discard_entry); the removed key, or null when absent. */
  discard(key: K, lo: number, hi: number): K | null {
    const slot = this.lookup(key, lo, hi);
    if (slot < 0) return null;
    const old = this.keys[slot]!;
    this.keys[slot] = DUMMY as K;
    this.hashes[2 * slot] = -1;
    this.hashes[2 * slot + 1] = -1;
    this.used--;
    return old;
  }

  /** set.pop(): the first active slot from the finger on, cyclically; KeyError when empty. */
  pop(): K {
    if (this.used === 0) raise('KeyError', 'pop from an empty set');
    const keys = this.keys;
    const mask = this.mask;
    let i = this.finger & mask;
    while (keys[i] === null || keys[i] === DUMMY) i = i === mask ? 0 : i + 1;
    const key = keys[i]!;
    keys[i] = DUMMY as K;
    this.hashes[2 * i] = -1;
    this.hashes[2 * i + 1] = -1;
    this.used--;
    this.finger = i + 1;
    return key;
  }

  /** set.clear(): back to an empty 8-slot table (the finger stays, as in CPython). */
  clear(): void {
    if (this.fill === 0 && this.mask === MIN_SIZE - 1) return;
    this.keys = new Array<K | null>(MIN_SIZE).fill(null);
    this.hashes = new Int32Array(2 * MIN_SIZE);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /**
   * set_table_resize: a table of the smallest power of two above `minUsed`
   * (at least 8), the active keys reinserted in slot order, dummies dropped.
   * An 8-slot table without dummies asked to stay at 8 slots is left alone.
   */
  resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size *= 2;
    if (size === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const keys = new Array<K | null>(size).fill(null);
    const hashes = new Int32Array(2 * size);
    const mask = size - 1;
    for (let s = 0; s < oldKeys.length; s++) {
      const key = oldKeys[s]!;
      if (key !== null && key !== DUMMY) insertClean(keys, hashes, mask, key, oldHashes[2 * s]!, oldHashes[2 * s + 1]!);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
  }

  /** The presizing set_update_internal does before adding `incoming` keys of a dict (and set_merge of a set). */
  reserveForMerge(incoming: number): void {
    if ((this.fill + incoming) * 5 >= this.mask * 3) this.resize((this.used + incoming) * 2);
  }

  /** If more than a quarter of the slots are dummies, resize them away (the end of difference_update). */
  purgeDummies(): void {
    if (this.fill - this.used <= this.mask >>> 2) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /**
   * set_merge: update from another set's table. An empty table of the other's
   * size copies the slots as they are when the other has no dummies; an empty
   * table reinserts the other's keys in slot order without comparing; else
   * each key is added as by add().
   */
  merge(other: SetTable<K>): void {
    if (other === this || other.used === 0) return;
    this.reserveForMerge(other.used);
    const okeys = other.keys;
    const ohashes = other.hashes;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      for (let s = 0; s <= other.mask; s++) this.keys[s] = okeys[s]!;
      this.hashes.set(ohashes);
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      const keys = this.keys, hashes = this.hashes, mask = this.mask;
      for (let s = 0; s <= other.mask; s++) {
        const key = okeys[s]!;
        if (key !== null && key !== DUMMY) insertClean(keys, hashes, mask, key, ohashes[2 * s]!, ohashes[2 * s + 1]!);
      }
      this.fill = other.used;
      this.used = other.used;
      return;
    }
    for (let s = 0; s <= other.mask; s++) {
      const key = okeys[s]!;
      if (key !== null && key !== DUMMY) this.add(key, ohashes[2 * s]!, ohashes[2 * s + 1]!);
    }
  }

  /** A new table with this one's keys, as set(s) / s.copy() build it (set_merge into an empty set). */
  copy(): SetTable<K> {
    const t = new SetTable<K>(this.eq);
    t.merge(this);
    return t;
  }

  /** The first active slot at or after `pos`, or -1 (set_next; iteration goes slot by slot). */
  nextSlot(pos: number): number {
    const keys = this.keys;
    for (let i = pos; i <= this.mask; i++) {
      const key = keys[i]!;
      if (key !== null && key !== DUMMY) return i;
    }
    return -1;
  }

  keyAt(slot: number): K {
    return this.keys[slot]!;
  }

  hashLoAt(slot: number): number {
    return this.hashes[2 * slot]!;
  }

  hashHiAt(slot: number): number {
    return this.hashes[2 * slot + 1]!;
  }

  /** The keys in iteration order. */
  toArray(): K[] {
    const out: K[] = [];
    for (let s = this.nextSlot(0); s >= 0; s = this.nextSlot(s + 1)) out.push(this.keys[s]!);
    return out;
  }

  /** s & t for a set t (set_intersection): walks the smaller table, keeps what the larger contains. */
  intersection(other: SetTable<K>): SetTable<K> {
    if (other === this) return this.copy();
    const result = new SetTable<K>(this.eq);
    let big: SetTable<K> = this, small = other;
    if (other.used > this.used) { big = other; small = this; }
    for (let s = small.nextSlot(0); s >= 0; s = small.nextSlot(s + 1)) {
      const key = small.keys[s]!, lo = small.hashes[2 * s]!, hi = small.hashes[2 * s + 1]!;
      if (big.contains(key, lo, hi)) result.add(key, lo, hi);
    }
    return result;
  }

  /** s - t for a set t (set_difference). */
  difference(other: SetTable<K>): SetTable<K> {
    if (this.used >> 2 > other.used) {
      const result = this.copy();
      result.differenceUpdate(other);
      return result;
    }
    return this.differenceBy((key, lo, hi) => other.contains(key, lo, hi));
  }

  /** A new table of the keys, in slot order, that `inOther` rejects (set_difference's walk; for a dict, its known-hash lookup). */
  differenceBy(inOther: (key: K, lo: number, hi: number) => boolean): SetTable<K> {
    const result = new SetTable<K>(this.eq);
    for (let s = this.nextSlot(0); s >= 0; s = this.nextSlot(s + 1)) {
      const key = this.keys[s]!, lo = this.hashes[2 * s]!, hi = this.hashes[2 * s + 1]!;
      if (!inOther(key, lo, hi)) result.add(key, lo, hi);
    }
    return result;
  }

  /** s -= t for a set t (set_difference_update_internal). */
  differenceUpdate(other: SetTable<K>): void {
    if (other === this) { this.clear(); return; }
    // A much larger other is first cut down to the common keys.
    const walk = other.used >> 3 > this.used ? this.intersection(other) : other;
    for (let s = walk.nextSlot(0); s >= 0; s = walk.nextSlot(s + 1)) {
      this.discard(walk.keys[s]!, walk.hashes[2 * s]!, walk.hashes[2 * s + 1]!);
    }
    this.purgeDummies();
  }

  /** s ^= t for a set t (set_symmetric_difference_update): walking t, remove what is here, add what is not. */
  symmetricDifferenceUpdate(other: SetTable<K>): void {
    if (other === this) { this.clear(); return; }
    for (let s = other.nextSlot(0); s >= 0; s = other.nextSlot(s + 1)) {
      const key = other.keys[s]!, lo = other.hashes[2 * s]!, hi = other.hashes[2 * s + 1]!;
      if (this.discard(key, lo, hi) === null) this.add(key, lo, hi);
    }
  }

  /** s ^ t for a set t (set_symmetric_difference): a copy of t updated with s. */
  symmetricDifference(other: SetTable<K>): SetTable<K> {
    const result = other.copy();
    result.symmetricDifferenceUpdate(this);
    return result;
  }

  /** set_swap_bodies: exchange contents with another table (fingers stay put). */
  swapBodies(other: SetTable<K>): void {
    const keys = this.keys, hashes = this.hashes, mask = this.mask, fill = this.fill, used = this.used;
    this.keys = other.keys; this.hashes = other.hashes; this.mask = other.mask; this.fill = other.fill; this.used = other.used;
    other.keys = keys; other.hashes = hashes; other.mask = mask; other.fill = fill; other.used = used;
  }

  /**
   * hash(frozenset) into HASH (frozenset_hash): the xor of every key's hash
   * with its bits shuffled, mixed with the size and dispersed. CPython xors
   * over all slots and cancels the empty and dummy ones; the result is the
   * xor over the active keys, computed here directly.
   */
  hash(): void {
    let xl = 0, xh = 0;
    for (let s = this.nextSlot(0); s >= 0; s = this.nextSlot(s + 1)) {
      const lo = this.hashes[2 * s]!, hi = this.hashes[2 * s + 1]!;
      // ((h ^ 89869747) ^ (h << 16)) * 3644798167
      mul64((lo ^ 89869747) ^ (lo << 16), hi ^ ((hi << 16) | (lo >>> 16)), SHUFFLE_LO, 0);
      xl ^= HASH[0]!; xh ^= HASH[1]!;
    }
    // ^= (len + 1) * 1927868237
    mul64(this.used + 1, 0, 1927868237, 0);
    xl ^= HASH[0]!; xh ^= HASH[1]!;
    // ^= (h >> 11) ^ (h >> 25), unsigned shifts
    const l = xl ^ ((xl >>> 11) | (xh << 21)) ^ ((xl >>> 25) | (xh << 7));
    const h = xh ^ (xh >>> 11) ^ (xh >>> 25);
    // h * 69069 + 907133923
    mul64(l, h, 69069, 0);
    const sum = (HASH[0]! >>> 0) + 907133923;
    let rl = sum | 0;
    let rh = (HASH[1]! + (sum >= TWO_32 ? 1 : 0)) | 0;
    if ((rl & rh) === -1) { rl = 590923713; rh = 0; }
    HASH[0] = rl;
    HASH[1] = rh;
  }
}

const SHUFFLE_LO = 3644798167 | 0;

/** The low 64 bits of a × b (int32 halves), into HASH. */
function mul64(al: number, ah: number, bl: number, bh: number): void {
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const mid = a1 * b0 + a0 * b1;
  const low = a0 * b0 + (mid % 65536) * 65536;
  HASH[0] = low | 0;
  HASH[1] = (a1 * b1 + Math.floor(mid / 65536) + Math.floor(low / TWO_32) + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

/** set_insert_clean: puts a key known absent into the first empty slot of its probe sequence (no dummies there). */
function insertClean<K>(keys: (K | null)[], hashes: Int32Array, mask: number, key: K, lo: number, hi: number): void {
  let i = lo & mask;
  let pl = lo >>> 0, ph = hi >>> 0;
  for (;;) {
    if (keys[i] === null) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = i + 1;
      const last = i + LINEAR_PROBES;
      for (; j <= last; j++) if (keys[j] === null) break;
      if (j <= last) { i = j; break; }
    }
    pl = ((pl >>> 5) | (ph << 27)) >>> 0;
    ph >>>= 5;
    i = (i * 5 + 1 + pl) & mask; // ToInt32 keeps the low 32 bits, all the mask needs
  }
  keys[i] = key;
  hashes[2 * i] = lo;
  hashes[2 * i + 1] = hi;
}
