# AttributeError "Did you mean" suggestions as the default excepthook prints them, e.name/e.obj, and an uncaught one.
import sys, io, math

def hook_line(e):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        sys.__excepthook__(type(e), e, None)
        return sys.stderr.getvalue().splitlines()[-1]
    finally:
        sys.stderr = saved

class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 3
    def connect(self):
        pass

c = Config()
for name in ('timout', 'retry', 'conect', 'zzz', 'TIMEOUT', 'Timeout'):
    try:
        getattr(c, name)
    except AttributeError as e:
        print(f'{name:8} -> {hook_line(e)} | name = {e.name} | obj is c: {e.obj is c}')

for expr in ('[].apend', '"s".uper', '{}.itmes', '(1).bit_lenght', 'None.real2', 'math.sqr', 'Config.conect', 'c.__dikt__'):
    try:
        eval(expr)
    except AttributeError as e:
        print(f'{expr:16} -> {hook_line(e)}')

class Slotted:
    __slots__ = ('alpha',)
try:
    Slotted().alpha
except AttributeError as e:
    print(hook_line(e))

e = AttributeError('custom')
print(e.name, e.obj, str(e), hook_line(e))
print('now uncaught')
c.retires
