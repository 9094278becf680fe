a, *b = items
*a, b = items
a, *b, c = items
[a, *b] = items
(*a,) = items
for x, *y in pairs: pass
first, *rest = *x, *y
t = *a, *b
t = 1, *a
l = [*a, *b, 1]
s = {*a, *b}
d = {**a, 'k': 1, **b}
f(*a, *b, c, *d, k=1, **e, **g)
print(*args, sep='')
x = a[*b]
x = a[1, *b]
a[*b] = 1
def gen():
    yield 1, *rest
    return *a, b
for x in *a, *b:
    pass
