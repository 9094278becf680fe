# list repr: nested lists, strings inside, self-referencing lists printed with [...]
a = [1, "two", 3.0, None, [4, [5]], (6,), {"k": [7]}]
print(a, repr(a), str(a))
b = [1, 2]
b.append(b)
print(b, len(b), b[2] is b, b[2][2][0])
c = []
d = [c]
c.append(d)
print(c, d)
e = [1]
f = {"list": e}
e.append(f)
print(e, f)
g = [[]] * 3
g[0].append(1)
print(g, [id(x) == id(g[0]) for x in g])
h = [[] for _ in range(3)]
h[0].append(1)
print(h)
print([[]], [[[]]], [()], [""], ["'"], ['"'], ["\n"], [b"b"], [1j, -0.0])
class R:
    def __repr__(self):
        return "R!"
print([R(), [R()]], str([R()]))
t = [1]
t.append((t,))
print(t)
print(repr([]), str([]), f"{[1, 2]}", "%s|%r" % ([1], ["x"]), format([1, 2]))
