def pick(a, b, c):
    x = b if a else c
    y = (b if a else c) if b else (a if c else b)
    return x or y
