# yield from: delegation of next/send/throw, the return value of the subgenerator, and iterables as sources.
def inner():
    x = yield 'inner-1'
    print('inner got', x)
    y = yield 'inner-2'
    print('inner got', y)
    return x + y

def outer():
    result = yield from inner()
    print('inner returned', result)
    yield from 'ab'
    yield from [10, 20]
    return 'outer done'

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(list(g))

def thrower():
    try:
        yield 1
    except KeyError:
        yield 'inner caught KeyError'
def delegator():
    yield from thrower()
    yield 'after'
d = delegator()
next(d)
print(d.throw(KeyError()))
print(next(d))

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print('inner finally')
def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print('outer finally')
c = closing_outer()
next(c)
c.close()

def count_returns():
    total = 0
    for n in (1, 2, 3):
        total += yield from adder(n)
    return total
def adder(n):
    yield n
    return n * 100
cr = count_returns()
print(next(cr), cr.send(None), cr.send(None))
try:
    next(cr)
except StopIteration as e:
    print('total', e.value)
