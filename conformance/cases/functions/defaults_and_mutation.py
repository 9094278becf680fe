# Default values are evaluated once at definition: the shared mutable default, None sentinels and __defaults__ edits.
def append(item, into=[]):
    into.append(item)
    return into
print(append(1), append(2), append(3, []), append(4))
print(append.__defaults__)

def safe(item, into=None):
    if into is None:
        into = []
    into.append(item)
    return into
print(safe(1), safe(2))

counter = 0
def stamp():
    global counter
    counter += 1
    return counter
def uses(x=stamp(), y=stamp()):
    return x, y
print(uses(), uses(), counter)

def change(a=1, *, b=2):
    return a, b
change.__defaults__ = (10,)
change.__kwdefaults__ = {'b': 20}
print(change())
change.__defaults__ = None
try:
    change()
except TypeError as e:
    print('TypeError:', e)

x = 5
def late(v=x):
    return v
x = 6
print(late())

def ann(a: int, b: 'str' = 'q', *c: float, d: list = None, **e: dict) -> bool:
    return True
print(ann.__annotations__)
print(ann.__name__, ann.__qualname__, ann.__module__, ann.__doc__)
ann.__doc__ = 'docs'
ann.extra = 'attr'
print(ann.__doc__, ann.extra, sorted(ann.__dict__))
print(type(ann).__name__, callable(ann))
