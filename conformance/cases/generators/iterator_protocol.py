# Iterator protocol corners: iter() on iterators, exhausted iterators stay exhausted, iter with a sentinel, and itertools.
import itertools

class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
s = Squares(4)
print(list(s), list(s), sum(s))

it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))

calls = iter([5, 4, 0, 3])
print(list(iter(lambda: next(calls), 0)))

print(list(itertools.chain('ab', [1, 2])), list(itertools.accumulate([1, 2, 3, 4])))
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations('abc', 2))[:4])
print(list(itertools.combinations(range(4), 2)), list(itertools.groupby('aabbbc'))[1][0])
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
a, b = itertools.tee(iter('xyz'))
print(list(a), list(b), list(itertools.repeat('r', 3)), list(itertools.compress('abcd', [1, 0, 1, 0])))
print(list(enumerate('ab', start=5)), list(reversed(range(3))), list(map(lambda x, y: x + y, 'ab', 'cd')))
print(list(filter(None, [0, 1, '', 'a', None])), list(itertools.islice(itertools.count(10, 5), 3)))
print(list(itertools.pairwise('abcd')), list(itertools.filterfalse(str.isdigit, 'a1b2')))
m = map(int, ['1', 'x', '3'])
print(next(m))
try:
    next(m)
except ValueError as e:
    print('ValueError:', e)
print(next(m))
