# PEP 479: a StopIteration escaping a generator becomes RuntimeError; the last one is uncaught with its context.
def leaky():
    yield 1
    raise StopIteration('inside')

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__), '| suppress:', e.__suppress_context__)

def first_of(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(first_of(['ab', 'cd'])))
try:
    list(first_of(['ab', '']))
except RuntimeError as e:
    print('RuntimeError:', e)

def returns():
    yield 1
    return 'fine'
print(list(returns()))

class ManualIter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(ManualIter()), [x * 2 for x in ManualIter()])

def genexp_leak():
    return list(next(iter(())) for _ in range(1))
try:
    genexp_leak()
except RuntimeError as e:
    print('RuntimeError from genexpr:', e)

print(list(first_of(['xy', [], 'z'])))
