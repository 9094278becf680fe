# __format__, __index__ and __class_getitem__ hooks as format(), f-strings, slicing and generics use them.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        return f'${self.cents / 100:{spec or ".2f"}}'
    def __str__(self):
        return 'Money'
m = Money(12345)
print(format(m), format(m, 'short'), f'{m:>10.1f}|', f'{m!s}', '{0:short}'.format(m))

class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError:', e)
print(format(Plain(), '') == str(Plain()))

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
data = list(range(10))
print(data[i], data[i:Idx(5)], 'abcdef'[Idx(1)::Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3))[-1])
print(operator_index := Idx(7).__index__(), [0] * Idx(3), 'ab' * Idx(2))
print(int.from_bytes(bytes([1, 2]), 'big'), (10).to_bytes(Idx(2), 'big'))

class BadIdx:
    def __index__(self):
        return 'no'
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print('TypeError:', e)
try:
    key = 1.0
    [1, 2][key]
except TypeError as e:
    print('TypeError:', e)

class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__ == (int,))
try:
    Plain[int]
except TypeError as e:
    print('TypeError:', e)
