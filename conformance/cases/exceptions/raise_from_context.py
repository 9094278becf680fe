# raise ... from ..., implicit __context__, __cause__, __suppress_context__ and raise from None.
def describe(e):
    return (type(e).__name__, str(e),
            type(e.__cause__).__name__ if e.__cause__ else None,
            type(e.__context__).__name__ if e.__context__ else None,
            e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    print(describe(e))

try:
    try:
        {}['k']
    except KeyError as k:
        raise RuntimeError('explicit') from k
except RuntimeError as e:
    print(describe(e), e.__cause__ is e.__context__)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError('hidden') from None
except TypeError as e:
    print(describe(e))

try:
    raise ValueError('x') from TypeError('cause without context')
except ValueError as e:
    print(describe(e))

e = ValueError('manual')
e.__cause__ = KeyError('c')
print(describe(e))
try:
    raise ValueError('bad') from 5
except TypeError as te:
    print('TypeError:', te)

try:
    raise KeyError from ValueError
except KeyError as e:
    print(repr(e), repr(e.__cause__))

def nested():
    try:
        raise OSError('first')
    except OSError:
        try:
            raise ValueError('second')
        except ValueError:
            raise KeyError('third')
try:
    nested()
except KeyError as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

try:
    raise
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    try:
        raise ValueError('reraised')
    except ValueError:
        raise
except ValueError as e:
    print('bare raise', e, e.__context__)
