def warn(x):
    assert (x, 'message')
    if x is 1:
        return x
    return x is not 'a'
