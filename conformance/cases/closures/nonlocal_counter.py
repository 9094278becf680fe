# nonlocal rebinding across several levels, shared cells between sibling closures, and nonlocal vs global.
def outer():
    a = 1
    def middle():
        b = 10
        def inner():
            nonlocal a, b
            a += 1
            b += 1
            return a, b
        r1 = inner()
        r2 = inner()
        return r1, r2, b
    result = middle()
    return result, a
print(outer())

def accumulator(start):
    total = start
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulator(100)
print(acc(1), acc(10), acc(100))

value = 'module'
def mixer():
    value = 'function'
    def set_global():
        global value
        value = 'changed global'
    def set_nonlocal():
        nonlocal value
        value = 'changed nonlocal'
    set_global()
    first = value
    set_nonlocal()
    return first, value
print(mixer(), value)

def make_stack():
    items = []
    def push(v):
        items.append(v)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size
push, pop, size = make_stack()
push(1); push(2); push(3)
print(pop(), size())

for src in ('def f():\n    nonlocal q\n', 'nonlocal z\n', 'def f(a):\n    def g():\n        global a\n        nonlocal a\n'):
    try:
        compile(src, 'snippet', 'exec')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
