def matrix(n):
    grid = [[i * j for j in range(n)] for i in range(n)]
    flat = [v for row in grid for v in row]
    total = sum(v for row in grid for v in row if v)
    pairs = {i: [j for j in range(i)] for i in range(n)}
    return grid, flat, total, pairs
