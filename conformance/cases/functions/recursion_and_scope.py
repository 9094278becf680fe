# Function scoping: global statements, locals shadowing, UnboundLocalError, nested functions and recursion.
total = 0
def add(n):
    global total
    total += n
    return total
print(add(3), add(4), total)

def shadow():
    total = 'local'
    return total
print(shadow(), total)

def broken():
    print(total)
    total = 1
try:
    broken()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)

def deleted():
    v = 1
    del v
    return v
try:
    deleted()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)

def make_global():
    global created
    created = 'made'
make_global()
print(created)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7))

def outer():
    x = 'outer'
    def inner():
        return x
    x = 'rebound'
    return inner()
print(outer())
print(sorted(k for k in globals() if not k.startswith('__')))
