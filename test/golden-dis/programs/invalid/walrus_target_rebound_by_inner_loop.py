def f(items):
    return [i for i in items if (j := 0) for j in items]
