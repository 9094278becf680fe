def g():
    x = yield
    y = yield x
    print((yield 1), (yield 2))
    return (yield from range(3))
