// The seeded PRNG every randomized test uses (shared/kernels/seeded-random.ts), so a failure is
// reproduced from the seed the test prints.

export { prng } from '../../shared/kernels/seeded-random.js';
