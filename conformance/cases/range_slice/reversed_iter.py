# reversed() and iteration over ranges: length hints, exhaustion, and reversing sliced/negative ranges
for r in [range(5), range(1, 10, 3), range(10, 0, -4), range(0), range(-3, 3), range(7, 8)]:
    rev = reversed(r)
    print(r, list(rev), list(rev), list(reversed(r)) == list(r)[::-1])
it = iter(range(3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
rit = reversed(range(4))
print(rit.__length_hint__(), next(rit), next(rit), rit.__length_hint__())
print(type(reversed(range(1))).__name__, type(iter(range(1))).__name__, type(iter(range(2 ** 64))).__name__)
print(list(reversed(range(0, 20, 3)[2:5])), list(reversed(range(20)[::-5])))
total = 0
for i in reversed(range(1, 101)):
    total += i
print(total)
print([x for x in reversed(range(10)) if x % 3 == 0], sorted(range(5), reverse=True) == list(reversed(range(5))))
a, b, c = range(3)
print(a, b, c, [*range(3), *reversed(range(3))])
r = range(3)
print(list(r), list(r), "ranges can be iterated repeatedly")
