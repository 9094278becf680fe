def gens(items):
    total = sum(x for x in items)
    evens = list(x for x in items if x % 2 == 0)
    lookup = dict((k, v) for k, v in items)
    return total, evens, lookup
