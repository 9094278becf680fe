# Closures several levels deep: free variables passing through intermediate functions that do not use them.
def level1():
    a = 'a1'
    def level2():
        b = 'b2'
        def level3():
            c = 'c3'
            def level4():
                return a + b + c
            return level4
        return level3
    return level2

f = level1()()()
print(f(), f.__code__.co_freevars)
print(level1().__code__.co_freevars, level1()().__code__.co_freevars)

def shared():
    items = []
    def add(x):
        items.append(x)
        return get()
    def get():
        return list(items)
    return add, get
add, get = shared()
print(add(1), add(2), get())

def rebinding_outer():
    v = 1
    def read():
        return v
    r1 = read()
    v = 2
    r2 = read()
    return r1, r2
print(rebinding_outer())

def loop_cells():
    out = []
    for i in range(3):
        def cap(i=i):
            def inner():
                return i
            return inner
        out.append(cap())
    return [g() for g in out]
print(loop_cells())
