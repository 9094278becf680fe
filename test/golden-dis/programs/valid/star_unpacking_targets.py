def unpack(seq):
    first, *rest = seq
    *init, last = seq
    a, *mid, z = seq
    [x, *y] = seq
    for p, *q in [seq]:
        pass
    return first, rest, init, last, a, mid, z, x, y
