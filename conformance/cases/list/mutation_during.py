# modifying a list while iterating or sorting it: iteration sees the changes, sort raises ValueError
a = [1, 2, 3, 4]
for x in a:
    if x == 2:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(seen, b)
c = list(range(6))
for i, x in enumerate(c):
    del c[i:i + 1]
print(c)
d = [3, 1, 2]
def bad_key(v):
    d.append(0)
    return v
try:
    d.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(sorted(d) == d or "unordered after failed sort", len(d))
e = [5, 4, 3]
def clear_key(v):
    e.clear()
    return v
try:
    e.sort(key=clear_key)
except ValueError as err:
    print("ValueError:", err)
print(e)
it = iter([1, 2, 3])
src = [1, 2, 3]
it = iter(src)
print(next(it))
src.insert(0, 0)
print(list(it))
src2 = [1, 2, 3]
it2 = iter(src2)
src2.clear()
print(list(it2))
r = reversed([1, 2, 3])
print(list(r), list(r))
