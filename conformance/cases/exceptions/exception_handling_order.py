# except clause matching: order, tuples of classes, base classes catching subclasses, and re-raising in handlers.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except ValueError:
        return 'value'
    except Exception as e:
        return 'other ' + type(e).__name__

for exc in (KeyError('k'), IndexError, ZeroDivisionError(), OverflowError, UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), TypeError('t'), LookupError()):
    print(classify(exc))

try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)

handlers = (ValueError, TypeError)
try:
    int('bad')
except handlers as e:
    print('dynamic tuple', type(e).__name__)

def pick():
    return KeyError
try:
    {}['x']
except pick() as e:
    print('computed class', repr(e))

try:
    try:
        raise ValueError('original')
    except ValueError as e:
        raise e from None
except ValueError as again:
    print(again, again.__suppress_context__)
try:
    raise OSError(2, 'no file')
except FileNotFoundError as e:
    print('OSError(2) is FileNotFoundError', e.errno)
