# closures: nested functions and cells: factories, nonlocal counters, decorators, lambdas.
#
# Functions are created inside loops and called at once or kept; nonlocal updates go
# through cells, a decorator wraps calls, and closures capture loop variables by default
# arguments and by cells. n is the number of loops.

SIZES = {"quick": 110000, "default": 1100000, "full": 4900000}


def make_counter(start):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


def make_adder(k):
    return lambda x: x + k


def counted(fn):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        return fn(*args) + calls % 2

    wrapper.calls = lambda: calls
    return wrapper


def compose(*fns):
    def composed(x):
        for f in fns:
            x = f(x)
        return x
    return composed


def run(n):
    @counted
    def square(x):
        return x * x

    counter = make_counter(10)
    adders = [make_adder(k) for k in range(5)]
    bound = [lambda x, k=k: x * k for k in range(1, 4)]
    total = 0
    for i in range(n):
        counter(i % 3)
        add = adders[i % 5]
        pipeline = compose(add, bound[i % 3], make_adder(i % 7))
        total = (total + pipeline(i) + square(i % 100)) % 1000000007

        def local(y, base=i):
            return y - base

        total += local(i + 1)
    return "%d %d %d" % (total, counter(0), square.calls())


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
