def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def read():
        return count

    return increment, read


def shared_arg(x):
    def inner():
        return x
    x = x + 1
    return inner
