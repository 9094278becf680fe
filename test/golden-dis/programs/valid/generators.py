def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received:
            i = received
        i += 1
    return 'done'


def delegate():
    result = yield from counter(3)
    yield result
    yield


def gen_try():
    try:
        yield 1
    finally:
        yield 2
