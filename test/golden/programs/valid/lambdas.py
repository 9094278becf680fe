f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y=1: x + y
f3 = lambda *args: args
f4 = lambda **kw: kw
f5 = lambda x=lambda: 1: x()
f6 = lambda: lambda: lambda: None
f7 = lambda x: (yield)
f8 = lambda x: x if x else lambda: x
f9 = [lambda: i for i in range(3)]
f10 = (lambda: 1)()
f11 = lambda x, /, y, *, z: (x, y, z)
f12 = lambda: (a := 1)
sorted(data, key=lambda item: item[1], reverse=True)
x = lambda: 1, 2
y = lambda a,: a
z = lambda *, a: a
