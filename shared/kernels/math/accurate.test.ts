// The correctly rounded exp/log/pow/trigonometric kernels, and the math
// functions built on them or on glibc's other algorithms, against python3 on
// random arguments computed live (skipped without python3 3.11.7). glibc's
// functions are correctly rounded except near rounding midpoints, so a few
// one-ulp differences are expected (see libm-differences.ts) and nothing more;
// a few ulps for gamma and lgamma, which chain several of them. expm1, log1p
// and what uses them (sinh, tanh, atanh) are fdlibm's in both, but glibc's
// x86-64 build of them uses FMA, which rounds differently once in a while.

import { expect, it } from 'vitest';
import { describeWithPython3, python3Json } from '../../../test/support/python3.js';
import { floatFromBits } from '../../../test/support/fixture-values.js';
import { accurateExp, accurateExp2, accurateLog, accuratePow } from './accurate-exp-log.js';
import { accurateAcos, accurateAsin, accurateAtan, accurateAtan2, accurateCos, accurateSin, accurateTan } from './accurate-trig.js';
import { acosh, asinh, atanh, cbrt, cosh, erf, erfc, expm1, gamma, lgamma, log10, log1p, log2, sinh, tanh } from './index.js';

const SAMPLES = `
import json, math, random, struct
rng = random.Random(20231117)
b = lambda x: '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
wide = lambda: 2.0 ** rng.uniform(-40, 60) * rng.choice([-1, 1])
gens = {
    'exp': lambda: (rng.uniform(-745, 709),), 'exp2': lambda: (rng.uniform(-1074, 1023),),
    'log': lambda: (2.0 ** rng.uniform(-1074, 1023),), 'pow': lambda: (rng.uniform(0, 100), rng.uniform(-150, 150)),
    'sin': lambda: (wide(),), 'cos': lambda: (wide(),), 'tan': lambda: (wide(),),
    'atan': lambda: (wide(),), 'asin': lambda: (rng.uniform(-1, 1),), 'acos': lambda: (rng.uniform(-1, 1),),
    'atan2': lambda: (wide(), wide()),
    'log2': lambda: (2.0 ** rng.uniform(-1074, 1023),), 'log10': lambda: (2.0 ** rng.uniform(-1074, 1023),),
    'sinh': lambda: (rng.uniform(-710, 710),), 'cosh': lambda: (rng.uniform(-710, 710),),
    'tanh': lambda: (wide() / 2 ** 50,), 'asinh': lambda: (wide(),), 'acosh': lambda: (1 + abs(wide()),),
    'atanh': lambda: (rng.uniform(-1, 1),), 'expm1': lambda: (rng.uniform(-40, 709),),
    'log1p': lambda: (rng.uniform(-1, 1) * 2.0 ** rng.uniform(-40, 8),), 'cbrt': lambda: (wide(),),
    'erf': lambda: (rng.uniform(-6, 6),), 'erfc': lambda: (rng.uniform(-6, 27),),
    'gamma': lambda: (rng.uniform(-170, 171),), 'lgamma': lambda: (rng.uniform(-300, 1e5),),
}
out = {}
for name, gen in gens.items():
    rows = []
    while len(rows) < 3000:
        args = gen()
        try:
            rows.append([b(a) for a in args] + [b(getattr(math, name)(*args))])
        except (ValueError, OverflowError):
            pass  # errors are the fixture's business
    out[name] = rows
print(json.dumps(out))
`;

const KERNELS: Record<string, (...args: number[]) => number> = {
  exp: accurateExp, exp2: accurateExp2, log: accurateLog, pow: accuratePow, sin: accurateSin, cos: accurateCos,
  tan: accurateTan, atan: accurateAtan, asin: accurateAsin, acos: accurateAcos, atan2: accurateAtan2,
  log2, log10, sinh, cosh, tanh, asinh, acosh, atanh, expm1, log1p, cbrt, erf, erfc, gamma, lgamma,
};

/** Functions that chain several libm calls, where a one-ulp difference inside can grow to a few. */
const COMPOSITE = new Set(['gamma', 'lgamma']);

function ulpDistance(a: number, b: number): number {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  const d = view.getBigInt64(0) - view.getBigInt64(8);
  return Number(d < 0n ? -d : d);
}

describeWithPython3('correctly rounded libm kernels', () => {
  const samples = python3Json<Record<string, string[][]>>(SAMPLES);
  for (const [name, kernel] of Object.entries(KERNELS)) {
    it(`${name} matches glibc on 3000 random arguments but for rare last-bit cases`, () => {
      let differing = 0;
      for (const row of samples![name]!) {
        const args = row.slice(0, -1).map(floatFromBits);
        const want = floatFromBits(row[row.length - 1]!);
        const got = kernel(...args);
        if (Object.is(got, want)) continue;
        differing++;
        expect(ulpDistance(got, want), `${name}(${args.join(', ')})`).toBeLessThanOrEqual(COMPOSITE.has(name) ? 4 : 1);
      }
      expect(differing).toBeLessThanOrEqual(15); // 0.5%
    });
  }
});
