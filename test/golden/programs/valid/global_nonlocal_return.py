counter = 0
def outer():
    x = 1
    def inner():
        nonlocal x
        global counter
        x += 1
        counter += 1
        return x, counter
    return inner
def early(a):
    if a:
        return
    return a,
