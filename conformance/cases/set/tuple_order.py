# iteration order of sets of tuples and mixed hashables under PYTHONHASHSEED=0; tuple hashes are seed-independent for ints
pts = {(0, 0), (1, 0), (0, 1), (1, 1), (2, 3), (-1, -1), (10, 20)}
print(pts)
print({(i, i * i) for i in range(8)}, {(x,) for x in range(5)}, {()})
print({(1, "a"), (2, "b"), (1, "b")}, {("x", ("y", "z")), ("x",)})
print({1, "1", (1,), 1.5, "", frozenset([1])})
grid = set()
for r in range(3):
    for c in range(3):
        if (r + c) % 2 == 0:
            grid.add((r, c))
print(grid, len(grid))
print(hash((0, 0)), hash((1, 0)), hash((0, 1)), hash((2, 3)), hash(None) == hash(None))
moves = {(0, 1), (1, 0), (0, -1), (-1, 0)}
seen = {(0, 0)}
frontier = [(0, 0)]
for _ in range(2):
    nxt = []
    for x, y in frontier:
        for dx, dy in moves:
            p = (x + dx, y + dy)
            if p not in seen:
                seen.add(p)
                nxt.append(p)
    frontier = nxt
print(len(seen), seen)
print(frozenset({(1, 2), (3, 4)}), {frozenset({1}), frozenset({2, 3}), frozenset()})
