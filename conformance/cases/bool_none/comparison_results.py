# comparison operators return bools for builtins; user __eq__/__lt__ results pass through, and truthiness of them
print(type(1 < 2).__name__, type("a" == "a").__name__, type([] == []).__name__, type(1 in [1]).__name__)
class Weird:
    def __eq__(self, other):
        return "equal-ish"
    def __lt__(self, other):
        return [1]
    def __gt__(self, other):
        return 0
w = Weird()
print(w == 1, w < 1, w > 1, w != 1, 1 == w)
print(bool(w == 1), not (w < 1), "yes" if w > 1 else "no")
print([w] == [1], (w,) == (1,), w in [1], [1].count(w), [w].index(1))
print(1 < 2 < 3, (1 < 2) == True, (1 < 2) is True, sum(x > 2 for x in range(6)))
print(max(True, False), min(True, 2), [x == 1 for x in (1, 1.0, True, "1")])
print(None is None, None == None, None != None, (None is None) is True)
results = [1 == 1, 1 != 1, 2 >= 2, 2 <= 1, "a" < "b", [] is [], () == ()]
print(results, results.count(True), all(isinstance(r, bool) for r in results))
