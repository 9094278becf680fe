# nqueens: backtracking with sets and generators: placements of 13 non-attacking queens.
#
# Each solution is produced by a recursive generator that tracks the used columns and both
# diagonals in sets, in lexicographic order of columns; n is how many solutions are taken
# from it (13 x 13 has 73712). The checksum is the count and a position-weighted digest
# of the solutions, so both the solutions and their order are checked.

SIZES = {"quick": 1150, "default": 11500, "full": 70000}

BOARD = 13


def place(n, row, cols, diag1, diag2, queens):
    if row == n:
        yield tuple(queens)
        return
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        queens.append(col)
        yield from place(n, row + 1, cols, diag1, diag2, queens)
        queens.pop()
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def run(n):
    count = 0
    weighted = 0
    for solution in place(BOARD, 0, set(), set(), set(), []):
        count += 1
        weighted = (weighted * 31 + sum(i * c for i, c in enumerate(solution))) % 1000000007
        if count == n:
            break
    return "%d %d" % (count, weighted)


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
