def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        r = 'small'
    else:
        r = 'large'
    if n:
        pass
    return r
