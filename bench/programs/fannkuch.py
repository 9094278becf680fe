# fannkuch: list slicing and reversal: pancake flips over the permutations of ten elements.
#
# Permutations are produced in the counting order of the classic fannkuch generator
# (rotate the prefix, advance a counter); for each, the first element tells how long a
# prefix to reverse until 0 comes first. n is how many permutations are visited (capped
# at 10!); the checksum is the alternating sum of flip counts and the largest count.

SIZES = {"quick": 85000, "default": 850000, "full": 3628800}

WIDTH = 10


def flips(perm):
    p = perm[:]
    count = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        count += 1
        first = p[0]
    return count


def run(n):
    perm = list(range(WIDTH))
    counter = list(range(1, WIDTH + 1))
    checksum = 0
    most = 0
    sign = 1
    for visited in range(n):
        f = flips(perm)
        checksum += sign * f
        if f > most:
            most = f
        sign = -sign
        # next permutation: rotate prefixes until a counter does not wrap
        i = 1
        while i < WIDTH:
            first = perm[0]
            perm[:i] = perm[1:i + 1]
            perm[i] = first
            counter[i] -= 1
            if counter[i] > 0:
                break
            counter[i] = i + 1
            i += 1
        else:
            break
    return "%d %d" % (checksum, most)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
