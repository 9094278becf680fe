# dict equality ignores order, compares values with ==; keys equal across int/float/bool; ordering unsupported
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} == {"a": 1.0}, {1: "x"} == {1.0: "x"} == {True: "x"})
print({} == {}, {"a": []} == {"a": []}, {"a": 1} != {"a": 2}, {"a": 1} == {"a": 1, "b": 2}, {1: 2} == [(1, 2)])
nan = float("nan")
d = {"k": nan}
print(d == d, d == {"k": nan}, {"k": float("nan")} == {"k": float("nan")})
print(dict(a=1) == {"a": 1}, dict([("a", 1)]) == dict(a=1), {"a": {"b": [1]}} == {"a": {"b": [1]}})
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("compare", self.v, other.v)
        return self.v == other.v
    __hash__ = None
print({"x": Eq(1)} == {"x": Eq(1)}, {"x": Eq(1)} == {"x": Eq(2)})
print({1: "a", 2: "b"}.items() == {2: "b", 1: "a"}.items(), {1: 2}.keys() == {1}, {1: 2}.values() == [2])
print(list({"b": 1, "a": 2}) != list({"a": 2, "b": 1}), {"b": 1, "a": 2} == {"a": 2, "b": 1})
for op in ["<", "<=", ">", ">="]:
    try:
        eval("{1: 1} " + op + " {1: 1}")
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([{"a": 1}, {"a": 0}])
except TypeError as e:
    print("TypeError:", e)
print(sorted([{"a": 1}, {"a": 0}], key=lambda m: m["a"]), max([{"n": 2}, {"n": 5}], key=lambda m: m["n"]))
