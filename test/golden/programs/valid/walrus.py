if (n := len(a)) > 10:
    print(n)
while chunk := f.read(10):
    pass
ys = [y for x in data if (y := f(x))]
print(z := 1, w := 2)
foo(x := 3, cat='vector')
d[i := 0] = 1
lst[(j := 1):]
assert (v := 5)
f = lambda: (q := 1)
def g(a=(b := 2)):
    return (c := a)
(x := 1)
[(k := 1), (k := 2)]
{(t := 3)}
