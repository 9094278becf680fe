# An exception thrown into a generator and not handled there propagates to the caller, uncaught, through the generator frame.
def worker():
    total = 0
    while True:
        value = yield total
        total += value

w = worker()
next(w)
print(w.send(5), w.send(10))
w.throw(RuntimeError('stop the worker'))
