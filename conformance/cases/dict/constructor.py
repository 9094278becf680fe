# dict() construction: kwargs, pairs, mappings, zip, comprehensions; the element-length ValueError texts
print(dict(), dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("abc", range(3))))
print(dict([["k", "v"]]), dict(["ab", "cd"]), dict(((1, 2),)), dict({1: 2}.items()), dict(a=1, **{"b": 2}))
print({k: v for k, v in zip("xy", (1, 2))}, {n: n ** 2 for n in range(5) if n % 2 == 0}, {c: ord(c) for c in "ab"})
print(dict([("dup", 1), ("dup", 2)]), dict({"k": 1}, k=2), {"k": 1, "k": 2})
class Mapping:
    def keys(self):
        return ["m1", "m2"]
    def __getitem__(self, key):
        return key.upper()
print(dict(Mapping()), {**Mapping()})
for bad in [[(1, 2, 3)], [("a",)], ["abc"], [1], [None]]:
    try:
        dict(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in [1, None, "ab"]:
    try:
        dict(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    dict({}, {})
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    dict(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
print(type({}).__name__, dict.__mro__, isinstance({}, dict), dict.fromkeys.__name__)
