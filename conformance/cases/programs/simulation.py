# Simulation with random.seed: queue simulation, random walks, shuffles, choices, Monte Carlo
import random
import math
from collections import Counter

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(0, 100, 7), random.randrange(10), random.getrandbits(70), random.getrandbits(8))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(deck, 4), random.sample(range(1000), 3))
print(random.choices("abc", k=6), random.choices("abc", weights=[10, 1, 1], k=6), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=5))
print(round(random.uniform(1, 2), 10), round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10))
print(round(random.gammavariate(2.0, 1.5), 10), round(random.lognormvariate(0, 1), 10), round(random.vonmisesvariate(1, 2), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10))
print(random.randbytes(5).hex())

rng = random.Random("seed-string")
print(rng.random(), rng.randint(0, 10 ** 30))
rng2 = random.Random(2 ** 100 + 7)
print(rng2.random(), random.Random(3.5).random(), random.Random(b"xy").random(), random.Random(-5).random() == random.Random(5).random())
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)])

# bank-teller queue simulation
random.seed(7)
clock, busy_until, waits = 0.0, 0.0, []
for customer in range(200):
    clock += random.expovariate(1 / 3.0)
    start = max(clock, busy_until)
    waits.append(start - clock)
    busy_until = start + random.uniform(1.0, 4.0)
mean = sum(waits) / len(waits)
var = sum((w - mean) ** 2 for w in waits) / (len(waits) - 1)
print(f"mean wait {mean:.4f}, sd {math.sqrt(var):.4f}, max {max(waits):.4f}, zero-waits {sum(w == 0 for w in waits)}")

# random walk
random.seed(2024)
pos, visits = 0, Counter()
for _ in range(1000):
    pos += random.choice((-1, 1))
    visits[pos] += 1
print(pos, visits.most_common(3), min(visits), max(visits))

# Monte Carlo pi and dice histogram
random.seed(99)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)
hist = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    print(f"{total:2d} {hist[total]:4d} {'*' * (hist[total] // 20)}")

# Life-like cellular automaton on a torus
random.seed(1)
W, H = 12, 6
cells = {(x, y) for x in range(W) for y in range(H) if random.random() < 0.35}
for gen in range(4):
    counts = Counter(((x + dx) % W, (y + dy) % H) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
for y in range(H):
    print("".join("#" if (x, y) in cells else "." for x in range(W)))
print(math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.comb(52, 5), math.perm(5, 2), math.prod([1.5, 2, 3]))
print(math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2), math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(10 ** 20 + 1))
