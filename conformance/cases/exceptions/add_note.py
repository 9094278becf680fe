# add_note and __notes__: stored notes, type check, and notes printed after the message of an uncaught error.
import traceback

e = ValueError('bad value')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second\nnote with newline')
print(e.__notes__)
print(''.join(traceback.format_exception_only(type(e), e)), end='')
try:
    e.add_note(42)
except TypeError as t:
    print('TypeError:', t)

try:
    try:
        int('x')
    except ValueError as v:
        v.add_note('while parsing config')
        raise
except ValueError as v:
    print(v, v.__notes__)

e2 = KeyError('k')
e2.__notes__ = ['set directly']
print(''.join(traceback.format_exception_only(type(e2), e2)), end='')

def load(name):
    try:
        return {'a': 1}[name]
    except KeyError as k:
        k.add_note(f'looked up {name!r} in the defaults')
        k.add_note('available: a')
        raise
print(load('a'))
load('b')
