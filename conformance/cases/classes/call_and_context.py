# __call__ on instances and __enter__/__exit__ protocols including suppression and nested with.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add = Adder(3)
print(add(4), add(4, times=2), callable(add), callable(Adder), callable(3))

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM('a') as v:
    print('body', v)

with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after b')

try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))

with CM('outer') as o, CM('inner') as i:
    print('both', o, i)

def early():
    with CM('ret'):
        return 'returned'
print(early())

for i in range(3):
    with CM(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('loop body', i)

class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print('TypeError:', e)

class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print('TypeError:', e)

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)
