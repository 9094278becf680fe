# tuple slicing returns tuples; +, *, in, len, min/max/sum; concatenation TypeErrors
t = tuple(range(10))
print(t[2:5], t[::3], t[::-1], t[-3:], t[8:2:-2], t[100:], t[5:2], t[:], t[:] is t, type(t[1:2]).__name__)
print(t[0], t[-1], t[slice(1, 3)], t[True])
print((1, 2) + (3,), (1,) * 3, 3 * ("a",), () * 5, (1, 2) * 0, (1, 2) * -1)
a = (1,)
b = a
a += (2,)
print(a, b, a is b)
a *= 2
print(a)
print(3 in t, 10 in t, "a" in ("a", "b"), [1] in ([1],), len(t), min(t), max(t), sum(t), sum(((1,), (2,)), ()))
print(list(reversed(t))[:3], sorted((3, 1, 2)), tuple(sorted((3, 1, 2))), any(()), all(()))
for call in [lambda: (1,) + [2], lambda: (1,) + "a", lambda: (1,) + 1, lambda: (1,) * 1.5, lambda: (1,) * (2,), lambda: t["1"], lambda: t[1.0]]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: t[10], lambda: t[-11], lambda: ()[0]]:
    try:
        call()
    except IndexError as e:
        print("IndexError:", e)
try:
    t[::0]
except ValueError as e:
    print("ValueError:", e)
big = (0,) * 5 + (1,) * 3
print(big, big.count(0), big.index(1))
