# tuple comparison: lexicographic, shorter first on ties, element ordering errors, use in sorting keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) != (2, 1))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), (1, (2, 3)) < (1, (2, 4)), (0,) <= (0,), ((),) > ())
print((1, 2) == [1, 2], (1,) == 1, () == [], (None,) == (None,))
pts = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pts), min(pts), max(pts), sorted(pts, reverse=True))
print(sorted([(1, 2), (1,), (), (0, 5), (1, 1, 1)]))
nan = float("nan")
t = (nan,)
print(t == t, t == (nan,), (float("nan"),) == (float("nan"),), t < t, (1, nan) < (2, nan))
print((1, "x") < (2, 0), (1, 2) < (1, 2))
for call in [lambda: (1, "a") < (1, 2), lambda: (1,) < [1], lambda: (None,) < (None,), lambda: (1,) > "1", lambda: (1j,) < (2j,)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
a, b = Loud(1), Loud(2)
print((a, b) < (a, a))
print((a, a) == (Loud(1), Loud(1)))
print((a,) <= (a,))
