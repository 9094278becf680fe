# changing a set while iterating raises RuntimeError; iterating over a copy is the fix
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(s))
s = {1, 2, 3, 4}
for x in set(s):
    if x % 2:
        s.discard(x)
print(s)
s = {1, 2, 3}
for x in s:
    s.add(x)
print(s)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(99)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
fs = frozenset([1, 2])
print(sorted(x * 2 for x in fs))
s = {5, 6}
it = iter(s)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = set(range(5))
for x in list(s):
    s.remove(x)
    s.add(x + 100)
print(sorted(s))
