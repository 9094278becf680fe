# dict runtime errors: size change during iteration, unhashable keys, and key mutation after insertion
d = {i: i * i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] = "v"
print(d)
try:
    for k in d.keys():
        d.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for v in d.values():
        d.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in [[1], {}, {1}, bytearray(b"x")]:
    try:
        {bad: 1}
    except TypeError as e:
        print("TypeError:", e)
try:
    {}.get([])
except TypeError as e:
    print("TypeError:", e)
try:
    [] in {}
except TypeError as e:
    print("TypeError:", e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
