# Functions, closures, defaults, annotations, lambdas, decorators.
import functools

def outer(a, b=2, *args, c, d=4, **kw) -> int:
    total = a + b
    def inner(x):
        nonlocal total
        total += x
        return total * c
    return inner(d) + len(args) + len(kw)

square = lambda n: n * n

@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def posonly(a, b, /, c, *, d):
    return a, b, c, d

print(outer(1, c=3), square(4), fib(10), posonly(1, 2, 3, d=4))
