# fib: call-heavy recursion: naive Fibonacci, plus a mutually recursive even/odd pair.
#
# Almost all the time goes to Python-to-Python calls with small-int arguments and returns;
# the checksum is fib(n) and the number of calls the even/odd pair made.

SIZES = {"quick": 30, "default": 35, "full": 38}


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


def is_even(k, calls):
    calls[0] += 1
    if k == 0:
        return True
    return is_odd(k - 1, calls)


def is_odd(k, calls):
    calls[0] += 1
    if k == 0:
        return False
    return is_even(k - 1, calls)


def run(n):
    value = fib(n)
    calls = [0]
    evens = 0
    for k in range(n * 20):
        if is_even(k % 400, calls):
            evens += 1
    return "%d %d %d" % (value, evens, calls[0])


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
