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
    from _driver import main

    main(run, SIZES)
