# pidigits: big-integer arithmetic: the first n digits of pi by an unbounded spigot.
#
# Gibbons' streaming spigot keeps a 2 x 2 matrix of ever-growing ints and emits a digit
# whenever the next one is certain; nearly all the time is multiplication and floor
# division of multi-thousand-digit ints. The checksum is the digit sum and the last 20 digits.

SIZES = {"quick": 1800, "default": 5500, "full": 11000}


def digits(count):
    q, r, t, k = 1, 0, 1, 1
    out = []
    while len(out) < count:
        d = (3 * q + r) // t
        if 4 * q + r < (d + 1) * t:
            # floor((3q + r) / t) == floor((4q + r) / t): the digit is certain
            out.append(d)
            q, r = 10 * q, 10 * (r - d * t)
        else:
            q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
    return out


def run(n):
    ds = digits(n)
    return "%d %s" % (sum(ds), "".join(map(str, ds[-20:])))


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
