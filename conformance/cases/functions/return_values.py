# Return values: implicit None, multiple values as tuples, returns from nested loops and try blocks, and generator returns.
def nothing():
    pass
def bare():
    return
def many():
    return 1, 'two', [3]
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
print(nothing(), bare(), many(), type(many()).__name__)
a, b, c = many()
print(a, b, c)
print(find([[1, 2], [3, 4]], 4), find([[1]], 9))
def early(x):
    if x < 0:
        return 'negative'
    elif x == 0:
        return 'zero'
    return 'positive'
print([early(v) for v in (-1, 0, 1)])
def conditional_expr(x):
    return 'even' if x % 2 == 0 else 'odd'
print(list(map(conditional_expr, range(4))))
def swap(p):
    x, y = p
    return y, x
print(swap((1, 2)), swap('ab'))
def chained():
    return chained
print(chained()()() is chained)
