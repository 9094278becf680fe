def f(x):
    for i in [1, 2, 3]:
        x += i
    for j in {1, 2, 3}:
        x += j
    if x in [4, 5]:
        return 1
    if x not in {'a', 'b'}:
        return 2
    if x in (6, 7):
        return 3
    return [1, 2, 3, 4, 5, 6]
