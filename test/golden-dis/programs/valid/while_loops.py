def loop(n):
    total = 0
    while n > 0:
        n -= 1
        if n == 3:
            continue
        if n == 7:
            break
        total += n
    else:
        total = -1
    while True:
        total += 1
        if total > 100:
            break
    return total
