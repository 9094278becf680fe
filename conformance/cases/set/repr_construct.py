# set and frozenset repr and construction: set() for empty, from strings, ranges, dict keys, generators
print(set(), frozenset(), {1}, set([1, 1, 1]), set("aab") == {"a", "b"}, set(range(3)), set({"k": 1, "j": 2}) == {"k", "j"})
print(set((1, 2, 2)), set(x for x in [3, 3, 4]), {*[1, 2], *(2, 3)}, set(b"abc"), set([None]), {()})
print(repr({0}), str({0, 1}), f"{ {5} }", "%s" % ({6},), format({7}), [{8}], ({9},))
class R:
    def __repr__(self):
        return "R()"
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return isinstance(other, R)
print({R()}, {R(), R()}, len({R(), R()}), frozenset([R()]))
class S(set):
    pass
print(S(), S([1]), type(S([1]) | {2}).__name__, S([1]) == {1})
for bad in [1, None, [[1]], [{}]]:
    try:
        set(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    set(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type({}).__name__, type({1}).__name__, type(set()).__name__, len(set("")))
print({1, 2} == {2, 1}, set([1, 2]) == frozenset([2, 1]), {frozenset([1]): 1}[frozenset({1})])
