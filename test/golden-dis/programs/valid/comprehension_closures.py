def outer(items, k):
    return [x + k for x in items if x > k]


class C:
    limit = 3
    values = [v for v in range(10)]
    gen = list(x for x in values)
