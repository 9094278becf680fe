# list slicing: reads with steps, slice assignment (growing, shrinking, extended), slice deletion
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[-2:] = []
print(b)
b[:] = "abc"
print(b)
c = list(range(10))
c[::2] = [0] * 5
print(c)
c[1::2] = "ABCDE"
print(c)
c[::-3] = [7, 8, 9, 10]
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1:]
print(d)
del d[100:]
del d[:]
print(d)
e = [1, 2, 3]
e[5:] = [9]
e[:0] = [0]
print(e)
e[1:3] = range(3)
print(e)
e[2:2] = e
print(e)
for call in [lambda: c.__setitem__(slice(None, None, 2), [1, 2]), lambda: c.__setitem__(slice(0, 2), 5),
             lambda: c.__getitem__(slice(None, None, 0)), lambda: c.__setitem__(slice(None, None, 0), [])]:
    try:
        call()
    except (ValueError, TypeError) as e2:
        print(type(e2).__name__ + ":", e2)
