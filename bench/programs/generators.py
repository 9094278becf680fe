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
    import sys
    import time

    _args = sys.argv[1:]
    _size, _iterations, _timing = "default", 1, False
    while _args:
        _arg = _args.pop(0)
        if _arg == "--timing":
            _timing = True
        elif _arg == "--iterations" and _args and _args[0].isdigit() and int(_args[0]) > 0:
            _iterations = int(_args.pop(0))
        elif _arg in SIZES:
            _size = _arg
        else:
            sys.exit("usage: " + sys.argv[0] + " [quick|default|full] [--iterations K] [--timing]")
    _checksums = []
    for _i in range(_iterations):
        _start = time.perf_counter()
        _checksums.append(run(SIZES[_size]))
        _elapsed = time.perf_counter() - _start
        if _timing:
            print("iteration %d %.6f" % (_i, _elapsed), flush=True)
    if any(_c != _checksums[0] for _c in _checksums):
        sys.exit("checksum changed between iterations: %r" % (_checksums,))
    print("checksum: %s" % (_checksums[0],))
