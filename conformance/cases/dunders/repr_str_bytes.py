# __repr__, __str__, __bytes__ and __format__ defaults, str() falling back to repr(), and errors for bad return types.
class Both:
    def __repr__(self):
        return 'Both<repr>'
    def __str__(self):
        return 'Both<str>'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly<repr>'
class StrOnly:
    def __str__(self):
        return 'StrOnly<str>'

b = Both()
print(b, repr(b), str(b), [b], f'{b}', f'{b!r}', '%s %r' % (b, b), format(b))
r = ReprOnly()
print(r, str(r), [r], {'k': r}, (r,))
s = StrOnly()
print(s, f'{s}', repr(s).startswith('<__main__.StrOnly object at '))

class Byt:
    def __bytes__(self):
        return b'raw'
print(bytes(Byt()))

class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError:', e)
class BadBytes:
    def __bytes__(self):
        return 'str'
try:
    bytes(BadBytes())
except TypeError as e:
    print('TypeError:', e)

class SubStr(str):
    def __str__(self):
        return 'overridden'
print(str(SubStr('v')), SubStr('v'), repr(SubStr('v')), '%s' % SubStr('v'))

class Nested:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f'Nested({self.items!r})'
print(Nested([Nested([]), Nested([1, 'a'])]))
print(repr(int), repr(len), repr(None), repr(...), repr(NotImplemented), str(Both), repr(type(None)))
print(ascii('héllo'), ascii(Nested(['é'])))
