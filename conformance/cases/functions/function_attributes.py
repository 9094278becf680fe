# Function objects: __code__ fields, __globals__, __kwdefaults__, __dict__, __wrapped__, and code object replacement.
def sample(a, b=1, *args, c, d=2, **kw):
    "Docstring."
    local_one = a + b
    return local_one

co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames)
print(co.co_firstlineno, co.co_qualname, co.co_filename.endswith('function_attributes.py'))
print(sample.__defaults__, sample.__kwdefaults__, sample.__doc__, sample.__globals__ is globals())
print(sample.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else 'dict')

def other():
    return 'other body'
def target():
    return 'target body'
target.__code__ = other.__code__
print(target(), target.__name__)
sample.custom = 1
print(sample.__dict__)
import types
f2 = types.FunctionType(other.__code__, {}, 'renamed')
print(f2(), f2.__name__, f2.__qualname__)
def gen():
    yield 1
async def coro():
    pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
print((lambda: 0).__code__.co_name, (lambda x, y: 0).__code__.co_argcount)
print(co.co_consts[0], type(co.co_code).__name__)
