# spectral_norm: float division and nested loops: the spectral norm of an infinite matrix, truncated.
#
# A(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1); ten rounds of the power method on
# A^T A over an n x n truncation give the largest singular value, printed to 9 decimals.

from math import sqrt

SIZES = {"quick": 132, "default": 420, "full": 890}


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n):
    return [sum([entry(i, j) * v[j] for j in range(n)]) for i in range(n)]


def times_transposed(v, n):
    return [sum([entry(j, i) * v[j] for j in range(n)]) for i in range(n)]


def times_ata(v, n):
    return times_transposed(times(v, n), n)


def run(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u, n)
        u = times_ata(v, n)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return "%.9f" % sqrt(vbv / vv)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
