# bool() and the bool type itself: construction, subclassing refused, operators between bools
print(bool(), bool(0), bool(1), bool(-5), bool(0.0), bool("False"), bool([]), bool([False]))
print(bool(True), bool(False), bool(None), bool(range(0)), bool(range(3)), bool(object()))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError:", e)
print(True < False, True > False, False <= False, True >= 1, sorted([True, False, True]))
print(max(False, True), min([True, True]), True + 0.5, False - 0.5, True * 1j)
print([b for b in (True, False) if b], [not b for b in (True, False)])
print(int("1") == True, str(True) == "True", bool("0"), "True" == True)
print(True.__class__, False.__class__, type(True) is bool, bool is type(1 == 1))
print(True.__repr__(), False.__str__(), True.__int__(), True.__index__(), True.__float__())
print(True.__bool__(), False.__bool__(), True.__invert__(), False.__neg__())
print([1, 2, 3][True:], "abc"[False::True + True], range(True, 5)[False])
values = [0, 1, 2, 3]
flags = [v % 2 == 0 for v in values]
print(flags, sum(flags), flags.count(True), flags.index(False))
print(list(map(bool, ["", "a", 0, 3, [], [0]])), list(filter(None, [0, 1, "", "x", None, [], [2]])))
print(bool.__doc__.splitlines()[0])
