# Unbounded recursion at the default limit: the uncaught RecursionError traceback with "[Previous line repeated N more times]".
def descend(n):
    return descend(n + 1) + 1

print('starting')
descend(0)
