# dict views: keys/values/items are live, set operations on keys and items, membership, reversed, len
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
del d["a"]
print(k, v, it, list(k), list(v))
print("b" in k, 2 in v, ("b", 2) in it, ("b", 3) in it, "z" in k, ["b", 2] in it)
print(k & {"b", "x"}, k | {"x"} == {"b", "c", "d", "x"}, k - {"b"}, sorted(k ^ {"b", "q"}), k == {"b", "c", "d"})
print(it & {("b", 2), ("c", 0)}, sorted(it - {("b", 2)}), it == {("b", 2), ("c", 3), ("d", 4)})
print(k.isdisjoint({"x", "y"}), k.isdisjoint(["b"]), k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(v == v, v == d.values(), d.values() != d.values(), type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping, sorted(k), max(v), sum(v), dict(it) == d, list(zip(k, v)))
try:
    v | {1}
except TypeError as e:
    print("TypeError:", e)
try:
    k[0]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(it)
except TypeError as e:
    print("TypeError:", e)
try:
    {"x": []}.items() & {("x", 1)}
except TypeError as e:
    print("TypeError:", e)
kit = iter(d)
print(next(kit), list(kit))
print({}.keys(), {}.values(), {}.items(), list({1: 2}.items()))
