def boolean(a, b, c):
    x = a and b
    y = a or b
    z = a and b or c
    w = a or (b and c)
    v = not (a and b)
    if a and not b or c:
        return x
    while a or b:
        a = b
    return y, z, w, v
