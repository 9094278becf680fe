# iter() with a sentinel callable, next() with a default, and their TypeErrors.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
pos = 0
def read():
    global pos
    pos += 1
    return data[pos - 1]
print(list(iter(read, 5)))
print(list(iter(read, 5)), pos)

it = iter('ab')
print(next(it), next(it), next(it, 'dflt'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)

class Lines:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ''
src = Lines(['a\n', 'b\n'])
print(list(iter(src.readline, '')))

try:
    iter(5, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
try:
    iter()
except TypeError as e:
    print('TypeError:', e)

class Countdown:
    def __init__(self):
        self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 0)))

def raises():
    raise StopIteration
print(list(iter(raises, 1)))
it2 = iter(lambda: 1, 1)
print(list(it2), next(it2, 'empty'))
