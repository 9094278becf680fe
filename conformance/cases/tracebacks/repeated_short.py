# Exactly three identical frames are printed in full; the fourth collapses into "[Previous line repeated 1 more time]".
def walk(path):
    if not path:
        raise LookupError('ran out of path')
    return walk(path[1:])

try:
    walk('ab')
except LookupError as e:
    print('caught:', e)
walk('abcd')
