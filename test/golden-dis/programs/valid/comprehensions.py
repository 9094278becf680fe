def comps(items):
    a = [x for x in items]
    b = {x for x in items if x}
    c = {x: x * 2 for x in items if x if x > 1}
    d = (x for x in items)
    e = [x * y for x in items for y in items if x != y]
    return a, b, c, d, e
