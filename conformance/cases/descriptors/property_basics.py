# property: getter/setter/deleter, the decorator chain, docstrings, read-only errors and subclass overrides.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = 0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__)
del t.celsius
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    del t.fahrenheit
except AttributeError as e:
    print('AttributeError:', e)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset)

def get_x(self):
    return 'x!'
class Old:
    x = property(get_x, doc='the x')
print(Old().x, Old.x.__doc__)

class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return self._c + 1000
c = Child()
c.celsius = 5
print(c.celsius)

class Shadow:
    @property
    def p(self):
        return 'property wins'
s = Shadow()
s.__dict__['p'] = 'instance dict'
print(s.p, s.__dict__)
