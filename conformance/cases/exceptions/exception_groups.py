# ExceptionGroup and BaseExceptionGroup: construction rules, str/repr, subgroup, split, derive and nesting.
eg = ExceptionGroup('batch', [ValueError('v1'), TypeError('t1'), ExceptionGroup('inner', [ValueError('v2'), KeyError('k')])])
print(str(eg), repr(eg))
print(eg.message, len(eg.exceptions), type(eg.exceptions).__name__)

def shape(g):
    if isinstance(g, BaseExceptionGroup):
        return (g.message, [shape(x) for x in g.exceptions])
    return repr(g)

print(shape(eg.subgroup(ValueError)))
print(shape(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError))
match, rest = eg.split(ValueError)
print(shape(match), shape(rest))
match, rest = eg.split((TypeError, KeyError))
print(shape(match), shape(rest))
print(eg.subgroup(BaseExceptionGroup) is eg)

b = BaseExceptionGroup('mixed', [ValueError(1), KeyboardInterrupt()])
print(type(b).__name__, shape(b))
only_exc = BaseExceptionGroup('plain', [ValueError(1)])
print(type(only_exc).__name__)
for bad in (lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]),
            lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('x', [KeyboardInterrupt()]),
            lambda: ExceptionGroup('x', ValueError())):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '*', excs)
mg = MyGroup('mine', [ValueError(1), TypeError(2)])
print(type(mg.subgroup(ValueError)).__name__, mg.subgroup(ValueError).message)
eg.add_note('group note')
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__)
