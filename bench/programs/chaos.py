# chaos: float arithmetic and list indexing: the chaos game drawing a fern from four affine maps.
#
# A fixed linear congruential generator picks a map for each step (weighted as Barnsley's
# fern is); the point lands in a 64 x 64 grid of counters. The checksum folds the grid
# counts into one integer, so a single misplaced point changes it.

SIZES = {"quick": 240000, "default": 2400000, "full": 11000000}

GRID = 64

# (weight out of 100, a, b, c, d, e, f): x' = a x + b y + e, y' = c x + d y + f
MAPS = [
    (1, 0.0, 0.0, 0.0, 0.16, 0.0, 0.0),
    (85, 0.85, 0.04, -0.04, 0.85, 0.0, 1.6),
    (7, 0.2, -0.26, 0.23, 0.22, 0.0, 1.6),
    (7, -0.15, 0.28, 0.26, 0.24, 0.0, 0.44),
]


def build_table():
    table = []
    for weight, a, b, c, d, e, f in MAPS:
        table.extend([(a, b, c, d, e, f)] * weight)
    return table


def run(n):
    table = build_table()
    grid = [[0] * GRID for _ in range(GRID)]
    x = 0.0
    y = 0.0
    seed = 2024
    for _ in range(n):
        seed = (seed * 214013 + 2531011) & 0xFFFFFFFF
        a, b, c, d, e, f = table[(seed >> 16) % 100]
        x, y = a * x + b * y + e, c * x + d * y + f
        col = int((x + 2.75) / 5.5 * GRID)
        row = int(y / 10.5 * GRID)
        if 0 <= col < GRID and 0 <= row < GRID:
            grid[row][col] += 1
    checksum = 0
    for row in grid:
        for count in row:
            checksum = (checksum * 131 + count) % 4294967291
    return "%d %.6f %.6f" % (checksum, x, y)


if __name__ == "__main__":
    from _driver import main

    main(run, SIZES)
