# ranges over huge ints: len overflow, indexing, membership and reversal stay exact without materialising
r = range(10 ** 30)
print(r[-1], r[10 ** 29], 10 ** 29 + 7 in r, -1 in r, r.index(12345), r.count(10 ** 30 - 1), r[::10 ** 29])
print(range(2 ** 62).__len__(), len(range(0, 2 ** 64, 2 ** 4)))
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
try:
    len(range(-(2 ** 63), 2 ** 63))
except OverflowError as e:
    print("OverflowError:", e)
print(range(-(2 ** 63), 2 ** 63)[2 ** 63], bool(range(10 ** 30)), bool(range(10 ** 30, 0)))
rev = reversed(range(0, 10 ** 25, 3 * 10 ** 24))
print(list(rev))
it = iter(range(2 ** 64, 2 ** 64 + 3))
print(next(it), next(it), list(it))
print(sum(range(10 ** 6, 10 ** 6 + 10)), list(range(2 ** 70, 2 ** 70 + 5, 2)))
try:
    r[10 ** 30]
except IndexError as e:
    print("IndexError:", e)
try:
    range(5)[2 ** 100]
except IndexError as e:
    print("IndexError:", e)
big = range(0, 10 ** 40, 7)
print(big[-1], 7 * (10 ** 39) in big, (7 * (10 ** 39)) + 1 in big, big[big.index(7 ** 40)] == 7 ** 40)
