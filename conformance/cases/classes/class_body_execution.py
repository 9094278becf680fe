# Class bodies run top to bottom like functions: side effects, conditionals, loops and names visible inside them.
print('before class')
class Config:
    print('class body starts')
    debug = False
    if debug:
        level = 'verbose'
    else:
        level = 'quiet'
    for i in range(3):
        pass
    names = [n for n in ('a', 'b')]
    del i
    def show(self):
        return self.level
    print('class body ends, locals:', sorted(k for k in locals() if not k.startswith('__')))
print('after class', Config.level, Config().show(), hasattr(Config, 'i'))

def make(n):
    class Local:
        size = n
        def get(self):
            return self.size * 2
    return Local
A, B = make(1), make(2)
print(A is B, A().get(), B().get(), A.__qualname__)

class WithMeta:
    __module__ = 'custom.place'
    __qualname__ = 'Renamed'
print(WithMeta.__module__, WithMeta.__qualname__, WithMeta.__name__)
class Empty: ...
print(Empty.__doc__, type(Empty()).__name__)
class Chain:
    def a(self):
        self.log = ['a']
        return self
    def b(self):
        self.log.append('b')
        return self
print(Chain().a().b().log)
