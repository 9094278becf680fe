# Every binary arithmetic dunder with its reflected and in-place forms, traced by name.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'V({self.v})'

NAMES = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
         'lshift', 'rshift', 'and', 'xor', 'or']

def make(name, kind):
    def method(self, other, *rest):
        return f'{kind}{name}({self!r}, {other!r})'
    return method

for n in NAMES:
    setattr(V, f'__{n}__', make(n, ''))
    setattr(V, f'__r{n}__', make(n, 'r'))
    if n != 'divmod':
        setattr(V, f'__i{n}__', make(n, 'i'))

a = V(1)
print(a + 2, a - 2, a * 2, a @ 2, a / 2, a // 2, a % 2, divmod(a, 2), a ** 2, pow(a, 2))
print(a << 2, a >> 2, a & 2, a ^ 2, a | 2)
print(2 + a, 2 - a, 2 * a, 2 @ a, 2 / a, 2 // a, 2 % a, divmod(2, a), 2 ** a)
print(2 << a, 2 >> a, 2 & a, 2 ^ a, 2 | a)
ops = ['+=', '-=', '*=', '@=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '^=', '|=']
for op in ops:
    x = V(3)
    ns = {'x': x}
    exec(f'x {op} 4', ns)
    print(op, ns['x'])

class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Plain(self.v + other)
    def __repr__(self):
        return f'Plain({self.v})'
p = Plain(1)
q = p
p += 5
print(p, q, p is q)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
print(pow(V(1), 2, 5))
