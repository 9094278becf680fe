# slice objects are unhashable in 3.11 (hashable only from 3.12); using one as a dict key is uncaught
s = slice(1, 5)
print(s, s == slice(1, 5, None), s.indices(3))
cache = {}
key = (s.start, s.stop, s.step)
cache[key] = list(range(10))[s]
print(cache)
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
try:
    {s}
except TypeError as e:
    print("TypeError:", e)
print(s in [slice(1, 5)], [slice(1, 5)].index(s))
table = {}
table[s] = "window"
