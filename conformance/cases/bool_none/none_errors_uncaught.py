# a function that falls off its end returns None; using the result fails with CPython's message
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
positions = []
for t in ["b", "c", "a"]:
    positions.append(find(["a", "b", "c"], t))
print(positions)
missing = find(["a", "b"], "z")
print(missing, missing is None)
try:
    missing + 1
except TypeError as e:
    print("TypeError:", e)
try:
    missing.upper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    for _ in missing:
        pass
except TypeError as e:
    print("TypeError:", e)
result = {"a": 1}.get("b")
print(result)
print(result["key"])
