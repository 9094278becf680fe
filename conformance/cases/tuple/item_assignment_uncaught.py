# tuples are immutable: item assignment, deletion and methods that do not exist; ends uncaught
point = (3, 4)
print(point, point[0] ** 2 + point[1] ** 2)
moved = (point[0] + 1,) + point[1:]
print(moved, point)
as_list = list(point)
as_list[0] = 10
print(tuple(as_list), point)
for call in [lambda: point.append(5), lambda: point.sort(), lambda: point.__setitem__(0, 1)]:
    try:
        call()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    del point[0]
except TypeError as e:
    print("TypeError:", e)
try:
    point[0:1] = (9,)
except TypeError as e:
    print("TypeError:", e)
config = ("localhost", 8080)
host, port = config
print(host, port)
config[1] = 9090
