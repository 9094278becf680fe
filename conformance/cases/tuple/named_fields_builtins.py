# tuples with builtins: zip/enumerate/divmod/dict.items produce them, min/max keys, sorting records, structseq-like use
print(divmod(17, 5), type(divmod(1, 1)).__name__, (17).as_integer_ratio(), list({"a": 1}.items())[0])
pairs = list(zip(("a", "b", "c"), (3, 1, 2)))
print(pairs, sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[1]), min(pairs))
print(dict(pairs), list(zip(*pairs)), tuple(map(tuple, ["ab", "cd"])))
records = ((1, "x", 3.5), (2, "y", 1.5), (3, "z", 2.5))
print(sum(r[2] for r in records), [r[1] for r in records if r[0] % 2], sorted(records, key=lambda r: -r[2])[0])
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, isinstance(vi, tuple), len(vi) >= 5, vi >= (3, 11), vi < (4,))
stack = ()
for ch in "abc":
    stack = stack + (ch,)
print(stack, stack[::-1])
grid = tuple(tuple(r * 3 + c for c in range(3)) for r in range(3))
print(grid, grid[1][2], tuple(zip(*grid)))
print(tuple(i for i in range(10) if i % 4 == 0), (1, 2, 3)[1:] + (4,))
memo = {}
def cached(*args):
    if args not in memo:
        memo[args] = sum(args)
    return memo[args]
print(cached(1, 2), cached(1, 2), cached(2, 1), memo)
print(isinstance((1,), (list, tuple)), isinstance([], (int, (str, list))))
