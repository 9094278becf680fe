# list methods: append, extend, insert (out-of-range positions), remove, pop, index with bounds, count, copy, clear, reverse
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
a.extend((x * 10 for x in range(2)))
print(a, len(a))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
a.remove(1)
print(a, a.count(1), a.count("a"), a.count(99))
print(a.index(1), a.index("a"), a.index(0, 5), a.index(0, -3), a.index(5, 0, 10))
b = a.copy()
b.reverse()
print(b, a == b[::-1], b is not a)
a.clear()
print(a, b.clear(), b)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow)
c = [1, 2]
c.extend(c)
print(c)
c.append(c[:])
print(c)
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].remove(3), lambda: [1, 2].index(3),
             lambda: [1, 2, 1].index(1, 1, 2), lambda: [1].insert("0", 1), lambda: [1].extend(5), lambda: [1].append()]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
