counter = 0


def bump():
    global counter
    counter += 1
    del counter


def outer():
    value = 1

    def inner():
        nonlocal value
        value = 2
        del value

    inner()
    return value
