# Truthiness in conditions, and/or short-circuit values, not, and any/all with objects defining __bool__ or __len__.
class T:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def __bool__(self):
        print('bool', self.name)
        return self.value
    def __repr__(self):
        return self.name

a, b = T('a', False), T('b', True)
print(a or b)
print(a and b)
print(b and a)
print(not a, not b)
if a or b:
    print('branch taken')
while a:
    break
else:
    print('while-else since a is false')
print([x for x in (a, b) if x])
print(any([a, b]), all([b, a]))
x = a if a else b
print(x)
print(0 or '' or [] or 'last', 1 and 'x' and None and 'never', [] and 1, 'v' or 1)
print(bool(0.0), bool(-0.0), bool(0j), bool(''), bool(' '), bool(()), bool((0,)), bool(range(0)), bool(None))
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, (1 < 2) == True, (1 == 1.0) is True)
