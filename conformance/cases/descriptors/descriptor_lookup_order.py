# Attribute lookup order: data descriptors on the type, then the instance dict, then non-data descriptors and class attributes.
log = []
class Data:
    def __get__(self, obj, t):
        log.append('Data.__get__')
        return 'data'
    def __set__(self, obj, v):
        log.append('Data.__set__')
class NonData:
    def __get__(self, obj, t):
        log.append('NonData.__get__')
        return 'nondata'

class Base:
    inherited = Data()
class K(Base):
    d = Data()
    n = NonData()
    plain = 'class attr'

k = K()
k.__dict__.update(d='inst d', n='inst n', plain='inst plain', inherited='inst inherited')
print(k.d, k.n, k.plain, k.inherited)
print(log)
log.clear()
k.d = 'assign'
k.n = 'assign n'
print(k.__dict__['d'], k.__dict__['n'], log)
print(K.d, K.n, K.plain, log[-2:])

class Meta(type):
    attr = 'from metaclass'
    meta_data = Data()
class WithMeta(metaclass=Meta):
    attr = 'from class'
print(WithMeta.attr, WithMeta.meta_data)
del WithMeta.attr
print(WithMeta.attr)
print(type.__dict__['__name__'].__get__(int), type(type.__dict__['__name__']).__name__)
