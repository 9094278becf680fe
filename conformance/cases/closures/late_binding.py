# Closures capture variables, not values: late binding in loops, default-argument capture and comprehension scopes.
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])

def make():
    out = []
    for i in range(3):
        def g():
            return i * 10
        out.append(g)
    i = 99
    return out
print([f() for f in make()])

def counter_pair():
    n = 0
    def get():
        return n
    def bump():
        nonlocal n
        n += 1
    return get, bump
get, bump = counter_pair()
bump(); bump()
print(get())
get2, bump2 = counter_pair()
bump2()
print(get(), get2())

x = 'global'
def scopes():
    x = 'enclosing'
    gen = (x for _ in range(1))
    lst = [x for _ in range(1)]
    return next(gen), lst[0]
print(scopes())

def comprehension_var():
    y = [k for k in range(3)]
    try:
        return k
    except NameError as e:
        return str(e)
print(comprehension_var())

def walrus():
    data = [n for v in range(5) if (n := v * v) > 3]
    return data, n
print(walrus())
