# Uncaught KeyError whose key is a tuple and an OSError-family error: the last line shows repr of the key.
grid = {(0, 0): 'origin', (1, 0): 'east'}
for key in [(0, 0), (1, 0)]:
    print(key, grid[key])
print(grid[2, 3])
