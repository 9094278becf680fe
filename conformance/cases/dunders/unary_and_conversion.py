# Unary operator dunders and conversion hooks: neg/pos/invert/abs, __bool__, __len__, __int__, __float__, __complex__, __round__.
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return f'neg {self.v}'
    def __pos__(self): return f'pos {self.v}'
    def __invert__(self): return f'invert {self.v}'
    def __abs__(self): return f'abs {self.v}'
    def __int__(self): return int(self.v) + 100
    def __float__(self): return float(self.v) / 2
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None): return f'round {self.v} {nd}'
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9

n = N(3)
print(-n, +n, ~n, abs(n), int(n), float(n), complex(n), round(n), round(n, 2))
import math
print(math.trunc(n), math.floor(n), math.ceil(n))

class B:
    def __init__(self, truth): self.truth = truth
    def __bool__(self): return self.truth
print(bool(B(True)), bool(B(False)), not B(False), 'yes' if B(True) else 'no')

class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(2)), len(L(5)))

class Neither: pass
print(bool(Neither()))

class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print('ValueError:', e)
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print('OverflowError:', e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print('TypeError:', e)

for op in ('-', '+', '~'):
    try:
        eval(op + 'x', {'x': Neither()})
    except TypeError as e:
        print('TypeError:', e)
try:
    abs('s')
except TypeError as e:
    print('TypeError:', e)
try:
    int(Neither())
except TypeError as e:
    print('TypeError:', e)
try:
    float(Neither())
except TypeError as e:
    print('TypeError:', e)
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
