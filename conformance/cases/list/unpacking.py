# unpacking lists into targets: starred assignment, nested patterns, swaps, and the ValueError texts
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *mid, tail = [1, 2]
print(head, mid, tail)
(p, q), r = [[1, 2], 3]
print(p, q, r)
[s, [t, *u]] = [0, [1, 2, 3]]
print(s, t, u)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
print([*[1, 2], *(3,), *"ab", *{"k": 0}], (*[1], 2), {*[1, 1, 2]})
for data in [[1], [1, 2, 3, 4], [], "ab"]:
    try:
        m, n, o = data
        print(m, n, o)
    except ValueError as e:
        print("ValueError:", e)
try:
    one, *more, two, three = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
for (k, v), n in zip([("x", 1)], [9]):
    print(k, v, n)
coords = [[1, 2], [3, 4, 5]]
for x, y in coords:
    print(x, y)
