a = [x for x in range(10)]
b = [x * y for x in range(3) for y in range(3) if x if y != 1]
c = {x: y for x, y in pairs if x}
d = {x for x in data}
e = (x for x in data)
f = sum(x for x in data)
g = sorted((x for x in data), reverse=True)
h = [[y for y in x] for x in matrix]
i = [x for x in (lambda: data)()]
j = [x for x in data if x if not x]
k = [(x, y) for x, y in zip(a, b)]
l = {k: v for k, v in d.items() for _ in [0]}
m = [x for x in [1, 2, 3] if (n := x)]
o = [x for x, in data]
p = [*[x for x in a]]
r = [x for *x, y in pairs]
s = [i for i in data if i > 0 if i < 10 for j in range(i)]
