# random's integer and sequence helpers on a fixed seed, as programs use them: randrange/randint
# (steps, negative steps, huge ranges), choice, choices (weights, cum_weights), shuffle, sample
# (both algorithms, counts=), getstate/setstate round trips, copying, and subclass hooks.
import random, copy

r = random.Random(31337)
print([r.randrange(10) for _ in range(15)], [r.randint(-3, 3) for _ in range(15)])
print(r.randrange(5, 100, 5), r.randrange(100, 0, -7), r.randrange(-50, -10), r.randrange(10 ** 40))
print(''.join(r.choice('abcdefghij') for _ in range(20)), r.choice([(1, 2), None]), r.choice(range(10, 20)))
print(r.choices(['red', 'green', 'blue'], k=6), r.choices(range(4), [10, 1, 1, 0], k=10))
print(r.choices('xyz', cum_weights=[0.5, 0.75, 1.0], k=10), r.choices('ab'))
deck = [rank + suit for suit in 'SH' for rank in 'A23456789TJQK']
r.shuffle(deck)
print(deck[:13])
print(r.sample(range(100), 10), r.sample(range(10 ** 9), 5), r.sample('abcdefghijklmnopqrstuvwxyz', 8))
print(r.sample(['win', 'lose'], counts=[2, 8], k=6), r.sample(tuple(range(30)), 30) != list(range(30)))
print(sorted(r.sample(range(1000), 100))[:10])
state = r.getstate()
first = [r.random(), r.randrange(1000), r.gauss(0, 1)]
r.setstate(state)
print(first == [r.random(), r.randrange(1000), r.gauss(0, 1)], state[0], len(state[1]), state[2])
twin = copy.copy(r)
print(twin is not r, twin.random() == r.random(), type(twin).__name__)

class Fixed(random.Random):
    def random(self):
        return 0.25
f = Fixed(1)
print(f.randrange(8), f.choice('abcd'), f.uniform(0, 8), f.choices('abcd', k=3))
print(Fixed._randbelow is Fixed._randbelow_without_getrandbits)

class Counting(random.Random):
    calls = 0
    def getrandbits(self, k):
        Counting.calls += 1
        return super().getrandbits(k)
c = Counting(9)
picks = [c.randrange(100) for _ in range(50)]
print(picks[:10], Counting.calls)
print(random.Random.__mro__[1].__module__, isinstance(random.SystemRandom(), random.Random))
sr = random.SystemRandom()
print(0 <= sr.randrange(10) < 10, len(sr.randbytes(8)), sr.getrandbits(0), sr.seed(1))
