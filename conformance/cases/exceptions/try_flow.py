# try/except/else/finally control flow: return in finally, break/continue through finally, exception variable deletion.
def f1():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(f1())

def f2():
    try:
        return 'try'
    finally:
        return 'finally overrides'
print(f2())

def f3():
    try:
        1 / 0
    finally:
        return 'swallowed by return in finally'
print(f3())

def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('finally', i)
    return i
print(f4())

def f5(x):
    try:
        r = 10 / x
    except ZeroDivisionError:
        print('except')
        return 'err'
    else:
        print('else')
        return r
    finally:
        print('finally')
print(f5(2), f5(0))

e = 'before'
try:
    raise ValueError('v')
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)

def counter():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                raise KeyError(n)
            return n
        except KeyError as k:
            print('retry after', k)
print(counter())

def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            print('inner finally')
    except TypeError as t:
        print('outer caught', t)
    finally:
        print('outer finally')
nested()

import sys
try:
    raise ValueError('active')
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exception()))
print(sys.exc_info(), sys.exception())
