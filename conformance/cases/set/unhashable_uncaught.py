# adding an unhashable value to a set fails with "unhashable type"; the final set display is uncaught
tags = {"red", "green"}
tags.add("blue")
print(sorted(tags))
pairs = {("a", 1), ("b", 2)}
print(("a", 1) in pairs, ("c", 3) in pairs)
try:
    [1] in tags
except TypeError as e:
    print("TypeError:", e)
try:
    tags.add(["list"])
except TypeError as e:
    print("TypeError:", e)
try:
    tags.add({"a": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    tags.add({"set"})
except TypeError as e:
    print("TypeError:", e)
tags.add(frozenset({"set"}))
print(len(tags))
rows = [[1, 2], [3, 4]]
unique = {tuple(r) for r in rows}
print(sorted(unique))
unique = {r for r in rows}
