# heapq and bisect as programs use them: the exact heap layouts CPython's sift steps leave,
# merge's ordering (ties in input order, key, reverse), nsmallest/nlargest, bisect with key=, errors.
import heapq, bisect
data = [(i * 7919) % 101 for i in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
g = list(data)
heapq.heapify(g)
print(g)
print([heapq.heappop(h) for _ in range(8)], h)
print(heapq.heapreplace(h, 50), heapq.heappushpop(h, 1), heapq.heappushpop(h, 99), h)
print(heapq.nlargest(4, data), heapq.nsmallest(4, data, key=lambda v: -v), heapq.nlargest(2, ['a', 'B', 'c'], key=str.lower))
print(list(heapq.merge([1, 3, 5], [2, 3, 6], [0])), list(heapq.merge(['b', 'A'], ['a', 'C'], key=str.lower)))
print(list(heapq.merge([5, 3], [4, 3, 1], reverse=True)), list(heapq.merge([(1, 'b')], [(1, 'a')], key=lambda p: p[0])))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'think')]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks)[1] for _ in range(len(tasks))])
a = [1, 2, 2, 2, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ('z', 4), key=lambda r: r[1])
print(recs, bisect.bisect is bisect.bisect_right)
for src in ['heapq.heappush((), 1)', 'heapq.heappop([])', 'heapq.heappop(())', 'heapq.heapify(())', 'heapq.heapreplace([], 1)',
            'heapq.heappush([1], "a")', 'bisect.bisect([], 1, -1)', 'bisect.bisect(1, 1)', 'bisect.insort((), 1)',
            'bisect.bisect([1, 2], 1, 5)', 'heapq.nlargest(-1, [1])']:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
