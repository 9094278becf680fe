# sorting values without a common order: TypeError from list.sort, with key= as the fix; ends uncaught
rows = [3, 1, 2]
rows.sort()
print(rows)
mixed = [3, "2", 1]
try:
    sorted(mixed)
except TypeError as e:
    print("TypeError:", e)
print(sorted(mixed, key=str), sorted(mixed, key=lambda v: int(v)))
try:
    [1, None].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [[1], (1,)].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print("TypeError:", e)
print(mixed)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    [].sort(1)
except TypeError as e:
    print("TypeError:", e)
table = [{"n": 2}, {"n": 1}]
print(sorted(table, key=lambda d: d["n"]))
table.sort()
