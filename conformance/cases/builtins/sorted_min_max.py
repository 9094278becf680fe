# sorted (stable, key, reverse), list.sort, min/max with key and default, sum with start, any/all.
people = [('ann', 30), ('bob', 25), ('cy', 30), ('di', 25), ('ed', 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted('Banana', key=str.lower), sorted('Banana'), sorted({3: 'a', 1: 'b'}))
print(sorted([3, 1, 2], reverse=True), sorted(()), sorted(x % 3 for x in range(7)))
words = ['bb', 'a', 'ccc', 'dd']
words.sort(key=len)
print(words)
print(min(4, 2, 8), max('hello'), min([3, 1], key=lambda v: -v), max([], default='none'))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(max([1, 3, 3], key=lambda v: v), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]))
print(min((), default=None), max(iter([2, 9, 4])), min('b', 'a', key=ord))
try:
    max()
except TypeError as e:
    print('TypeError:', e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print('TypeError:', e)
try:
    min(5)
except TypeError as e:
    print('TypeError:', e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)))
print(sum([1.5, 2.5], start=1))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
print(any([]), all([]), any([0, '', 3]), all([1, 'x', []]), any(x > 2 for x in range(4)))
nan = float('nan')
print(sorted([3, nan, 1]) == sorted([3, nan, 1]), max(1, 1.0), max(1.0, 1), min(True, 1))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), sorted([-3, 2, -1], key=abs))
print(sorted(['b', 'A', 'a', 'B'], key=lambda s: (s.lower(), s)))
