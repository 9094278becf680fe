# NameError "Did you mean" suggestions of 3.11, as the default excepthook prints them (the last one uncaught).
import sys, io

def hook_line(e):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.__excepthook__(type(e), e, e.__traceback__)
        return sys.stderr.getvalue().splitlines()[-1]
    finally:
        sys.stderr = saved

counter = 1
def show(code, ns=None):
    try:
        exec(code, ns if ns is not None else globals())
    except NameError as e:
        print(f'{code:24} -> {hook_line(e)} | name = {e.name}')

show('countr')
show('prnt("x")')
show('lenn([])')
show('Ture')
show('xyzzy_totally_unknown')
show('sefl')
show('a', {})
show('ab', {'abc': 1})
show('abcdefghijklmnop', {'abcdefghijklmnoq': 1})
show('ZeroDivisonError')
def local_scope():
    velocity = 3
    try:
        return veloctiy
    except NameError as e:
        return hook_line(e)
print(local_scope())
class C:
    def method(self):
        self.value = 1
        return valeu
try:
    C().method()
except NameError as e:
    print(hook_line(e))
def unbound():
    x = x + 1
try:
    unbound()
except UnboundLocalError as e:
    print(hook_line(e))
print(str(NameError('plain message')), NameError('m', name='q').name)
print('now uncaught')
total = 10
print(totl)
