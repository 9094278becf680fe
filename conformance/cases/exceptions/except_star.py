# except* handling: matching leaves, re-raising unmatched parts, naked exceptions wrapped, and nested groups.
def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print('ValueError handler', type(g).__name__, [repr(e) for e in g.exceptions])
    except* TypeError as g:
        print('TypeError handler', [repr(e) for e in g.exceptions])

run(ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)]))
run(ValueError('naked'))
try:
    run(ExceptionGroup('g', [KeyError('k'), ValueError('v')]))
except ExceptionGroup as rest:
    print('escaped', rest.message, [repr(e) for e in rest.exceptions])

try:
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print('values', repr(g))
except ExceptionGroup as rest:
    print('rest', repr(rest))

try:
    try:
        raise ExceptionGroup('g', [ValueError('a')])
    except* ValueError:
        raise KeyError('from handler')
except Exception as e:
    print('handler raised', repr(e), repr(e.__context__))

try:
    try:
        raise ExceptionGroup('g', [ValueError('a'), OSError('o')])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print('reraised', repr(e))

order = []
try:
    raise ExceptionGroup('g', [OSError('x'), ValueError('y')])
except* OSError:
    order.append('os')
except* ValueError:
    order.append('value')
finally:
    order.append('finally')
print(order)

try:
    raise ExceptionGroup('g', [FileNotFoundError('f'), PermissionError('p')])
except* FileNotFoundError as g:
    print('fnf', [str(e) for e in g.exceptions])
except* OSError as g:
    print('other os', [str(e) for e in g.exceptions])

try:
    exec('try:\n    raise ValueError(1)\nexcept* ExceptionGroup:\n    pass\n')
except TypeError as e:
    print('TypeError:', e)
