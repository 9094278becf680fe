# Lists, dicts and tuples: appends, indexing, dict updates and lookups, unpacking.
def work(n):
    counts = {}
    items = []
    for i in range(n):
        key = i % 97
        counts[key] = counts.get(key, 0) + 1
        items.append((i, key))
    total = 0
    for i, key in items:
        total += counts[key] + items[i // 2][1]
    return total

print(work(300000))
