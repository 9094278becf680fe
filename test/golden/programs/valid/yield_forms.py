def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield 1
    z = yield from other()
    w = (yield)
    v = [(yield)]
    print((yield x))
    await_ = yield from (yield)
    return (yield from a)
    yield *a, b
    f((yield))
    lst = [1, (yield 2)]
