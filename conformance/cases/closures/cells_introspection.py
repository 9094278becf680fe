# Closure cells seen from Python: __closure__, cell_contents, co_freevars/co_cellvars and empty cells.
def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner

f = outer(5)
print(f(1), f.__code__.co_freevars, outer.__code__.co_cellvars)
print([c.cell_contents for c in f.__closure__])
print(outer.__closure__, type(f.__closure__[0]).__name__)

def pending():
    def later():
        return x
    cell = later.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print('ValueError:', e)
    x = 'now set'
    return cell.cell_contents, later()
print(pending())

def param_cell(p):
    def get():
        return p
    p = p + '!'
    return get
print(param_cell('hi')())

def setter():
    v = 1
    def get():
        return v
    get.__closure__[0].cell_contents = 42
    return get(), v
print(setter())

import types
c = types.CellType(7)
print(c.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print('ValueError:', e)

class Holder:
    def method(self):
        return __class__.__name__
print(Holder().method(), Holder.method.__code__.co_freevars)
def free_missing():
    def g():
        return undefined_free
    return g
try:
    free_missing()()
except NameError as e:
    print('NameError:', e)
