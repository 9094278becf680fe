// The hash functions for str and big ints, installed by the runtime from shared/kernels (kept
// behind hooks so the faster kernels can replace the first ones without touching callers).

export const hashHooks = {
  hashString: (_s: string): number | bigint => { throw new Error('hashing not installed'); },
  hashBigInt: (_n: bigint): number | bigint => { throw new Error('hashing not installed'); },
};
