# A traceback through decorator wrappers and a class method shows every wrapper frame with markers.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args[1:])
        return fn(*args, **kwargs)
    return wrapper

class Store:
    def __init__(self):
        self.items = {'apple': 3}
    @logged
    def take(self, name, n):
        left = self.items[name] - n
        if left < 0:
            raise ValueError(f'only {self.items[name]} {name} left')
        self.items[name] = left
        return left

s = Store()
print(s.take('apple', 2), Store.take.__name__, Store.take.__wrapped__.__qualname__)
s.take('apple', 5)
