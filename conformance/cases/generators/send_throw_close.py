# Generator send/throw/close: values sent in, exceptions thrown at the yield, GeneratorExit and finally blocks.
def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
                print('got', value)
            except ValueError as e:
                print('handled thrown', e)
                yield 'recovered'
    finally:
        print('finally, received', received)

g = echo()
print(g.send(None))
print(g.send('a'), g.send('b'))
print(g.throw(ValueError('oops')))
print(next(g))
g.close()
print('closed twice:', g.close())
try:
    g.send(1)
except StopIteration:
    print('send after close -> StopIteration')

g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print('TypeError:', e)

g3 = echo()
next(g3)
try:
    g3.throw(KeyError('unhandled'))
except KeyError as e:
    print('KeyError propagated', e)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print(next(s, 'stubborn finished'))

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
r = returns_on_close()
next(r)
r.close()
fresh = returns_on_close()
fresh.close()
print('fresh close runs no code')
try:
    echo().throw(TypeError, 'legacy signature')
except TypeError as e:
    print('TypeError:', e)
