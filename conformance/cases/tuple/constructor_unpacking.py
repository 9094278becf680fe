# tuple() from iterables, generators and starred expressions; tuple unpacking in assignments and loops
print(tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1, "b": 2}), tuple(x * 2 for x in range(3)))
print(tuple({3: 0}.items()), tuple(b"ab"), tuple(reversed((1, 2, 3))), tuple(zip("ab", (1, 2))), tuple(enumerate("xy")))
t = (1, 2, 3)
print(tuple(t) is t, (*t, 4), (0, *t), (*t, *t), (*"ab",), (*range(2), *[9]))
a, b, c = t
print(a, b, c)
first, *rest = t
print(first, rest, type(rest).__name__)
(x, y), z = (1, 2), 3
print(x, y, z)
def pair():
    return "left", "right"
left, right = pair()
print(left, right, pair(), type(pair()).__name__)
def many(*args):
    return args
print(many(), many(1), many(1, 2), many(*t), many(*t, *"ab"), type(many()).__name__)
for i, (k, v) in enumerate((("a", 1), ("b", 2))):
    print(i, k, v)
swap = (1, 2)
swap = swap[1], swap[0]
print(swap)
for bad in [5, None]:
    try:
        tuple(bad)
    except TypeError as e:
        print("TypeError:", e)
for data in [(1,), (1, 2, 3, 4)]:
    try:
        p, q, r = data
    except ValueError as e:
        print("ValueError:", e)
try:
    tuple(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(tuple([[]])[0] is not None, tuple.__new__(tuple, [1]), tuple(iter(())))
