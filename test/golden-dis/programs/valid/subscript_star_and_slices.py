def f(a, b, i, j):
    x = a[*b]
    y = a[i:j, *b]
    a[i:j] = b
    z = a[i:j:2]
    a[1:2] += b
    del a[:]
    return x, y, z
