# Finite recursion failing at the bottom: identical frames collapse into "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        return {}['bottom']
    return countdown(n - 1)

def ping(n):
    return pong(n)

def pong(n):
    if n == 0:
        raise ValueError('end of volley')
    return ping(n - 1)

try:
    ping(10)
except ValueError as e:
    import traceback
    print(len(traceback.extract_tb(e.__traceback__)), 'frames')
countdown(25)
