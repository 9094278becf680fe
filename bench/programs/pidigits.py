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
    from _driver import main

    main(run, SIZES)
