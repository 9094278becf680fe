def f(coros):
    return [await c for c in coros]
