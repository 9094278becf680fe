# RecursionError raised through several dunders: __len__, __bool__, __iter__, __add__, __getitem__ and __init__.
class Len:
    def __len__(self):
        return len(self)
class Bool:
    def __bool__(self):
        return bool(self)
class It:
    def __iter__(self):
        return iter(self)
class Add:
    def __add__(self, other):
        return self + other
class Item:
    def __getitem__(self, k):
        return self[k]
class Init:
    def __init__(self):
        self.child = Init()

for label, action in [('len', lambda: len(Len())), ('bool', lambda: bool(Bool())), ('iter', lambda: iter(It())),
                      ('add', lambda: Add() + 1), ('getitem', lambda: Item()[0]), ('init', lambda: Init())]:
    try:
        action()
        print(label, 'no error')
    except RecursionError as e:
        print(label, 'RecursionError:', e)
print('recovered')
