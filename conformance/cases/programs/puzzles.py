# Puzzle solvers: n-queens with bitmasks, sudoku backtracking, knapsack DP, word ladder, itertools
# combinatorics, bisect with key, cmp_to_key, and an exit status from sys.exit
import sys
import bisect
from functools import cmp_to_key, lru_cache
from itertools import permutations, combinations, combinations_with_replacement, product, count, compress, chain
from collections import deque


def queens(n):
    solutions = []

    def place(row, cols, d1, d2, acc):
        if row == n:
            solutions.append(tuple(acc))
            return
        free = ~(cols | d1 | d2) & ((1 << n) - 1)
        while free:
            bit = free & -free
            free ^= bit
            acc.append(bit.bit_length() - 1)
            place(row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1, acc)
            acc.pop()

    place(0, 0, 0, 0, [])
    return solutions


sols = queens(6)
print(len(sols), sols, [len(queens(k)) for k in range(1, 9)])
for r in sols[0]:
    print(" ".join("Q" if c == r else "." for c in range(6)))

PUZZLE = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")
grid = [int(c) for c in PUZZLE]


def candidates(g, i):
    r, c = divmod(i, 9)
    used = {g[r * 9 + k] for k in range(9)} | {g[k * 9 + c] for k in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[(br + dr) * 9 + bc + dc] for dr in range(3) for dc in range(3)}
    return [v for v in range(1, 10) if v not in used]


def solve(g):
    try:
        i = g.index(0)
    except ValueError:
        return True
    for v in candidates(g, i):
        g[i] = v
        if solve(g):
            return True
    g[i] = 0
    return False


print(solve(grid))
for r in range(0, 81, 27):
    print("\n".join(" ".join(map(str, grid[k:k + 9])) for k in range(r, r + 27, 9)))

items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160), ("glucose", 15, 60),
         ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30), ("beer", 52, 10)]


@lru_cache(maxsize=None)
def best(i, cap):
    if i == len(items):
        return 0, ()
    skip = best(i + 1, cap)
    name, w, v = items[i]
    if w <= cap:
        val, chosen = best(i + 1, cap - w)
        if val + v > skip[0]:
            return val + v, (name,) + chosen
    return skip


print(best(0, 200), best.cache_info().currsize > 0)
WORDS = {"cold", "cord", "card", "ward", "warm", "corm", "worm", "word", "wore", "core"}


def ladder(start, goal):
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == goal:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i, ch in product(range(len(w)), "abcdefghijklmnopqrstuvwxyz"):
            nxt = w[:i] + ch + w[i + 1:]
            if nxt in WORDS and nxt not in prev:
                prev[nxt] = w
                q.append(nxt)


print(ladder("cold", "warm"), ladder("cold", "xxxx"))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(combinations(range(4), 3)))
print(list(combinations_with_replacement("ab", 2)), list(product([0, 1], repeat=2)), list(compress("abcdef", [1, 0, 1, 0, 1])))
print(list(zip(count(10, 5), "xyz")), list(chain("ab", [1], (2,))), sum(1 for p in permutations(range(6)) if all(p[i] != i for i in range(6))))
scores = sorted([("ann", 88), ("bob", 72), ("cat", 95), ("dan", 60)], key=lambda t: t[1])
print(bisect.bisect_left(scores, 80, key=lambda t: t[1]), bisect.bisect_right([1, 2, 2, 3], 2), bisect.insort([1, 3], 2))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 60, 75, 99)])


def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(compare)), sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(min(range(10), key=lambda x: (x - 6.4) ** 2), max([], default="empty"), sorted("bAcB", key=str.lower), sorted([3, 1, 2], key=lambda x: -x))
sys.exit(f"finished with {len(sols)} solutions") if len(sols) != 4 else sys.exit(3)
