# set comprehensions, membership speed-independent results, min/max/sum/sorted over sets, len and bool
evens = {n for n in range(20) if n % 2 == 0}
print(sorted(evens), len(evens), 4 in evens, 5 in evens, 5 not in evens)
print({c.lower() for c in "HeLLo"} == set("helo"), {len(w) for w in "a bb cc ddd".split()})
print(min(evens), max(evens), sum(evens), sorted(evens, reverse=True)[:3], any(evens), all(evens))
print(bool(set()), bool({0}), len({1, 1.0, True}), len({0, 0.0, False, -0.0}))
squares = {x * x for x in range(-5, 6)}
print(sorted(squares), len(squares))
words = ["stop", "pots", "tops", "spot", "opts", "post", "nope", "open", "peon"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), set()).add(w)
print(sorted(sorted(g) for g in groups.values()))
print(sorted({(x, y) for x in range(3) for y in range(3) if x < y}))
dup = [1, 2, 2, 3, 3, 3, 4]
print(len(set(dup)), sorted(set(dup)), list(dict.fromkeys(dup)))
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes))
print(sorted({-0.0, 0.0}), {float("nan"), float("nan")} != set(), len({float("nan"), float("nan")}))
