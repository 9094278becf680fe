# Integer arithmetic in while and for loops: the dispatch loop and small-int fast paths.
def work(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    for j in range(n):
        total ^= j
    return total

print(work(1000000))
