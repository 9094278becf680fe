# random's distributions on a fixed seed (gauss, normalvariate, expovariate, triangular, gamma,
# beta, ...), and the exceptions and messages of bad arguments to the helpers and state methods.
import random

r = random.Random(271828)
print(r.uniform(2.5, 7.5), r.triangular(), r.triangular(0, 10, 9), r.triangular(5, 5))
print([r.gauss() for _ in range(3)], r.gauss(100, 15), r.normalvariate(10, 2))
print(r.expovariate(0.5), r.lognormvariate(0, 0.5), r.vonmisesvariate(0, 4), r.vonmisesvariate(1, 0))
print(r.gammavariate(0.3, 2), r.gammavariate(1.0, 3), r.gammavariate(9, 0.5), r.betavariate(2, 5))
print(r.paretovariate(2.5), r.weibullvariate(2, 1.5))

def attempt(label, f, *args, **kwargs):
    try:
        print(label, '->', repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

attempt('randrange(5, 5)', r.randrange, 5, 5)
attempt('randrange(0)', r.randrange, 0)
attempt('randrange(1, 9, 0)', r.randrange, 1, 9, 0)
attempt('randrange(9, 1, 2)', r.randrange, 9, 1, 2)
attempt('randrange(9, step=2)', r.randrange, 9, step=2)
attempt('randint(6, 1)', r.randint, 6, 1)
attempt('choice([])', r.choice, [])
attempt('sample(set)', r.sample, {1, 2, 3}, 2)
attempt('sample(too many)', r.sample, [1, 2], 3)
attempt('sample(counts len)', r.sample, 'ab', 1, counts=[1])
attempt('sample(counts zero)', r.sample, 'ab', 1, counts=[0, 0])
attempt('sample(counts float)', r.sample, 'ab', 1, counts=[1.0, 2.0])
attempt('choices(k positional)', r.choices, 'ab', 2)
attempt('choices(both)', r.choices, 'ab', [1, 1], cum_weights=[1, 2])
attempt('choices(len)', r.choices, 'ab', [1, 2, 3])
attempt('choices(zero)', r.choices, 'ab', [0, 0])
attempt('choices(inf)', r.choices, 'ab', [1, float('inf')])
attempt('choices(empty)', r.choices, [], k=2)
attempt('getrandbits(-1)', r.getrandbits, -1)
attempt('getrandbits(2.0)', r.getrandbits, 2.0)
attempt('seed([1])', r.seed, [1])
attempt('setstate(version 9)', r.setstate, (9, (), None))
attempt('setstate(short)', r.setstate, (3, (0,) * 10, None))
attempt('setstate(list)', r.setstate, (3, [0] * 625, None))
attempt('setstate(index)', r.setstate, (3, (1,) * 624 + (700,), None))
attempt('gammavariate(0, 1)', r.gammavariate, 0, 1)
attempt('expovariate(0)', r.expovariate, 0)
attempt('Random(1, 2)', random.Random, 1, 2)
attempt('SystemRandom().getstate()', random.SystemRandom().getstate)
attempt('randrange(None)', r.randrange, None)
