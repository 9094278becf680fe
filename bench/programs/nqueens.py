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
    from _driver import main

    main(run, SIZES)
