# A RecursionError raised inside an except block chains onto the exceptions being handled, one context per level.
import sys
sys.setrecursionlimit(60)

def retry(n):
    try:
        raise ValueError(f'attempt {n}')
    except ValueError:
        return retry(n + 1)

try:
    retry(0)
except RecursionError as e:
    depth = 0
    ctx = e.__context__
    while ctx is not None and depth < 3:
        print(type(ctx).__name__, ctx)
        ctx = ctx.__context__
        depth += 1
    chain = 0
    while e is not None:
        chain += 1
        e = e.__context__
    print('chain length', chain)
sys.setrecursionlimit(1000)
print('limit restored', sys.getrecursionlimit())
