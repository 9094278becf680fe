# list comparison: lexicographic, length tie-break, nested, element identity shortcut, cross-type equality and ordering errors
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] == [1, 2], [1, 2] != [2, 1])
print([[1, 2], [3]] < [[1, 2], [4]], [[1]] == [[1.0]], [1, 2] <= [1, 2], [3] >= [2, 100])
print([1, 2] == (1, 2), [1] == "1", [] == [], [] is not [], [None] == [None], list("ab") == ["a", "b"])
nan = float("nan")
l1 = [nan]
print(l1 == l1, l1 == [nan], [float("nan")] == [float("nan")], [nan] < [nan], l1.count(nan), l1.index(nan))
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]), sorted([[2, 1], [1, 2], [1], []]))
print([1, "a"] == [1, "a"], [1, "a"] < [2, "b"], [1, 2, 3] > [1, 2])
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v
x, y, z = Loud(1), Loud(1), Loud(2)
print([x, z] == [y, y])
print([x, x] == [x, x])
print([x, y] < [y, z])
for call in [lambda: [1] < ["a"], lambda: [1, 2] < (1, 2), lambda: [1] > None, lambda: [[1]] < [1]]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print([1, "a"] < [1, 2])
