# Python-to-Python calls: positional, default and keyword arguments, recursion.
def add(a, b, c=1):
    return a + b + c

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def work(n):
    total = 0
    for i in range(n):
        total = add(total, i) - add(i, 0, c=2)
    return total + fib(22)

print(work(300000))
