# sys.getrecursionlimit/setrecursionlimit: default value, changes, limits and the depth at which RecursionError appears.
import sys
print(sys.getrecursionlimit())
def depth(n=1):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), depth())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit(), depth())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print('ValueError:', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError:', e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
