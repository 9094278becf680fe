# list() from iterables and list comprehensions: nesting, conditions, scoping of the loop variable
print(list(), list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.items()), list(b"AB"))
print(list(x * x for x in range(5)), list(iter([1, 2])), list(reversed("ab")), list(map(str, [1, 2])))
print([x for x in range(10) if x % 3 == 0], [x if x % 2 else -x for x in range(6)], [(x, y) for x in "ab" for y in range(2)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)], [y for x in [[1, 2], [3]] for y in x])
print([c.upper() for c in "hey" if c != "e"], [n for n in range(20) if n % 2 if n % 3], [len(w) for w in "a bb ccc".split()])
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [sum(row) for row in matrix], [[r[i] for r in matrix] for i in range(3)])
print([(i, c) for i, c in enumerate("xyz")], [a + b for a, b in zip([1, 2], [10, 20])], [*range(3), *"ab"])
print([k for k in {"b": 1, "a": 2}], [v for v in {1: "x", 2: "y"}.values()])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), [v * 2 for v in Countdown(3)])
for bad in [5, None, 1.5]:
    try:
        list(bad)
    except TypeError as e:
        print("TypeError:", e)
print(list([1, 2]) is not [1, 2], list.__name__, type([]).__mro__)
