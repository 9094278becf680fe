# lists hold references: aliasing, shallow copies by slicing/list()/copy(), and identity vs equality
row = [0] * 3
grid = [row] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [[1, 2], [3, 4]]
copies = [a[:], list(a), a.copy(), [*a], [x for x in a]]
a[0].append("shared")
a.append("only a")
print(a)
for c in copies:
    print(c, c == a, c[0] is a[0])
def extend_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(extend_default(1), extend_default(2), extend_default(3, []))
x = [1, 2, 3]
y = x
y[:] = [9]
print(x, y, x is y)
z = x[:]
z.append(8)
print(x, z)
outer = [1, [2, [3, [4]]]]
inner = outer[1][1]
inner[1][0] = "deep"
print(outer)
def mutate(lst):
    lst.append("m")
    lst = ["rebound"]
    return lst
orig = ["o"]
print(mutate(orig), orig)
