@dec
@mod.dec
@mod.dec(1, x=2)
@buttons[0].clicked.connect
@(lambda f: f)
@x if y else z
@a := b
@f()()
@-x
@[x for x in y][0]
def func():
    pass

@dataclass(frozen=True)
class C:
    @property
    def p(self): return 1

    @p.setter
    def p(self, v): pass

@d1
@d2
async def coro(): pass
