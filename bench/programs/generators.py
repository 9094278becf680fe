# generators: a pipeline of generator stages: source, map, filter, sliding window, grouping.
#
# Values flow through chained generator functions and generator expressions, with
# yield from, send() into a running accumulator coroutine and itertools-free windowing,
# so nearly all the time is generator resumption. n is the number of source values.

SIZES = {"quick": 230000, "default": 2300000, "full": 10000000}


def numbers(count, seed):
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed >> 8


def scaled(source, factor):
    for value in source:
        yield value * factor % 10007


def only_odd(source):
    return (v for v in source if v & 1)


def windows(source, width):
    window = []
    for value in source:
        window.append(value)
        if len(window) == width:
            yield tuple(window)
            del window[0]


def flattened(groups):
    for group in groups:
        yield from group


def accumulator():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            break
        total = (total + value * (count % 7 + 1)) % 1000000007
        count += 1
    yield count


def run(n):
    acc = accumulator()
    next(acc)
    total = 0
    for window in windows(only_odd(scaled(numbers(n, 42), 31)), 3):
        total = acc.send(max(window) - min(window))
    count = acc.send(None)
    evens = sum(1 for v in flattened(range(i % 5) for i in range(n // 10)) if v % 2 == 0)
    return "%d %d %d" % (total, count, evens)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
