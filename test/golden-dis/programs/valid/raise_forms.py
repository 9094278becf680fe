def raiser(kind):
    if kind == 1:
        raise
    if kind == 2:
        raise ValueError
    if kind == 3:
        raise ValueError('bad') from None
    raise TypeError(kind) from KeyError(kind)
