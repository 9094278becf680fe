# Closures in decorators and factories: per-call state, counters, closures capturing loop variables via factories.
def counted(fn):
    count = 0
    def wrapper(*a):
        nonlocal count
        count += 1
        wrapper.calls = count
        return fn(*a)
    wrapper.calls = 0
    return wrapper

@counted
def hello(name):
    return 'hi ' + name
print(hello('a'), hello('b'), hello.calls)

def multipliers():
    return [lambda x, n=n: x * n for n in range(4)]
print([m(10) for m in multipliers()])

def make_multiplier(n):
    return lambda x: x * n
doublers = [make_multiplier(n) for n in range(4)]
print([d(10) for d in doublers])

def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
calls = []
@once
def setup():
    calls.append('setup')
    return 'ready'
print(setup(), setup(), calls)

def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
