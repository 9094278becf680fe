# Generator basics: lazy execution, state after exhaustion, return values in StopIteration, and generator states.
import inspect

def gen(n):
    print('start')
    for i in range(n):
        print('yielding', i)
        yield i
    print('end')
    return 'done'

g = gen(2)
print(type(g).__name__, inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value, inspect.getgeneratorstate(g))
print(next(g, 'default'), list(g))
print(list(gen(3)))
print(sum(x * x for x in range(5)), max((len(w), w) for w in ['aa', 'b', 'ccc']))
ge = (c.upper() for c in 'abc')
print(next(ge), list(ge), list(ge))
print(g.__name__, g.__qualname__, gen.__code__.co_flags & 0x20 != 0)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
print(list(zip(fib(), 'abcd')))

def running():
    yield inspect.getgeneratorstate(r)
r = running()
print(next(r))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
it = iter([1, 2])
print(iter(it) is it, next(it), list(it))
