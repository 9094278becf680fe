if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    x = 2

while x:
    x -= 1
    if x == 3:
        continue
    if x == 5:
        break
else:
    done = True

for i in range(10):
    pass
else:
    pass

for i, (j, k) in enumerate(pairs):
    print(i, j, k)

def f(a, b=1, *c, d, e=2, **g) -> int:
    """Docstring."""
    return a

class C(Base, metaclass=Meta, **kw):
    x = 1

    def method(self):
        return self.x
