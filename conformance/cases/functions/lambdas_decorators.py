# Lambdas and decorators: decorator order, decorators with arguments, class decorators and functools.wraps.
import functools

square = lambda x: x * x
print(square(5), square.__name__, (lambda: 1)(), (lambda *a, **k: (a, k))(1, b=2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))

def tag(name):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return f'<{name}>{fn(*args)}</{name}>'
        return wrapper
    return deco

@tag('b')
@tag('i')
def text(s):
    "Returns s."
    return s
print(text('hi'), text.__name__, text.__doc__, text.__wrapped__.__name__)

order = []
def note(label):
    order.append(('made', label))
    def deco(fn):
        order.append(('applied', label))
        return fn
    return deco
@note('outer')
@note('inner')
def target():
    pass
print(order)

def register(cls):
    cls.registered = True
    return cls
@register
class Widget:
    pass
print(Widget.registered)

calls = []
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            calls.append(n)
            cache[n] = fn(n)
        return cache[n]
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info().hits)
p = functools.partial(pow, 2)
print(p(10), p.args, functools.partial(sorted, reverse=True)([3, 1, 2]))
print(functools.reduce(lambda a, b: a * b, range(1, 10)))
