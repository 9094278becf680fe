def cond(a, b, c):
    if (a if b else c):
        return 1
    if not (a and b):
        return 2
    while a and not b or c:
        if a:
            pass
        elif b:
            continue
        else:
            break
    x = 1 if a and b else 2 if c or a else 3
    if a is None or b is not None and c in (1, 2):
        x = not x
    return x
