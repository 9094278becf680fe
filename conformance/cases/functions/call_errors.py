# TypeError messages for wrong calls: missing, extra, duplicate, unexpected and positional-only-as-keyword arguments.
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def dflt(a, b=1): pass
def kwonly(*, x): pass
def kwonly2(a, *, x, y): pass
def posonly(a, b, /): pass
def noargs(): pass
def star(*args, k): pass
class C:
    def m(self, a): pass

calls = [
    'one()', 'one(1, 2)', 'two(1)', 'two()', 'three(1)', 'dflt()', 'dflt(1, 2, 3)',
    'one(1, a=2)', 'one(b=1)', 'one(1, **{"a": 2})', 'kwonly()', 'kwonly(1)', 'kwonly(x=1, y=2)',
    'kwonly2(1)', 'kwonly2(1, 2)', 'kwonly2(1, 2, x=3)', 'posonly(1, b=2)', 'posonly(a=1, b=2)',
    'noargs(1)', 'noargs(x=1)', 'star(1, 2)', 'C().m()', 'C().m(1, 2)', 'C.m(1)',
    'one(*5)', 'one(**5)', 'one(**{1: 2})', 'dflt(1, *[2, 3])', 'len()', 'len(1, 2)', 'abs(x=1)',
    '"a".split(1, 2, 3)', 'dict(1, 2)', 'print(sepx=1)', 'sorted([], reversed=True)', 'int(base=2)',
]
for src in calls:
    try:
        eval(src)
        print(f'{src:24} ok')
    except TypeError as e:
        print(f'{src:24} TypeError: {e}')
try:
    one(1, **{'a': 2}, **{'a': 3})
except TypeError as e:
    print('TypeError:', e)
