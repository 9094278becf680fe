# unpack_sequence: tuple and list packing and unpacking: swaps, starred targets, nested targets.
#
# The loop body is all assignment statements that build and take apart tuples and lists
# (plain, nested, starred, in for targets and in calls with *args), the work that
# UNPACK_SEQUENCE and BUILD_TUPLE do. n is the number of loops.

SIZES = {"quick": 77000, "default": 770000, "full": 3500000}


def spread(*args):
    return len(args) + args[-1]


def run(n):
    a, b, c, d = 1, 2, 3, 4
    pairs = [(i, i * 2) for i in range(8)]
    total = 0
    for i in range(n):
        a, b = b, a
        a, b, c, d = d, c, b, a + i % 3
        (p, q), r = (a, b), c
        first, *middle, last = [a, b, c, d, i % 10]
        head, *tail = middle
        x, y, z = tail + [head] if len(tail) == 2 else (0, 0, 0)
        for u, v in pairs:
            total += u * v if (u + i) % 4 == 0 else 0
        items = (p, q, r, first, last, x, y, z)
        s1, s2, s3, s4, s5, s6, s7, s8 = items
        total = (total + s1 + s2 * 2 + s3 * 3 + s4 + s5 + s6 + s7 + s8 + spread(*items)) % 1000000007
        a, b, c, d = a % 1000, b % 1000, c % 1000, d % 1000
    return "%d %d %d %d %d" % (total, a, b, c, d)


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
