# nested tuples: deep indexing, flattening, comparison of trees, tuple of lists mutated inside
tree = (1, (2, (3, (4, ()))))
node = tree
depth = 0
while node:
    depth += 1
    print(depth, node[0])
    node = node[1]
def flatten(t):
    out = ()
    for x in t:
        out += flatten(x) if isinstance(x, tuple) else (x,)
    return out
print(flatten(tree), flatten(((1, 2), (3, (4, 5)), 6)), flatten(()))
print(tree[1][1][0], tree[1][1][1][0], len(tree), len(flatten(tree)))
a = ((1, 2), (3, 4))
b = ((1, 2), (3, 5))
print(a < b, a == ((1, 2), (3, 4)), max(a, b), sorted([b, a]))
holder = ([], [])
holder[0].append("x")
holder[1].extend("yz")
print(holder, len(holder[1]))
matrix = ((1, 2, 3), (4, 5, 6))
print(tuple(zip(*matrix)), tuple(sum(r) for r in matrix), tuple(tuple(x * 2 for x in r) for r in matrix))
print(repr(((),)), repr((((),),)), (((1,),),)[0][0][0], str(((1, "a"), (None,))))
key = (("user", 1), ("role", "admin"))
print(dict(key), {key: 1}[(("user", 1), ("role", "admin"))], hash(key) == hash(tuple(dict(key).items())))
print(((1, 2) + (3,)) * 2, tuple(map(tuple, [[1], [2, 3]])), tuple(reversed(((1, 2), (3, 4)))))
