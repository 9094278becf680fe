# list IndexError and ValueError texts for reads, writes, deletes and pops; ends uncaught
items = ["a", "b", "c"]
print(items[0], items[-1], items[-3], items[2])
for call in [lambda: items[3], lambda: items[-4], lambda: items.__setitem__(5, "x"), lambda: items.__delitem__(3),
             lambda: items.pop(3), lambda: [].pop(), lambda: items[2 ** 70]]:
    try:
        call()
    except IndexError as e:
        print("IndexError:", e)
for call in [lambda: items["0"], lambda: items[1.0], lambda: items[None], lambda: items.__setitem__("k", 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    items.remove("z")
except ValueError as e:
    print("ValueError:", e)
try:
    items.index("z")
except ValueError as e:
    print("ValueError:", e)
queue = [1, 2, 3]
while queue:
    print("got", queue.pop(0))
print("got", queue.pop())
