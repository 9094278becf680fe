# set operators require sets on both sides (methods accept any iterable); `set | list` is uncaught
a = {1, 2, 3}
items = [3, 4]
print(a.union(items), a.intersection(items), a.difference(items), a.symmetric_difference(items))
print(a | set(items), a & set(items), a - set(items), a ^ set(items))
print(a.issubset([1, 2, 3, 4]), a.issuperset((1,)), a.isdisjoint(iter([9])))
print(a == [1, 2, 3], a != (1, 2, 3), a.__or__(items), a.__eq__(items))
for op in ["&", "-", "^"]:
    try:
        eval("a " + op + " items")
    except TypeError as e:
        print("TypeError:", e)
b = a.copy()
b.update(items)
b |= set(items)
print(b)
try:
    b |= items
except TypeError as e:
    print("TypeError:", e)
try:
    a <= items
except TypeError as e:
    print("TypeError:", e)
merged = a | items
