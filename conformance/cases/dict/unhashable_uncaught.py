# using a list as a dict key: the TypeError names the type; tuples work; the final insert is uncaught
index = {}
for word, pos in [("a", 0), ("b", 1), ("a", 2)]:
    index.setdefault(word, []).append(pos)
print(index)
grid = {}
grid[(0, 0)] = "origin"
grid[(1, 2)] = "point"
print(grid, grid[0, 0], (1, 2) in grid)
key = [1, 2]
print(tuple(key) in grid, grid.get(tuple(key)))
try:
    grid.get(key)
except TypeError as e:
    print("TypeError:", e)
try:
    key in grid
except TypeError as e:
    print("TypeError:", e)
try:
    {{}: 1}
except TypeError as e:
    print("TypeError:", e)
grid[key] = "list key"
